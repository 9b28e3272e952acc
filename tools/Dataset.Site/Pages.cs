using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;
using static Dataset.Site.Fragments;

namespace Dataset.Site;

/// <summary>The pages other than an article's: the index, entities, statements, the timeline and search.</summary>
internal static class Pages
{
    internal static string Index()
    {
        var rows = Corpus.Articles.Select(a =>
            $"<tr><td>{DateHtml(a.Published)}</td>"
            + $"<td>{Link("articles/" + a.Id + ".html", Html.Text(a.Headline))}<br>"
            + $"<span class=\"meta\">{Html.Text(Credits(a))}</span></td><td>{a.Quotes.Count}</td></tr>");
        var years = Corpus.Articles.Select(a => a.Published.Earliest.Year).ToList();
        return "<h1>Articles</h1>\n"
            + $"<p>{Corpus.Articles.Count} news articles ({years.Min()} to {years.Max()}) on Russia, Georgia and NATO,"
            + " in the order of the earliest day each can have been published. Each date says how precisely it is known"
            + " and how: <em>stated</em> by the page, <em>relative</em> to a printed date, or <em>inferred</em>"
            + " (under each date, <em>How this date is known</em> gives the evidence).</p>\n"
            + Table(new[] { "Published", "Article", "Quotes" }, rows);
    }

    internal static string EntityPage(Entity e)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(Html.Text(e.Name)).Append("</h1>\n<p class=\"meta\">")
            .Append(Html.Text(Names.Of(e.Kind))).Append(", id <code>").Append(Html.Text(e.Id)).Append("</code>");
        if (e.Aliases.Count > 0)
        {
            html.Append(", also printed as ").Append(Html.Text(string.Join(", ", e.Aliases)));
        }

        html.Append("</p>\n");
        if (e.Roles.Count > 0)
        {
            html.Append("<h2>Roles</h2>\n<ul>\n").Append(string.Join("\n", e.Roles.Select(r =>
                    $"<li>{Html.Text(r.Title)}, as printed in {ArticleLink(r.Article)}</li>")))
                .Append("\n</ul>\n");
        }

