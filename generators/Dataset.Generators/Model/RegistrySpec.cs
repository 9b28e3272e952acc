namespace Dataset.Generators.Model;

/// <summary>The entity registry as written in <c>entities.yaml</c>.</summary>
internal sealed record RegistrySpec(string Path, EquatableArray<EntitySpec> Entities)
{
    public static readonly RegistrySpec Empty = new(string.Empty, EquatableArray<EntitySpec>.Empty);
}

/// <summary>One registry entry. <see cref="Kind"/> is the YAML token (<c>person</c>, <c>city</c>, ...).</summary>
internal sealed record EntitySpec(
    Located Id,
    Located Name,
    Located Kind,
    EquatableArray<Located> Aliases,
    EquatableArray<RoleSpec> Roles);

/// <summary>A title as printed in one article.</summary>
internal sealed record RoleSpec(Located Title, Located Article);
