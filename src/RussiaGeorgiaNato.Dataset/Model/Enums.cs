namespace RussiaGeorgiaNato.Dataset;

// Every enum has an explicit zero. Where "not known" is a real answer (AttributionBasis) it is that answer;
// elsewhere it is None, which no record of the dataset holds: it is only what `default` gives.

/// <summary>What kind of thing an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>No kind: the value of <c>default</c>. No entity of the dataset has it.</summary>
    None = 0,

    /// <summary>A person, named in at least one article.</summary>
    Person = 1,

    /// <summary>An organization: an alliance, a ministry, a council, an army staff.</summary>
    Organization = 2,

    /// <summary>A news agency, site or publication.</summary>
    Media = 3,

    /// <summary>A sovereign country.</summary>
    Country = 4,

    /// <summary>A region within or across countries (South Ossetia, Crimea, Europe).</summary>
    Region = 5,

    /// <summary>A city.</summary>
    City = 6,

    /// <summary>Any other located place (a residence, a sea).</summary>
    Place = 7,
}

/// <summary>How precisely a <see cref="PartialDate"/> is known, from the coarsest to the finest.</summary>
public enum DatePrecision
{
    /// <summary>No precision: the value of <c>default</c>. No date of the dataset has it.</summary>
    None = 0,

    /// <summary>Only the year is known.</summary>
    Year = 1,

    /// <summary>The year and month are known.</summary>
    Month = 2,

    /// <summary>The calendar day is known.</summary>
    Day = 3,

    /// <summary>The day and the time to the minute are known, usually with a UTC offset.</summary>
    Minute = 4,
}

/// <summary>How a <see cref="KnownDate"/> is known.</summary>
public enum DateBasis
{
    /// <summary>No basis: the value of <c>default</c>. No date of the dataset has it.</summary>
    None = 0,

    /// <summary>The text prints the date in full.</summary>
    Stated = 1,

    /// <summary>
    /// The text gives a relative expression ("Thursday", "last August") resolved against the article's date.
    /// </summary>
    Relative = 2,

    /// <summary>Deduced from other evidence; <see cref="KnownDate.Evidence"/> says from what.</summary>
    Inferred = 3,
}

/// <summary>
/// How it is known who said a <see cref="Quote"/>, or who published, wrote or edited an <see cref="Article"/>.
/// </summary>
public enum AttributionBasis
{
    /// <summary>
    /// The copy does not say, and it is not guessed. Also the value of <c>default</c>: nothing is claimed.
    /// </summary>
    Unknown = 0,

    /// <summary>The article says so.</summary>
    Stated = 1,

    /// <summary>
    /// Deduced, for example from the page around the article or from a pronoun ("he said");
    /// <see cref="Attribution.Evidence"/> says from what.
    /// </summary>
    Inferred = 2,
}

/// <summary>
/// A part of an article's printed text: where a <see cref="Quote"/> is printed, and what a <see cref="TextSpan"/>
/// points into.
/// </summary>
public enum TextPart
{
    /// <summary>No part: the value of <c>default</c>. No annotation of the dataset has it.</summary>
    None = 0,

    /// <summary><see cref="Article.Body"/>.</summary>
    Body = 1,

    /// <summary><see cref="Article.Headline"/>.</summary>
    Headline = 2,

    /// <summary>
    /// One of <see cref="Article.Captions"/>: <see cref="TextSpan.CaptionIndex"/> says which
    /// (<see cref="Quote.Caption"/> for a quote).
    /// </summary>
    Caption = 3,

    /// <summary>
    /// <see cref="Article.Dateline"/>. No quote is printed there; mentions and other annotations may be.
    /// </summary>
    Dateline = 4,

    /// <summary>
    /// <see cref="Article.Byline"/>. No quote is printed there; mentions and other annotations may be.
    /// </summary>
    Byline = 5,
}

/// <summary>How a <see cref="Quote"/> is reported.</summary>
public enum QuoteMode
{
    /// <summary>No mode: the value of <c>default</c>. No quote of the dataset has it.</summary>
    None = 0,

    /// <summary>A whole statement in quote marks.</summary>
    Direct = 1,

    /// <summary>A quoted word or phrase inside reported speech.</summary>
    Partial = 2,

    /// <summary>Reported speech without quote marks.</summary>
    Indirect = 3,
}

/// <summary>
/// The part a party plays in bringing a quote to the reader, in the order of <see cref="Quote.ReportingChain"/>.
/// </summary>
public enum ReportingRole
{
    /// <summary>No role: the value of <c>default</c>. No link of the dataset has it.</summary>
    None = 0,

    /// <summary>Who said it: the quote's <see cref="Quote.Attribution"/>, named, described or unknown.</summary>
    Speaker = 1,

    /// <summary>
    /// Who relayed it to the article, as the text says (a news agency that quoted the speaker): one of
    /// <see cref="Quote.Relays"/>.
    /// </summary>
    Relay = 2,

    /// <summary>Who wrote the article that carries it: <see cref="Article.Origin"/>.</summary>
    Origin = 3,

    /// <summary>Who published that copy: <see cref="Article.Publisher"/>.</summary>
    Publisher = 4,
}
