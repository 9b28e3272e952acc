namespace Dataset.Generators.Specs;

/// <summary>
/// An article that passed validation: its spec and each of its quotes placed where it is printed. Everything the
/// article emitter reads; it decides nothing itself.
/// </summary>
internal sealed record ValidArticle
{
    public required ArticleSpec Spec { get; init; }

    /// <summary><see cref="ArticleSpec.Quotes"/>, in order, each with its placement.</summary>
    public required EquatableArray<PlacedQuote> Quotes { get; init; }
}

/// <summary>A quote and where its text sits.</summary>
internal sealed record PlacedQuote
{
    public required QuoteSpec Quote { get; init; }

    public required QuotePlacement Placement { get; init; }
}

/// <summary>Where a quote's text sits: the part, the caption that prints it (for a caption quote), the offset in that text.</summary>
internal sealed record QuotePlacement
{
    public required TextPart Part { get; init; }

    /// <summary>The index of the caption in the article's captions; null outside captions.</summary>
    public required int? CaptionIndex { get; init; }

    public required int Offset { get; init; }
}

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
