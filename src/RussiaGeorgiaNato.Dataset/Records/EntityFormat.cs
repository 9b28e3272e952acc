#if RECORD_WRITER
using System.Collections.Generic;
using Dataset.Generators.Outputs;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;
#endif

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// The registry's records: the index (the entity ids in order), and one record an entity (its name, kind, aliases
/// and roles), so an entity is built when first reached. Each writer sits above the reader of the same fields.
/// </summary>
internal static class EntityFormat
{
#if RECORD_WRITER
    /// <summary>The index: the number of entities, then each id.</summary>
    public static RecordData WriteIndex(IReadOnlyList<string> ids)
    {
        var record = new RecordWriter();
        record.List(ids, static (index, id) => index.Text(id));
        return record.ToData();
    }
#endif

    public static string[] ReadIndex(RecordParts index) => RecordReader.Open(index).List(static id => id.Text());

#if RECORD_WRITER
    public static RecordData Write(EntitySpec entity)
    {
        var record = new RecordWriter();
        record.Text(entity.Name.Value);
        record.Number((int)entity.Kind);
        record.List(entity.Aliases, static (aliases, alias) => aliases.Text(alias.Value));
        record.List(entity.Roles, static (roles, role) =>
        {
            roles.Text(role.Title.Value);
            roles.Text(role.Article.Value);
        });
        return record.ToData();
    }
#else
    public static Entity Read(string id, RecordParts parts)
    {
        var record = RecordReader.Open(parts);
        return new Entity(
            id: id,
            name: record.Text(),
            kind: (EntityKind)record.Number(),
            aliases: record.List(static alias => alias.Text()),
            roles: record.List(static role => new Role(title: role.Text(), articleId: role.Text())));
    }
#endif
}
