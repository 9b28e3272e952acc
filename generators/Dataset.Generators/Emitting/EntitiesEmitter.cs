using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes the registry as one record (read by the package's <c>EntityReader</c>) and a typed handle for each entity
/// (<c>Entities.SergeiLavrov</c>), a property that returns the entity at its position, in the order validation gives
/// them (by id). The field order of the record is the reader's, one for one.
/// </summary>
internal static class EntitiesEmitter
{
    public const string HintName = "Entities.g.cs";

    public static string Emit(EntityHandles handles, bool utf8)
    {
        var record = new RecordWriter();
        record.Number(handles.Entities.Count);
        foreach (var entity in handles.Entities)
        {
            record.Text(entity.Id.Value);
            record.Text(entity.Name.Value);
            record.Number((int)entity.Kind);
            record.Number(entity.Aliases.Count);
            foreach (var alias in entity.Aliases)
            {
                record.Text(alias.Value);
            }

            record.Number(entity.Roles.Count);
            foreach (var role in entity.Roles)
            {
                record.Text(role.Title.Value);
                record.Text(role.Article.Value);
            }
        }

        var writer = new SourceWriter();
        FileHeader.Write(writer, handles.RegistryPath.Length == 0 ? "no entity registry" : System.IO.Path.GetFileName(handles.RegistryPath));
        writer.WriteLine("public static partial class Entities");
        writer.OpenBlock();
        for (var i = 0; i < handles.Entities.Count; i++)
        {
            var entity = handles.Entities[i];
            var kind = Vocabulary.EntityKinds.TokenOf(entity.Kind);
            if (i > 0)
            {
                writer.WriteLine();
            }

            writer.WriteLine("/// <summary>" + Literals.CommentText(entity.Name.Value) + " (" + kind + ", id <c>" + entity.Id.Value + "</c>).</summary>");
            writer.WriteLine("public static Entity " + Identifiers.Handle(entity.Id.Value) + " => All[" + Literals.Number(i) + "];");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("internal static class GeneratedEntities");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>Every entity, ordered by id: the number of entities, then each one's id, name, kind, aliases and roles.</summary>");
        writer.WriteLine("internal static RecordParts Record() => " + record.ToExpression(utf8, out _) + ";");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
