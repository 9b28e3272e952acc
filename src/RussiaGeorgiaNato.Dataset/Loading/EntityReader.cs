namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// Builds the registry's entities from their generated records (see <see cref="EntityFormat"/>), in id order. Like
/// an article, an entity is built when it is first reached (by a typed handle, by id, by position or by enumerating
/// <see cref="Entities.All"/>), so an article read on its own builds only the entities it names.
/// </summary>
internal static class EntityReader
{
    /// <summary>Every entity, found by id; the ids are read on first use, each entity when first reached.</summary>
    public static KeyedList<Entity> All { get; } = new(KeyedSource<Entity>.Keyed(
        EntityFormat.ReadIndex(GeneratedEntities.Index()),
        static index => EntityFormat.Read(All!.Keys[index], GeneratedEntities.Record(index))));
}