        html.Append("<h2>Mentions</h2>\n<ul>\n").Append(string.Join("\n", e.Mentions.Select(m =>
                $"<li>{ArticleLink(m.Article)}: {Count(m.Occurrences.Count, "time")}, as "
                + Html.Text(string.Join(", ", m.Forms.Select(f => "\u201c" + f + "\u201d"))) + "</li>")))
            .Append("\n</ul>\n");
        html.Append("<h2>Quotes</h2>\n");
        html.Append(e.Quotes.Count == 0
            ? "<p>None.</p>\n"
            : "<ul>\n" + string.Join("\n", e.Quotes.Select(QuoteItem)) + "\n</ul>\n");
        return html.ToString();
    }

    internal static string EntityIndex() =>
        "<h1>Entities</h1>\n" + Table(
            new[] { "Name", "Kind", "Mentions", "Quotes" },
            Entities.All.Select(e =>
                $"<tr><td>{Link("entities/" + e.Id + ".html", Html.Text(e.Name))}</td>"
                + $"<td>{Html.Text(Names.Of(e.Kind))}</td><td>{e.Mentions.Count}</td><td>{e.Quotes.Count}</td></tr>"));

    /// <summary>A table: a header row of column names, and the rows given (each a <c>&lt;tr&gt;</c>).</summary>
    private static string Table(IEnumerable<string> columns, IEnumerable<string> rows) =>
        "<table>\n<thead><tr>" + string.Concat(columns.Select(column => $"<th scope=\"col\">{column}</th>"))
        + "</tr></thead>\n<tbody>\n" + string.Join("\n", rows) + "\n</tbody>\n</table>";

    /// <summary>The statements printed more than once: each quote with its copies, in corpus order.</summary>
    internal static List<List<Quote>> Statements()
    {
        var order = Corpus.Quotes.Select((q, i) => (q, i)).ToDictionary(x => x.q, x => x.i);
        return Corpus.Quotes.Where(q => q.OtherCopies.Count > 0)
            .Select(q => q.OtherCopies.Prepend(q).OrderBy(c => order[c]).ToList())
            .GroupBy(group => group[0].Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
    }

    internal static string StatementPath(int index, string extension = "html") =>
        "statements/" + Number(index + 1) + "." + extension;

    internal static string StatementPage(List<Quote> copies)
    {
        var speakers = Palette(copies);
        var cards = copies.Select(q =>
            $"<article><h2>{ArticleLink(q.Article)}</h2>"
            + $"<p class=\"meta\">{Html.Text(Names.Of(q.Part))}, {Html.Text(Names.Of(q.Mode))},"
            + $" {Html.Text(q.Attribution.DisplayName)}</p>"
            + $"<p><mark class=\"quote {SpeakerClass(q.Speaker, speakers)}\" data-quote=\"{Html.Attribute(q.Key)}\">"
            + $"{Html.Text(q.Text)}</mark></p></article>");
        return $"<h1>One statement, {copies.Count} copies</h1>\n"
            + "<p>The same statement as each article prints it, side by side.</p>\n"
            + "<div class=\"copies\">\n" + string.Join("\n", cards) + "\n</div>";
    }

    internal static string StatementIndex(List<List<Quote>> statements) =>
        "<h1>Statements printed more than once</h1>\n<ul>\n"
        + string.Join("\n", statements.Select((group, i) =>
            $"<li>{Link(StatementPath(i), QuotedText(group.OrderByDescending(q => q.Text.Length).First()))}:"
            + $" {group.Count} copies in {Count(group.Select(q => q.Article).Distinct().Count(), "article")}</li>"))
        + "\n</ul>";

    /// <summary>
    /// The dated events, in date order, drawn as an SVG: one row each, a dot for a day, a bar for a range.
    /// </summary>
    internal static string TimelinePage()
    {
        var events = Corpus.Articles
            .SelectMany(a => a.Dates.Where(d => d.Event is not null).Select(d => (Article: a, Date: d)))
            .OrderBy(x => x.Date.Date.Earliest).ThenBy(x => x.Article.Id, StringComparer.Ordinal).ToList();
        if (events.Count == 0)
        {
            return "<h1>Timeline</h1>\n<p>No article dates an event.</p>";
        }

        const int Row = 34;
        var svg = new StringBuilder();
        svg.Append("<svg role=\"group\" aria-labelledby=\"timeline-title\"")
            .Append($" viewBox=\"0 0 860 {(events.Count * Row) + 10}\" width=\"100%\">\n")
            .Append($"<title id=\"timeline-title\">{events.Count} dated events,")
            .Append($" from {Html.Text(events[0].Date.Date.Value)}")
            .Append($" to {Html.Text(events[^1].Date.Date.Value)}</title>\n");
        svg.Append($"<line class=\"axis\" x1=\"250\" y1=\"0\" x2=\"250\" y2=\"{events.Count * Row}\"/>\n");
        for (var i = 0; i < events.Count; i++)
        {
            var (article, date) = events[i];
            var y = (i * Row) + 20;
            var mark = date.Date.IsRange
                ? $"<rect x=\"244\" y=\"{y - 9}\" width=\"12\" height=\"18\" rx=\"3\" fill=\"#0b4f9c\"/>"
                : $"<circle cx=\"250\" cy=\"{y}\" r=\"6\" fill=\"#0b4f9c\"/>";
            var scheduled = date.IsScheduled ? " [scheduled]" : string.Empty;
            svg.Append($"<g>{mark}<text x=\"0\" y=\"{y + 4}\">")
                .Append($"{Html.Text(date.Date.Value)} ({Html.Text(Names.Of(date.Date.Basis))})</text>")
                .Append($"<a href=\"articles/{Html.Attribute(article.Id)}.html\">")
                .Append($"<title>{Html.Text(date.Event)}</title><text x=\"266\" y=\"{y + 4}\">")
                .Append($"{Html.Text(Shorten(date.Event!, 80))}{scheduled}</text></a></g>\n");
        }

        svg.Append("</svg>\n");
        return "<h1>Timeline</h1>\n"
            + "<p>The events the articles date, in date order (a bar is a range of days)."
            + " Each date says how it is known.</p>\n"
            + "<div class=\"wide\" tabindex=\"0\" role=\"region\""
            + " aria-label=\"Timeline (scrolls sideways on a narrow screen)\">\n" + svg + "</div>";
    }

    internal static string SearchPage() =>
        "<h1>Search</h1>\n<form id=\"search\" role=\"search\"><label for=\"q\">Words to find in headlines, paragraphs,"
        + " captions and quotes (all of them; a phrase in double quotes)</label><br>"
        + "<input id=\"q\" name=\"q\" type=\"search\" size=\"40\"> <button type=\"submit\">Search</button></form>\n"
        + "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n<ol id=\"results\"></ol>\n"
        + "<noscript><p>Search needs JavaScript; every article is linked from the index.</p></noscript>";

    /// <summary>
    /// What the search page looks in: each quote (matched by its statement: its own text and its copies'), headline,
    /// paragraph and caption.
    /// </summary>
    internal static List<SearchEntry> SearchIndex()
    {
        var index = new List<SearchEntry>();
        foreach (var q in Corpus.Quotes)
        {
            var statement = q.OtherCopies.Prepend(q);
            index.Add(new SearchEntry(
                "quote", q.Key, q.Article.Headline, "quote, " + q.Attribution.DisplayName, q.Text,
                string.Join("\n", statement.Select(c => c.Text)), "articles/" + q.Article.Id + ".html"));
        }

        foreach (var a in Corpus.Articles)
        {
            var texts = new[] { ("headline", a.Headline) }
                .Concat(a.Paragraphs.Select((p, i) => ("paragraph " + Number(i + 1), p)))
                .Concat(a.Captions.Select((c, i) => ("caption " + Number(i + 1), c.Text)));
            foreach (var (where, text) in texts)
            {
                index.Add(new SearchEntry("text", null, a.Headline, where, text, text, "articles/" + a.Id + ".html"));
            }
        }

        return index;
    }
}

/// <summary>
/// One entry of the site's search index: a quote (<c>kind</c> <c>quote</c>, its key in <c>quote</c>, matched by every
/// copy's text) or a text of an article, where it is, and the page it links to.
/// </summary>
internal sealed record SearchEntry(
    string Kind, string? Quote, string Title, string Where, string Text, string Match, string Href) : IRow
{
    public IReadOnlyList<Field> Fields =>
    [
        new("kind", Kind),
        new("quote", Quote),
        new("title", Title),
        new("where", Where),
        new("text", Text),
        new("match", Match),
        new("href", Href),
    ];
}
