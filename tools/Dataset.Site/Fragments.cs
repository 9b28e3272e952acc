using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Site;

/// <summary>What every page shares: the page around the content, dates with how they are known, credits, speakers' colours.</summary>
internal static class Fragments
{
    /// <summary>
    /// A whole page around its content: a skip link, the site's navigation, and a footer link to the page's JSON
    /// (also its <c>link rel="alternate"</c>). <paramref name="root"/> leads back to the site's folder (<c>../</c> from a sub-folder).
    /// </summary>
    internal static string Page(string title, string root, string json, string main, string? script = null, string? data = null) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + $"<title>{Html.Text(title)} · Russia, Georgia and NATO</title>\n<link rel=\"stylesheet\" href=\"{root}site.css\">\n<link rel=\"alternate\" type=\"application/json\" href=\"{Html.Attribute(json)}\">\n</head>\n<body>\n"
        + "<a class=\"skip\" href=\"#main\">Skip to the content</a>\n<header>\n<nav aria-label=\"Site\"><ul>"
        + $"<li><a href=\"{root}index.html\">Articles</a></li><li><a href=\"{root}entities.html\">Entities</a></li><li><a href=\"{root}statements.html\">Statements</a></li><li><a href=\"{root}timeline.html\">Timeline</a></li><li><a href=\"{root}search.html\">Search</a></li></ul></nav>\n</header>\n"
        + $"<main id=\"main\">\n{main}\n</main>\n<footer>\n<p class=\"json\"><a href=\"{Html.Attribute(json)}\">This page as JSON</a></p>\n<p>Made from the RussiaGeorgiaNato.Dataset package: every quote verbatim, every date with how it is known.</p>\n</footer>\n"
        + (data is null ? string.Empty : $"<script src=\"{data}\"></script>\n") + (script is null ? string.Empty : $"<script src=\"{script}\"></script>\n")
        + "</body>\n</html>\n";

    internal static string DateHtml(KnownDate d) =>
        (IsDateTime(d) ? $"<time datetime=\"{Html.Attribute(d.Value)}\">{Html.Text(d.Value)}</time>" : $"<span class=\"date\">{Html.Text(d.Value)}</span>")
        + $" <span class=\"meta\">({Html.Text(HowKnown(d))})</span>"
        + (d.Evidence is null ? string.Empty : $"<details class=\"evidence\"><summary>How this date is known</summary>{Html.Text(d.Evidence)}</details>");

    /// <summary>How precisely and how a date is known: <c>day, inferred</c>.</summary>
    internal static string HowKnown(KnownDate d) => Names.Of(d.Precision) + ", " + Names.Of(d.Basis);

    /// <summary>A value HTML's <c>datetime</c> attribute takes: a year, month, day or minute; a range is not one.</summary>
    internal static bool IsDateTime(KnownDate d) => !d.IsRange;

    /// <summary>Who published the article and where its text came from, each with how that is known.</summary>
    internal static string Credits(Article a) =>
        Credit("publisher", a.Publisher) + ", " + Credit("origin", a.Origin) + (a.Editor is null ? string.Empty : ", " + Credit("editor", a.Editor));

    private static string Credit(string role, Attribution who) =>
        who.Basis == AttributionBasis.Unknown ? role + " not known" : role + " " + who.DisplayName + " (" + Names.Of(who.Basis) + ")";

    internal static string Shorten(string text, int length = 22) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";

    /// <summary>
    /// The speakers of a page's quotes in the order they first speak: a speaker's colour is its place here, so no two
    /// speakers on a page share one until a page has more speakers than colours.
    /// </summary>
    internal static List<Entity> Palette(IEnumerable<Quote> quotes) => quotes.Select(q => q.Speaker).OfType<Entity>().Distinct().ToList();

    internal static int Colour(Entity speaker, List<Entity> palette) => palette.IndexOf(speaker) % Assets.SpeakerColours.Count;

    /// <summary>The CSS class of a speaker's colour; an unnamed or unknown speaker has its own, grey and dashed.</summary>
    internal static string SpeakerClass(Entity? speaker, List<Entity> palette) =>
        speaker is null ? "unknown" : "s" + Colour(speaker, palette).ToString(CultureInfo.InvariantCulture);

    /// <summary>A quote in a list: reported speech is the article's words, not the speaker's, so it is not put in quotation marks.</summary>
    internal static string QuoteItem(Quote q) =>
        $"<li><a href=\"../articles/{Html.Attribute(q.Article.Id)}.html\">{Html.Text(q.Article.Headline)}</a> ({Html.Text(Names.Of(q.Mode))}): {QuotedText(q)}</li>";

    /// <summary>A quote's text as HTML, in quotation marks unless it is reported speech (the article's words).</summary>
    internal static string QuotedText(Quote q) => q.Mode == QuoteMode.Indirect ? Html.Text(q.Text) : "\u201c" + Html.Text(q.Text) + "\u201d";

    /// <summary>"1 article", "2 articles".</summary>
    internal static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
