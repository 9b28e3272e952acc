using System.Collections.Generic;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Specs;

/// <summary>
/// The entity registry as written in <c>entities.yaml</c>, with lookups every article's validation shares.
/// Equality is the registry's content only: the lookups are built on first use and never compared.
/// </summary>
internal sealed record RegistrySpec
{
    /// <summary>No usable registry: none in the dataset, or one whose file has errors of its own.</summary>
    public static RegistrySpec Unreadable(string path) =>
        new()
        {
            Path = path,
            Entities = EquatableArray<EntitySpec>.Empty,
            IsReadable = false,
        };

    // Built on first use. Two threads may race to build it: both build the same complete lookups and either wins.
    // Never copied with `with`: a clone would carry lookups of the original's content.
    private Lookups? _lookups;

    /// <summary>The file the registry was read from (empty when there is none).</summary>
    public required string Path { get; init; }

    public required EquatableArray<EntitySpec> Entities { get; init; }

    /// <summary>
    /// False when there is no registry or its file failed to parse: that file's errors (or DSG204) already fail the
    /// build, so an article's references are not reported again as unknown entities, one error for each.
    /// </summary>
    public bool IsReadable { get; init; } = true;

    /// <summary>The entity with this id (the first, if the id is repeated), or null.</summary>
    public EntitySpec? Find(string id) => Built().ById.TryGetValue(id, out var entity) ? entity : null;

    /// <summary>
    /// True when the entity with this id gets a C# handle. One that does not (a reserved or colliding handle, see
    /// <see cref="HandleAssignment"/>) is reported by registry validation, and no article may be emitted referring to
    /// it.
    /// </summary>
    public bool HasHandle(string id) => Built().HandledIds.Contains(id);

    /// <summary>
    /// What becomes of each entry's handle, in registry order: decided once, reported by registry validation.
    /// </summary>
    public IReadOnlyList<HandleAssignment> HandleAssignments => Built().HandleAssignments;

    /// <summary>Every entity id, for suggestions.</summary>
    public IEnumerable<string> Ids => Built().ById.Keys;

    /// <summary>The roles the registry says are printed in one article.</summary>
    public IReadOnlyList<RoleSpec> RolesIn(string articleId) =>
        Built().RolesByArticle.TryGetValue(articleId, out var roles) ? roles : System.Array.Empty<RoleSpec>();

    public bool Equals(RegistrySpec? other) =>
        other is not null
        && (
            ReferenceEquals(this, other)
            || (Path == other.Path && IsReadable == other.IsReadable && Entities.Equals(other.Entities)));

    public override int GetHashCode() =>
        (((Path.GetHashCode() * 31) + Entities.GetHashCode()) * 31) + IsReadable.GetHashCode();

    // Built once per registry instance, so N articles validate in O(N) lookups instead of O(N x registry).
    private Lookups Built()
    {
        if (_lookups is { } built)
        {
            return built;
        }

        var lookups = new Lookups();
        lookups.HandleAssignments = HandleAssignment.Assign(Entities);
        foreach (var assignment in lookups.HandleAssignments)
        {
            if (assignment.Outcome == HandleOutcome.Handled)
            {
                lookups.HandledIds.Add(assignment.Entity.Id.Value);
            }
        }

        foreach (var entity in Entities)
        {
            if (!lookups.ById.ContainsKey(entity.Id.Value))
            {
                lookups.ById.Add(entity.Id.Value, entity);
            }

            foreach (var role in entity.Roles)
            {
                if (!lookups.RolesByArticle.TryGetValue(role.Article.Value, out var roles))
                {
                    lookups.RolesByArticle.Add(role.Article.Value, roles = new List<RoleSpec>());
                }

                roles.Add(role);
            }
        }

        return _lookups = lookups;
    }

    private sealed class Lookups
    {
        public List<HandleAssignment> HandleAssignments { get; set; } = new();

        public HashSet<string> HandledIds { get; } = new(System.StringComparer.Ordinal);

        public Dictionary<string, EntitySpec> ById { get; } = new();

        public Dictionary<string, List<RoleSpec>> RolesByArticle { get; } = new();
    }
}

/// <summary>One registry entry.</summary>
internal sealed record EntitySpec
{
    public required Located Id { get; init; }

    public required Located Name { get; init; }

    public required EntityKind Kind { get; init; }

    public required EquatableArray<Located> Aliases { get; init; }

    public required EquatableArray<RoleSpec> Roles { get; init; }
}

/// <summary>A title as printed in one article.</summary>
internal sealed record RoleSpec
{
    public required Located Title { get; init; }

    /// <summary>The id of the article that prints the title.</summary>
    public required Located Article { get; init; }
}
