using System;
using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>One curated news article: its text as printed, its sources, and the facts drawn from it.</summary>
public sealed record Article
{
    /// <summary>The stable id, starting with the published date (<c>2008-08-21-lavrov-no-plans-to-slam-door</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The scraped seed file this record was curated from.</summary>
    public string Seed { get; init; } = string.Empty;

    /// <summary>The headline, as printed.</summary>
    public string Headline { get; init; } = string.Empty;

    /// <summary>When this copy was published, and how that is known.</summary>
    public KnownDate Published { get; init; } = null!;

    /// <summary>The place line, as printed ("Moscow/ Brussels"), when there is one.</summary>
    public string? Dateline { get; init; }

    /// <summary>The byline, as printed ("By DPA,"), when there is one.</summary>
    public string? Byline { get; init; }

    /// <summary>The site that published this copy.</summary>
    public Credit Publisher { get; init; } = null!;

    /// <summary>Who wrote it originally: the wire agency or author.</summary>
    public Credit Origin { get; init; } = null!;

    /// <summary>The editor credit, when printed.</summary>
    public Credit? Editor { get; init; }

    /// <summary>The article text, character for character; paragraphs separated by a blank line. Page chrome is left out.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Photo captions kept for their facts.</summary>
    public IReadOnlyList<Caption> Captions { get; init; } = Array.Empty<Caption>();

    /// <summary>Typos, kept in the text as printed and listed here with the intended form.</summary>
    public IReadOnlyList<Erratum> Errata { get; init; } = Array.Empty<Erratum>();

    /// <summary>Every entity the article names, with the forms it uses.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = Array.Empty<Mention>();

    /// <summary>The agencies, ministries and officials the article cites as sources.</summary>
    public IReadOnlyList<Entity> Cites { get; init; } = Array.Empty<Entity>();

    /// <summary>Every quote and reported statement, in the order they appear.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = Array.Empty<Quote>();

    /// <summary>Every date expression in the text, resolved.</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = Array.Empty<DateMention>();

    /// <summary>Every figure, with its printed text and normalized value.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = Array.Empty<Figure>();

    /// <summary>The paragraphs of <see cref="Body"/>.</summary>
    public IReadOnlyList<string> Paragraphs => Body.Split(new[] { "\n\n" }, StringSplitOptions.None);

    /// <summary>The id and headline.</summary>
    public override string ToString() => Id + ": " + Headline;
}

/// <summary>Who published, wrote or edited an article, and how that is known.</summary>
public sealed record Credit
{
    /// <summary>Who; null when <see cref="Basis"/> is <see cref="AttributionBasis.Unknown"/>.</summary>
    public Entity? Entity { get; init; }

    /// <summary>Whether the article says so, it is deduced, or it is unknown.</summary>
    public AttributionBasis Basis { get; init; }

    /// <summary>What it is known or deduced from; for an unknown credit, why it is unknown.</summary>
    public string? Evidence { get; init; }

    /// <summary>The entity's name (or "unknown") and the basis.</summary>
    public override string ToString() => (Entity?.Name ?? "unknown") + " (" + Basis.ToString().ToLowerInvariant() + ")";
}

/// <summary>A photo caption, kept for the facts it gives.</summary>
public sealed record Caption
{
    /// <summary>The caption text, as printed.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The credited source of the picture, when printed.</summary>
    public Entity? Credit { get; init; }

    /// <summary>The caption text.</summary>
    public override string ToString() => Text;
}

/// <summary>A typo: kept in the text as printed, recorded here with the form intended.</summary>
public sealed record Erratum
{
    /// <summary>The text as printed.</summary>
    public string Printed { get; init; } = string.Empty;

    /// <summary>The text as intended; null for a garbled passage whose intended form cannot be recovered (<see cref="Note"/> says why).</summary>
    public string? Intended { get; init; }

    /// <summary>A curator's note, when the intended form needs explaining.</summary>
    public string? Note { get; init; }

    /// <summary>"printed -> intended" ("printed -> ?" when the intended form is unknown).</summary>
    public override string ToString() => Printed + " -> " + (Intended ?? "?");
}

/// <summary>A number as printed, with its normalized value and unit.</summary>
public sealed record Figure
{
    /// <summary>The text as printed ("between 2,000 and 3,000 additional peace-keeping troops").</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The normalized value, or the lower bound of a range.</summary>
    public decimal Value { get; init; }

    /// <summary>The upper bound when the text gives a range; null otherwise.</summary>
    public decimal? Max { get; init; }

    /// <summary>What is counted or measured ("troops", "rubles per US dollar").</summary>
    public string Unit { get; init; } = string.Empty;

    /// <summary>The value (or range) and unit.</summary>
    public override string ToString() =>
        Value.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (Max is { } max ? "-" + max.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + " " + Unit;
}

/// <summary>A date expression printed in an article ("Thursday", "last August"), resolved.</summary>
public sealed record DateMention
{
    /// <summary>The expression as printed.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>What it resolves to, and how.</summary>
    public KnownDate Date { get; init; } = null!;

    /// <summary>What happened then, in the article's words, when recorded.</summary>
    public string? Event { get; init; }

    /// <summary>True for a date in the future of the article (a planned meeting).</summary>
    public bool IsScheduled { get; init; }

    /// <summary>The text and the date.</summary>
    public override string ToString() => Text + " = " + Date;
}
