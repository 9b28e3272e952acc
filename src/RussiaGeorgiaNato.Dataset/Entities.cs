namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A typed handle for every entity of the registry, named after its id in PascalCase
/// (<c>sergei-lavrov</c> is <c>Entities.SergeiLavrov</c>), and <see cref="All"/>, the registry as a list.
/// Compare with <c>==</c>: each entity is one instance.
/// </summary>
public static partial class Entities
{
    /// <summary>
    /// Every entity of the registry, ordered by id, found by id in constant time; reading it builds no article
    /// (<c>Entities.All["sergei-lavrov"]</c>).
    /// </summary>
    // Qualified: a handle is a property of this class, so an entity with the id 'entity-reader' would hide the
    // EntityReader class here.
    public static KeyedList<Entity> All => global::RussiaGeorgiaNato.Dataset.EntityReader.All;
}
