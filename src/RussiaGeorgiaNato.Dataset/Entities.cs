namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A typed handle for every entity of the registry, named after its id in PascalCase
/// (<c>sergei-lavrov</c> is <c>Entities.SergeiLavrov</c>). Compare with <c>==</c>: each entity is one instance.
/// </summary>
public static partial class Entities
{
}
