namespace RussiaGeorgiaNato.Dataset;

/// <summary>Builds the registry from its generated record (see <see cref="RecordReader"/>), the entities in id order.</summary>
internal static class EntityReader
{
    /// <summary>Every entity, found by id: read once, on the first use of <see cref="Entities"/>, whatever the articles.</summary>
    public static KeyedList<Entity> All { get; } = new(Read(GeneratedEntities.Record()), entity => entity.Id);

    public static Entity[] Read(RecordParts record) =>
        RecordReader.Open(record).List(static entity => new Entity(
            id: entity.Text(),
            name: entity.Text(),
            kind: (EntityKind)entity.Number(),
            aliases: entity.List(static alias => alias.Text()),
            roles: entity.List(static role => new Role(title: role.Text(), articleId: role.Text()))));
}
