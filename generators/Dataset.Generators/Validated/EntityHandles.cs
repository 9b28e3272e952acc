using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Validated;

/// <summary>
/// What the entities file is written from: the registry's path, and the entities that get a handle on
/// <c>Entities</c>, ordered by id. A duplicate id, a reserved or a colliding handle is reported and left out,
/// so the C# compiler adds no noise of its own to the dataset's diagnostics.
/// </summary>
internal sealed record EntityHandles
{
    /// <summary>The registry file (empty when there is none).</summary>
    public required string RegistryPath { get; init; }

    public required EquatableArray<EntitySpec> Entities { get; init; }
}
