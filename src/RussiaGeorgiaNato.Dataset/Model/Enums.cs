namespace RussiaGeorgiaNato.Dataset;

/// <summary>What kind of thing an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A person, named in at least one article.</summary>
    Person,

    /// <summary>An organization: an alliance, a ministry, a council, an army staff.</summary>
    Organization,

    /// <summary>A news agency, site or publication.</summary>
    Media,

    /// <summary>A sovereign country.</summary>
    Country,

    /// <summary>A region within or across countries (South Ossetia, Crimea, Europe).</summary>
    Region,

    /// <summary>A city.</summary>
    City,

    /// <summary>Any other located place (a residence, a sea).</summary>
    Place,
}

/// <summary>How precisely a <see cref="KnownDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>The year and month are known.</summary>
    Month,

    /// <summary>The calendar day is known.</summary>
    Day,

    /// <summary>The day and the time to the minute are known, usually with a UTC offset.</summary>
    Minute,

    /// <summary>The date lies somewhere between <see cref="KnownDate.Start"/> and <see cref="KnownDate.End"/>.</summary>
    Range,
}

/// <summary>How a <see cref="KnownDate"/> is known.</summary>
public enum DateBasis
{
    /// <summary>The text prints the date in full.</summary>
    Stated,

    /// <summary>The text gives a relative expression ("Thursday", "last August") resolved against the article's date.</summary>
    Relative,

    /// <summary>Deduced from other evidence; <see cref="KnownDate.Evidence"/> says from what.</summary>
    Inferred,
}

/// <summary>
/// How it is known who published, wrote or edited an article (<see cref="Credit"/>), or who said a
/// <see cref="Quote"/>.
/// </summary>
public enum AttributionBasis
{
    /// <summary>The article says so.</summary>
    Stated,

    /// <summary>
    /// Deduced, for example from the page around the article or from a pronoun ("he said"); the evidence
    /// (<see cref="Credit.Evidence"/>, <see cref="Quote.SpeakerEvidence"/>) says from what.
    /// </summary>
    Inferred,

    /// <summary>The copy does not say, and it is not guessed.</summary>
    Unknown,
}

/// <summary>The part of an article that prints a <see cref="Quote"/>.</summary>
public enum TextPart
{
    /// <summary><see cref="Article.Body"/>.</summary>
    Body,

    /// <summary><see cref="Article.Headline"/>.</summary>
    Headline,

    /// <summary>One of <see cref="Article.Captions"/>: <see cref="Quote.Caption"/>.</summary>
    Caption,
}

/// <summary>How a <see cref="Quote"/> is reported.</summary>
public enum QuoteMode
{
    /// <summary>A whole statement in quote marks.</summary>
    Direct,

    /// <summary>A quoted word or phrase inside reported speech.</summary>
    Partial,

    /// <summary>Reported speech without quote marks.</summary>
    Indirect,
}
