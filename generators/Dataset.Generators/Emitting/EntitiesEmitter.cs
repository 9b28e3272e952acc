using System.Linq;
using Dataset.Generators.Specs;
using Dataset.Generators.Validated;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes the registry as data (<see cref="EntityFormat"/>): the ids as one record and each entity as a record of its
/// own (gathered in blocks of <see cref="ChunkSize"/>, see <see cref="RecordBlock"/>), so an entity is built when
/// first reached; and a typed handle for each entity (<c>Entities.SergeiLavrov</c>), a property that returns the
/// entity at its position, in the order validation gives them (by id).
/// </summary>
internal static class EntitiesEmitter
{
    public const string HintName = "Entities.g.cs";

    /// <summary>Entities per block: reaching one entity resolves one literal, not one for each entity.</summary>
    public const int ChunkSize = 64;

    public static string Emit(EntityHandles handles, bool utf8)
    {
        var index = EntityFormat.WriteIndex(handles.Entities.Select(entity => entity.Id.Value).ToList());
        var writer = new SourceWriter();
        FileHeader.Write(
            writer,
            handles.RegistryPath.Length == 0 ? "no entity registry" : System.IO.Path.GetFileName(handles.RegistryPath));
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

            writer.WriteLine(
                "/// <summary>" + Literals.CommentText(entity.Name.Value) + " (" + kind + ", id <c>" + entity.Id.Value
                + "</c>).</summary>");
            writer.WriteLine(
                "public static Entity " + Identifiers.Handle(entity.Id.Value) + " => All[" + Literals.Number(i) + "];");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("internal static class GeneratedEntities");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>The entity ids, in order: their number, then each id.</summary>");
        writer.WriteLine("internal static RecordParts Index() => " + RecordBlock.Single(index, utf8) + ";");
        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>The record of the entity at <paramref name=\"index\"/>: its name, kind, aliases and roles."
            + "</summary>");
        var chunks = (handles.Entities.Count + ChunkSize - 1) / ChunkSize;
        writer.WriteSwitchMethod(
            "internal static RecordParts Record(int index)",
            "index",
            Enumerable.Range(0, chunks).Select(chunk => (
                chunk,
                (string?)null,
                RecordBlock.Split(ChunkRecords(chunk), "index - " + Literals.Number(chunk * ChunkSize)))),
            subject: "(index / " + Literals.Number(ChunkSize) + ")");
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            writer.WriteLine();
            RecordBlock.Write(
                writer,
                "The records of entities " + Literals.Number(chunk * ChunkSize)
                    + " and on, by their position from there.",
                ChunkRecords(chunk),
                handles.Entities
                    .Skip(chunk * ChunkSize)
                    .Take(ChunkSize)
                    .Select(entity => (entity.Id.Value, EntityFormat.Write(entity)))
                    .ToList(),
                utf8);
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static string ChunkRecords(int chunk) => "Chunk" + Literals.Number(chunk) + "Records";
}
