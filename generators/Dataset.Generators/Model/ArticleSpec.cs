namespace Dataset.Generators.Model;

/// <summary>One article file as written. Enumerated values keep their YAML token; the emitter maps them.</summary>
internal sealed record ArticleSpec(
    string Path,
    Located Id,
    Located Seed,
    Located Headline,
    DateSpec Published,
    Located? Dateline,
    Located? Byline,
    CreditSpec Publisher,
    CreditSpec Origin,
    CreditSpec? Editor,
    Located Body,
    EquatableArray<CaptionSpec> Captions,
    EquatableArray<ErratumSpec> Errata,
    EquatableArray<MentionSpec> Mentions,
    EquatableArray<Located> Cites,
    EquatableArray<QuoteSpec> Quotes,
    EquatableArray<DateMentionSpec> Dates,
    EquatableArray<FigureSpec> Figures);

/// <summary>Who published or wrote an article, and how that is known.</summary>
internal sealed record CreditSpec(Located? Entity, Located Basis, Located? Evidence, LocationInfo Location);

internal sealed record CaptionSpec(Located Text, Located? Credit);

internal sealed record ErratumSpec(Located Printed, Located Intended, Located? Note);

internal sealed record MentionSpec(Located Entity, EquatableArray<Located> Forms);

internal sealed record QuoteSpec(
    Located Id,
    Located Text,
    Located? Speaker,
    Located? SpeakerDescription,
    Located Mode,
    Located? Cue,
    EquatableArray<Located> Via,
    DateSpec? Said,
    Located? SameStatementAs,
    LocationInfo Location);

/// <summary>A date expression printed in the article, with what it resolves to.</summary>
internal sealed record DateMentionSpec(Located Text, DateSpec Date, Located? Event, bool Scheduled);

/// <summary>A number as printed; values keep their canonical decimal literal (<c>62.3030</c>).</summary>
internal sealed record FigureSpec(Located Text, Located Value, Located? Max, Located Unit);

/// <summary>A date, how precisely and how it is known.</summary>
internal sealed record DateSpec(
    Located Value,
    PartialDateValue Start,
    PartialDateValue? End,
    Located Precision,
    Located Basis,
    Located? Evidence,
    LocationInfo Location);

/// <summary>The precision an ISO 8601 literal is written at.</summary>
internal enum DateShape
{
    Year,
    Month,
    Day,
    Minute,
}

/// <summary>A parsed ISO 8601 date literal; parts beyond <see cref="Shape"/> are zero.</summary>
internal readonly record struct PartialDateValue(DateShape Shape, int Year, int Month, int Day, int Hour, int Minute, int? OffsetMinutes);
