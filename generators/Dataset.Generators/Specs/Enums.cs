namespace Dataset.Generators.Specs;

// The closed vocabularies of the YAML, parsed once into enums. Each enum the emitter writes into a record, as its
// number, mirrors the package's public enum of the same name exactly, names and values (EnumMirrorTests proves
// it), so the reader casts the number back. Their YAML tokens are in Vocabulary, one table per enum.

/// <summary>What kind of thing an entity is; mirrors the package's <c>EntityKind</c>.</summary>
internal enum EntityKind
{
    None = 0,
    Person = 1,
    Organization = 2,
    Media = 3,
    Country = 4,
    Region = 5,
    City = 6,
    Place = 7,
}

/// <summary>
/// How precisely a date literal is written (<c>2008</c>, <c>2008-08</c>, <c>2008-08-21</c>, <c>2008-08-21T17:35</c>);
/// mirrors the package's <c>DatePrecision</c>, which <c>PartialDate</c> computes from the same parts.
/// </summary>
internal enum DatePrecision
{
    None = 0,
    Year = 1,
    Month = 2,
    Day = 3,
    Minute = 4,
}

/// <summary>
/// What a date's <c>precision</c> key says: one of the literal's precisions, or <see cref="Range"/> for a literal
/// <c>start/end</c>. Only checked against the literal (DSG305), never emitted: the package reads a range from
/// <c>KnownDate.IsRange</c> and each end's precision from its <c>PartialDate</c>.
/// </summary>
internal enum DeclaredPrecision
{
    Year,
    Month,
    Day,
    Minute,
    Range,
}

/// <summary>How a date is known; mirrors the package's <c>DateBasis</c>.</summary>
internal enum DateBasis
{
    None = 0,
    Stated = 1,
    Relative = 2,
    Inferred = 3,
}

/// <summary>
/// How it is known who said a quote or who published, wrote or edited an article; mirrors the package's
/// <c>AttributionBasis</c>.
/// </summary>
internal enum AttributionBasis
{
    Unknown = 0,
    Stated = 1,
    Inferred = 2,
}

/// <summary>
/// A part of an article's printed text; mirrors the package's <c>TextPart</c>. A quote's <c>in</c> names one of the
/// first three (see <see cref="Vocabulary.TextParts"/>); spans of mentions, dates and figures may point into any.
/// </summary>
internal enum TextPart
{
    None = 0,
    Body = 1,
    Headline = 2,
    Caption = 3,
    Dateline = 4,
    Byline = 5,
}

/// <summary>How a quote is reported; mirrors the package's <c>QuoteMode</c>.</summary>
internal enum QuoteMode
{
    None = 0,
    Direct = 1,
    Partial = 2,
    Indirect = 3,
}
