using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Validated;

/// <summary>
/// An article that passed validation, with every annotation placed where it is printed (Validation/SpanPlacer.cs,
/// Validation/MentionPlacer.cs). Everything the article emitter reads; it decides nothing itself.
/// </summary>
internal sealed record ValidArticle
{
    public required ArticleSpec Spec { get; init; }

    /// <summary><see cref="ArticleSpec.Quotes"/>, in order, each with its spans.</summary>
    public required EquatableArray<PlacedQuote> Quotes { get; init; }

    /// <summary><see cref="ArticleSpec.Mentions"/>, in order, each with every occurrence.</summary>
    public required EquatableArray<PlacedMention> Mentions { get; init; }

    /// <summary><see cref="ArticleSpec.Dates"/>, in order, each with its spans.</summary>
    public required EquatableArray<PlacedDate> Dates { get; init; }

    /// <summary>The span of each of <see cref="ArticleSpec.Figures"/>, in order.</summary>
    public required EquatableArray<SpanSpec> Figures { get; init; }

    /// <summary>The span of each of <see cref="ArticleSpec.Errata"/>, in order.</summary>
    public required EquatableArray<SpanSpec> Errata { get; init; }
}

/// <summary>
/// Where an annotation is printed: a part of the article (the caption's index for a caption), and a start and a
/// length in UTF-16 code units of that part's text. Becomes the package's <c>TextSpan</c>.
/// </summary>
internal readonly record struct SpanSpec(TextPart Part, int? CaptionIndex, int Start, int Length);

/// <summary>A quote and where its text, its cue and its speaker's description are printed.</summary>
internal sealed record PlacedQuote
{
    public required QuoteSpec Quote { get; init; }

    public required SpanSpec Span { get; init; }

    /// <summary>Set when the quote has a cue.</summary>
    public required SpanSpec? Cue { get; init; }

    /// <summary>Set when the quote has a speaker description.</summary>
    public required SpanSpec? SpeakerDescription { get; init; }
}

/// <summary>A mention and every whole-word occurrence of its forms, in reading order.</summary>
internal sealed record PlacedMention
{
    public required MentionSpec Mention { get; init; }

    public required EquatableArray<SpanSpec> Occurrences { get; init; }
}

/// <summary>A date mention and where its text and its event are printed.</summary>
internal sealed record PlacedDate
{
    public required DateMentionSpec Date { get; init; }

    public required SpanSpec Span { get; init; }

    /// <summary>Set when the date has an event.</summary>
    public required SpanSpec? Event { get; init; }
}
