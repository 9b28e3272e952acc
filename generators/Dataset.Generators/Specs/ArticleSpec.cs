using Dataset.Generators.Utilities;

namespace Dataset.Generators.Specs;

/// <summary>One article file as written, its closed vocabularies parsed into enums.</summary>
internal sealed record ArticleSpec
{
    /// <summary>The file the article was read from.</summary>
    public required string Path { get; init; }

    public required Located Id { get; init; }

    public required Located Seed { get; init; }

    public required Located Headline { get; init; }

    public required DateSpec Published { get; init; }

    public required Located? Dateline { get; init; }

    public required Located? Byline { get; init; }

    public required CreditSpec Publisher { get; init; }

    public required CreditSpec Origin { get; init; }

    public required CreditSpec? Editor { get; init; }

    public required Located Body { get; init; }

    public required EquatableArray<CaptionSpec> Captions { get; init; }

    public required EquatableArray<ErratumSpec> Errata { get; init; }

    public required EquatableArray<MentionSpec> Mentions { get; init; }

    /// <summary>Entity ids of the sources the article cites (its <c>cites</c>).</summary>
    public required EquatableArray<Located> CitedSources { get; init; }

    public required EquatableArray<QuoteSpec> Quotes { get; init; }

    public required EquatableArray<DateMentionSpec> Dates { get; init; }

    public required EquatableArray<FigureSpec> Figures { get; init; }

    /// <summary>
    /// Printed forms of registered entities that deliberately name no mention here, each with its reason.
    /// </summary>
    public required EquatableArray<UnlinkedSpec> Unlinked { get; init; }
}

/// <summary>
/// A deliberate exception to mention coverage: a registered form printed in the article that does not name that
/// entity here (or is left unlinked for another stated reason). Without <see cref="Occurrence"/> it excuses every
/// uncovered whole-word occurrence of the form.
/// </summary>
internal sealed record UnlinkedSpec
{
    public required Located Form { get; init; }

    /// <summary>
    /// Which whole-word occurrence of the form, counted from 1 in reading order; null for every uncovered one.
    /// </summary>
    public required Located<int>? Occurrence { get; init; }

    public required Located Reason { get; init; }
}

/// <summary>Who published or wrote an article, and how that is known.</summary>
internal sealed record CreditSpec
{
    public required Located? Entity { get; init; }

    public required Located<AttributionBasis> Basis { get; init; }

    public required Located? Evidence { get; init; }
}

/// <summary>A caption as printed, and the entity it credits.</summary>
internal sealed record CaptionSpec
{
    public required Located Text { get; init; }

    public required Located? Credit { get; init; }
}

/// <summary>A typo as printed; <see cref="Intended"/> is null when a note says why it cannot be recovered.</summary>
internal sealed record ErratumSpec
{
    public required Located Printed { get; init; }

    public required Located? Intended { get; init; }

    public required Located? Note { get; init; }

    /// <summary>
    /// Which copy of <see cref="Printed"/> in the article text it is, counted from 1; null when it is printed once.
    /// </summary>
    public required Located<int>? Occurrence { get; init; }
}

/// <summary>An entity the article names, with the forms it is printed in.</summary>
internal sealed record MentionSpec
{
    public required Located Entity { get; init; }

    public required EquatableArray<Located> Forms { get; init; }
}

/// <summary>A quote or reported statement.</summary>
internal sealed record QuoteSpec
{
    public required Located Id { get; init; }

    public required Located Text { get; init; }

    /// <summary>The part of the article that prints it: its <c>in</c>, the body when absent.</summary>
    public required TextPart Part { get; init; }

    /// <summary>
    /// Which copy of the text in its part it is, counted from 1; null when one copy or the cue tells.
    /// </summary>
    public required Located<int>? Occurrence { get; init; }

    public required Located? Speaker { get; init; }

    public required Located? SpeakerDescription { get; init; }

    /// <summary>Its <c>speaker-basis</c> where written; absent, the speaker is stated, located at the quote.</summary>
    public required Located<AttributionBasis> SpeakerBasis { get; init; }

    public required Located? SpeakerEvidence { get; init; }

    public required QuoteMode Mode { get; init; }

    public required Located? Cue { get; init; }

    /// <summary>Entity ids of the agencies or outlets that relayed the statement (its <c>via</c>).</summary>
    public required EquatableArray<Located> Relays { get; init; }

    /// <summary>When the statement was made, where the article says (its <c>said</c>).</summary>
    public required DateSpec? StatementDate { get; init; }

    /// <summary>Keys (<c>article-id/quote-id</c>) of other copies of the same statement.</summary>
    public required EquatableArray<Located> SameStatementAs { get; init; }

    /// <summary>The quote's mapping, for problems of the quote as a whole.</summary>
    public required LocationInfo Location { get; init; }
}

/// <summary>A date expression printed in the article, with what it resolves to.</summary>
internal sealed record DateMentionSpec
{
    public required Located Text { get; init; }

    public required DateSpec Date { get; init; }

    public required Located? Event { get; init; }

    /// <summary>True when the article announces the date as planned.</summary>
    public required bool Scheduled { get; init; }

    /// <summary>
    /// Which copy of <see cref="Text"/> in the article text it is, counted from 1; null when one copy or the event
    /// tells.
    /// </summary>
    public required Located<int>? Occurrence { get; init; }
}

/// <summary>A number as printed; values keep their canonical decimal literal (<c>62.3030</c>).</summary>
internal sealed record FigureSpec
{
    public required Located Text { get; init; }

    public required Located Value { get; init; }

    /// <summary>The upper end of a range of values (its <c>max</c>); null for one value.</summary>
    public required Located? Maximum { get; init; }

    public required Located Unit { get; init; }

    /// <summary>
    /// Which copy of <see cref="Text"/> in the article text it is, counted from 1; null when it is printed once.
    /// </summary>
    public required Located<int>? Occurrence { get; init; }
}

/// <summary>A date, how precisely and how it is known.</summary>
internal sealed record DateSpec
{
    /// <summary>The ISO 8601 literal as written: a date or a range <c>start/end</c>.</summary>
    public required Located Value { get; init; }

    public required PartialDateValue Start { get; init; }

    public required PartialDateValue? End { get; init; }

    /// <summary>What its <c>precision</c> key says, which must match the literal's shape.</summary>
    public required Located<DeclaredPrecision> Precision { get; init; }

    public required Located<DateBasis> Basis { get; init; }

    public required Located? Evidence { get; init; }
}

/// <summary>A parsed ISO 8601 date literal; parts finer than <see cref="Precision"/> are zero.</summary>
internal readonly record struct PartialDateValue
{
    public required DatePrecision Precision { get; init; }

    public required int Year { get; init; }

    public required int Month { get; init; }

    public required int Day { get; init; }

    public required int Hour { get; init; }

    public required int Minute { get; init; }

    /// <summary>The UTC offset in minutes, when the literal gives one (<c>Z</c>, <c>+04:00</c>).</summary>
    public required int? OffsetMinutes { get; init; }
}
