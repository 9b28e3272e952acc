using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Site;

/// <summary>
/// What every page shares: the page around the content, dates with how they are known, credits, speakers' colours.
/// </summary>
internal static class Fragments
{
    private static readonly Template PageTemplate = new(Assets.PageTemplate);

    /// <summary>
    /// A whole page around its content (<c>Assets/page.html</c>): a skip link, the site's navigation, and a footer
    /// link to the page's JSON (also its <c>link rel="alternate"</c>). <paramref name="root"/> leads back to the
    /// site's folder (<c>../</c> from a sub-folder); <paramref name="data"/> and <paramref name="script"/> are
    /// scripts the page loads, in that order.
    /// </summary>
    internal static string Page(
        string title, string root, string json, string main, string? script = null, string? data = null) =>
        PageTemplate.Render(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = Html.Text(title),
            ["root"] = root,
            ["json"] = Html.Attribute(json),
            ["main"] = main,
            ["scripts"] = string.Concat(new[] { data, script }.OfType<string>()
                .Select(src => $"<script src=\"{Html.Attribute(src)}\"></script>\n")),
        });

    internal static string DateHtml(KnownDate d) =>
        (IsDateTime(d)
            ? $"<time datetime=\"{Html.Attribute(d.Value)}\">{Html.Text(d.Value)}</time>"
            : $"<span class=\"date\">{Html.Text(d.Value)}</span>")
        + $" <span class=\"meta\">({Html.Text(HowKnown(d))})</span>"
        + (d.Evidence is null
            ? string.Empty
            : "<details class=\"evidence\"><summary>How this date is known</summary>"
                + $"{Html.Text(d.Evidence)}</details>");

    /// <summary>How precisely and how a date is known: <c>day, inferred</c>.</summary>
    internal static string HowKnown(KnownDate d) => Names.Of(d.Precision) + ", " + Names.Of(d.Basis);

    /// <summary>
    /// A value HTML's <c>datetime</c> attribute takes: a year, month, day or minute; a range is not one.
    /// </summary>
    internal static bool IsDateTime(KnownDate d) => !d.IsRange;

    /// <summary>Who published the article and where its text came from, each with how that is known.</summary>
    internal static string Credits(Article a) =>
        Credit("publisher", a.Publisher) + ", " + Credit("origin", a.Origin)
        + (a.Editor is null ? string.Empty : ", " + Credit("editor", a.Editor));

    private static string Credit(string role, Attribution who) =>
        who.Basis == AttributionBasis.Unknown
            ? role + " not known"
            : role + " " + who.DisplayName + " (" + Names.Of(who.Basis) + ")";

    internal static string Shorten(string text, int length = 22) =>
        text.Length <= length ? text : text.Substring(0, length - 1) + "…";

    /// <summary>
    /// The speakers of a page's quotes in the order they first speak: a speaker's colour is its place here, so no two
    /// speakers on a page share one until a page has more speakers than colours.
    /// </summary>
    internal static List<Entity> Palette(IEnumerable<Quote> quotes) =>
        quotes.Select(q => q.Speaker).OfType<Entity>().Distinct().ToList();

    internal static int Colour(Entity speaker, List<Entity> palette) =>
        palette.IndexOf(speaker) % Assets.SpeakerColours.Count;

    /// <summary>
    /// The CSS class of a speaker's colour; an unnamed or unknown speaker has its own, grey and dashed.
    /// </summary>
    internal static string SpeakerClass(Entity? speaker, List<Entity> palette) =>
        speaker is null ? "unknown" : "s" + Number(Colour(speaker, palette));

    /// <summary>
    /// A quote in a list: reported speech is the article's words, not the speaker's, so it is not put in quotation
    /// marks.
    /// </summary>
    internal static string QuoteItem(Quote q) =>
        $"<li>{ArticleLink(q.Article)} ({Html.Text(Names.Of(q.Mode))}): {QuotedText(q)}</li>";

    /// <summary>
    /// A quote's text as HTML, in quotation marks unless it is reported speech (the article's words).
    /// </summary>
    internal static string QuotedText(Quote q) =>
        q.Mode == QuoteMode.Indirect ? Html.Text(q.Text) : "\u201c" + Html.Text(q.Text) + "\u201d";

    /// <summary>A link to an article's page from a page one folder down, by its headline.</summary>
    internal static string ArticleLink(Article a) => Link("../articles/" + a.Id + ".html", Html.Text(a.Headline));

    /// <summary>A link; <paramref name="html"/> is already HTML.</summary>
    internal static string Link(string href, string html) => $"<a href=\"{Html.Attribute(href)}\">{html}</a>";

    /// <summary>"1 article", "2 articles".</summary>
    internal static string Count(int count, string noun) =>
        Number(count) + " " + noun + (count == 1 ? string.Empty : "s");

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
