namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// Who said, published, wrote or edited something, and how that is known: a registered
/// <see cref="Entity"/>, or an unnamed party as the article describes it ("a high-ranking Russian diplomat"),
/// or nobody the copy names (<see cref="AttributionBasis.Unknown"/>).
/// </summary>
public sealed class Attribution
{
    internal Attribution(Entity? entity, string? description, AttributionBasis basis, string? evidence)
    {
        Entity = entity;
        Description = description;
        Basis = basis;
        Evidence = evidence;
    }

    /// <summary>The registered entity; null for an unnamed or unknown party.</summary>
    public Entity? Entity { get; }

    /// <summary>
    /// An unnamed party as the article describes it; null when <see cref="Entity"/> is set or nobody is named.
    /// </summary>
    public string? Description { get; }

    /// <summary>Whether the article says so, it is deduced, or it is unknown.</summary>
    public AttributionBasis Basis { get; }

    /// <summary>
    /// For an inferred or unknown attribution: what it is deduced from, or why it cannot be; for a stated credit, the
    /// words that state it.
    /// </summary>
    public string? Evidence { get; }

    /// <summary>What to show a reader: the entity's name, else the description, else <c>unknown</c>.</summary>
    public string DisplayName => Entity?.Name ?? Description ?? "unknown";

    /// <summary><see cref="DisplayName"/> and the basis: <c>Sergei Lavrov (stated)</c>.</summary>
    public override string ToString() => DisplayName + " (" + Basis.ToString().ToLowerInvariant() + ")";
}
