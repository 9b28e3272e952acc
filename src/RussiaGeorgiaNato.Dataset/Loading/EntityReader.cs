namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// Builds the registry's entities from their generated records (see <see cref="RecordReader"/>), in id order. Like
/// an article, an entity is built when it is first reached (by a typed handle, by id, by position or by enumerating
/// <see cref="Entities.All"/>), so an article read on its own builds only the entities it names.
/// </summary>
internal static class EntityReader
{
    /// <summary>Every entity, found by id; the ids are read on first use, each entity when first reached.</summary>
    public static KeyedList<Entity> All { get; } = new(RecordReader.Open(GeneratedEntities.Index()).List(static id => id.Text()), Build);

    private static Entity Build(int index)
    {
        var entity = RecordReader.Open(GeneratedEntities.Record(index));
        return new Entity(
            id: All.Keys[index],
            name: entity.Text(),
            kind: (EntityKind)entity.Number(),
            aliases: entity.List(static alias => alias.Text()),
            roles: entity.List(static role => new Role(title: role.Text(), articleId: role.Text())));
    }
}
