using System.Linq;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>Writes the typed handles (<c>Entities.SergeiLavrov</c>) and the registry list, in the order validation gives them (by id).</summary>
internal static class EntitiesEmitter
{
    public const string HintName = "Entities.g.cs";

    private const string CreateHead = """
        /// <summary>Every entity, ordered by id.</summary>
        internal static Entity[] Create() => new Entity[]
        """;

    public static string Emit(EntityHandles handles)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, handles.RegistryPath.Length == 0 ? "no entity registry" : System.IO.Path.GetFileName(handles.RegistryPath));
        writer.WriteLine("public static partial class Entities");
        writer.OpenBlock();
        foreach (var entity in handles.Entities)
        {
            var kind = Vocabulary.EntityKinds.TokenOf(entity.Kind);
            writer.WriteLine("/// <summary>" + Literals.CommentText(entity.Name.Value) + " (" + kind + ", id <c>" + entity.Id.Value + "</c>).</summary>");
            writer.WriteLine("public static Entity " + Identifiers.Handle(entity.Id.Value) + " { get; } = new Entity(");
            writer.Indentation++;
            writer.WriteLine("id: " + Literals.String(entity.Id.Value) + ",");
            writer.WriteLine("name: " + Literals.String(entity.Name.Value) + ",");
            writer.WriteLine("kind: " + Literals.EnumMember(entity.Kind) + ",");
            writer.WriteLine("aliases: " + Literals.Array("string", entity.Aliases.Select(alias => Literals.String(alias.Value))) + ",");
            writer.WriteLine("roles: " + Literals.Array("Role", entity.Roles.Select(role =>
                "new Role(title: " + Literals.String(role.Title.Value) + ", articleId: " + Literals.String(role.Article.Value) + ")")));
            writer.Indentation--;
            writer.WriteLine(");");
            writer.WriteLine();
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("internal static class GeneratedEntities");
        writer.OpenBlock();
        writer.WriteLine(CreateHead);
        writer.OpenBlock();
        foreach (var entity in handles.Entities)
        {
            writer.WriteLine("Entities." + Identifiers.Handle(entity.Id.Value) + ",");
        }

        writer.CloseBlock("};");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
