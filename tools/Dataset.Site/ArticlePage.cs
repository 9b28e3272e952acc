using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;
using static Dataset.Site.Fragments;

namespace Dataset.Site;

/// <summary>
/// An article as a reader meets it: headline, credits and text with every annotation drawn over it (quotes in their
/// speaker's colour, mentions linked to their entity, cues, errata, dates), a legend of speakers and the reporting
/// chains.
/// </summary>
internal static class ArticlePage
{
    internal static string Render(Article a)
    {
        var speakers = Palette(a.Quotes);
        var marks = Marks(a, speakers);
        var none = new List<Html.Mark>();
        string Part(string name, string text) => Html.Marked(text, 0, text.Length, marks.GetValueOrDefault(name, none));

        var body = new StringBuilder();
        body.Append("<article>\n<h1>").Append(Part("headline", a.Headline)).Append("</h1>\n");
        body.Append("<p class=\"meta\">").Append(Html.Text(Credits(a))).Append("</p>\n");
        body.Append("<div class=\"meta\">Published ").Append(DateHtml(a.Published)).Append("</div>\n");
        if (a.Dateline is not null)
        {
            body.Append("<p class=\"meta\">Dateline: ").Append(Part("dateline", a.Dateline)).Append("</p>\n");
        }

        if (a.Byline is not null)
        {
            body.Append("<p class=\"meta\">").Append(Part("byline", a.Byline)).Append("</p>\n");
        }

        var bodyMarks = marks.GetValueOrDefault("body", none);
        var at = 0;
        foreach (var paragraph in a.Paragraphs)
        {
            var start = a.Body.IndexOf(paragraph, at, StringComparison.Ordinal);
            body.Append("<p>").Append(Html.Marked(a.Body, start, start + paragraph.Length, bodyMarks)).Append("</p>\n");
            at = start + paragraph.Length;
        }

        for (var i = 0; i < a.Captions.Count; i++)
        {
            var caption = a.Captions[i];
            var credit = caption.Credit is { } by
                ? " <span class=\"meta\">(" + Html.Text(by.DisplayName) + ")</span>"
                : string.Empty;
            body.Append("<figure><figcaption>").Append(Part("caption:" + Number(i), caption.Text))
                .Append(credit).Append("</figcaption></figure>\n");
        }

        body.Append("</article>\n");
        body.Append(Legend(a, speakers));
        body.Append(Chains(a));
        return body.ToString();
    }

    /// <summary>
    /// Every annotation of the article, by part: quotes outermost, then cues, errata, dates and mentions.
    /// </summary>
    internal static Dictionary<string, List<Html.Mark>> Marks(Article a, List<Entity> speakers)
    {
        var marks = new Dictionary<string, List<Html.Mark>>(StringComparer.Ordinal);
        var legendKeys = a.Quotes.Select(LegendKey).Distinct().ToList();
        void Add(TextSpan span, int rank, string open, string close)
        {
            var part = Tables.PartName(span);
            if (!marks.TryGetValue(part, out var list))
            {
                marks[part] = list = new List<Html.Mark>();
            }

            list.Add(new Html.Mark(span.Start, span.End, rank, open, close));
        }

        foreach (var q in a.Quotes)
        {
            var who = q.Attribution.DisplayName + " (" + Names.Of(q.Mode)
                + (q.Speaker is null ? string.Empty : ", " + Names.Of(q.Attribution.Basis)) + ")";
            // Colour is not the only sign of the speaker: each highlight is described by its speaker's line in the
            // legend.
            var legend = "speaker-" + Number(legendKeys.IndexOf(LegendKey(q)));
            var mark = $"<mark class=\"quote {SpeakerClass(q.Speaker, speakers)}\""
                + $" data-quote=\"{Html.Attribute(q.Key)}\" title=\"{Html.Attribute(who)}\""
                + $" aria-describedby=\"{legend}\">";
            Add(q.Span, 0, mark, "</mark>");
            if (q.CueSpan is { } cue)
            {
                Add(cue, 1, $"<span class=\"cue\" data-cue=\"{Html.Attribute(q.Key)}\">", "</span>");
            }
        }

        foreach (var (e, i) in a.Errata.Select((e, i) => (e, i)))
        {
            // The note is shown on hover, on focus and in print by the stylesheet (a title shows on hover only).
            var note = Html.Attribute(ErratumNote(e));
            var open = $"<span class=\"erratum\" data-erratum=\"{i}\" tabindex=\"0\" data-note=\"{note}\">";
            Add(e.Span, 2, open, "</span>");
        }

        foreach (var d in a.Dates)
        {
            var note = $"data-note=\"{Html.Attribute(DateNote(d.Date))}\" tabindex=\"0\"";
            if (IsDateTime(d.Date))
            {
                Add(d.Span, 3, $"<time class=\"date\" datetime=\"{Html.Attribute(d.Date.Value)}\" {note}>", "</time>");
            }
            else
            {
                Add(d.Span, 3, $"<span class=\"date\" {note}>", "</span>");
            }
        }

        foreach (var m in a.Mentions)
        {
            foreach (var occurrence in m.Occurrences)
            {
                var id = Html.Attribute(m.Entity.Id);
                var open = $"<a class=\"mention\" href=\"../entities/{id}.html\" data-entity=\"{id}\">";
                Add(occurrence, 4, open, "</a>");
            }
        }

        return marks;
    }

    internal static string Legend(Article a, List<Entity> speakers)
    {
        var items = a.Quotes.GroupBy(LegendKey).Select((g, i) =>
        {
            var speaker = g.First().Speaker;
            var colour = speaker is null ? "#e6e6e6" : Assets.SpeakerColours[Colour(speaker, speakers)];
            var name = speaker is null
                ? Html.Text(g.First().Attribution.DisplayName)
                : Link("../entities/" + speaker.Id + ".html", Html.Text(speaker.Name));
            return $"<li id=\"speaker-{i}\">"
                + $"<span class=\"swatch\" style=\"background:{colour}\" aria-hidden=\"true\"></span>"
                + $"{name}: {Count(g.Count(), "quote")}</li>";
        });
        return "<section aria-labelledby=\"speakers\">\n<h2 id=\"speakers\">Speakers</h2>\n<ul class=\"legend\">\n"
            + string.Join("\n", items) + "\n</ul>\n"
            + "<p class=\"meta\">Cues (who said it) are underlined with dots; a wavy line marks an erratum, printed as"
            + " it was, the intended form on hover or focus; a date shows how it is known on hover or focus.</p>\n"
            + "</section>\n";
    }

    /// <summary>
    /// A quote's line in the legend: its speaker, or the description of a speaker the article does not name.
    /// </summary>
    private static string LegendKey(Quote q) => q.Speaker?.Id ?? "(" + q.Attribution.DisplayName + ")";

    internal static string ErratumNote(Erratum e) =>
        "as printed; intended: " + (e.Intended ?? "not known") + (e.Note is null ? string.Empty : " (" + e.Note + ")");

    /// <summary>A quote's reporting chain as one line: <c>Sergei Lavrov → Interfax → DPA → unknown</c>.</summary>
    private static string ChainText(Quote q) =>
        string.Join(" → ", q.ReportingChain.Select(link => link.Attribution.DisplayName));

    internal static string DateNote(KnownDate d) =>
        d.Value + " (" + HowKnown(d) + ")" + (d.Evidence is null ? string.Empty : ": " + d.Evidence);

    /// <summary>
    /// Each distinct reporting chain of the article's quotes (speaker, relays, origin, publisher), drawn left to right.
    /// </summary>
    internal static string Chains(Article a)
    {
        var chains = a.Quotes.GroupBy(ChainText, StringComparer.Ordinal).ToList();
        if (chains.Count == 0)
        {
            return string.Empty;
        }

        var svg = new StringBuilder();
        const int Width = 150, Gap = 40, Height = 44, Row = 70;
        var columns = chains.Max(chain => chain.First().ReportingChain.Count);
        svg.Append("<svg role=\"img\" aria-labelledby=\"chains-title\"")
            .Append($" viewBox=\"0 0 {columns * (Width + Gap)} {chains.Count * Row}\" width=\"100%\">\n")
            .Append("<title id=\"chains-title\">How each quote reached the page: ")
            .Append(Html.Text(string.Join("; ", chains.Select(c => c.Key)))).Append("</title>\n");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
            .Append(" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">")
            .Append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#6b6b6b\"/></marker></defs>\n");
        for (var row = 0; row < chains.Count; row++)
        {
            var links = chains[row].First().ReportingChain;
            for (var i = 0; i < links.Count; i++)
            {
                var (x, y) = (i * (Width + Gap), (row * Row) + 4);
                var name = Html.Text(Shorten(links[i].Attribution.DisplayName));
                svg.Append($"<g><rect class=\"box\" x=\"{x}\" y=\"{y}\" width=\"{Width}\" height=\"{Height}\"")
                    .Append($" rx=\"6\"/><text x=\"{x + 8}\" y=\"{y + 18}\">{name}</text>")
                    .Append($"<text x=\"{x + 8}\" y=\"{y + 35}\" class=\"meta\">")
                    .Append($"{Names.Of(links[i].Role)}</text></g>\n");
                if (i + 1 < links.Count)
                {
                    var middle = y + (Height / 2);
                    svg.Append($"<line class=\"axis\" x1=\"{x + Width}\" y1=\"{middle}\" x2=\"{x + Width + Gap - 2}\"")
                        .Append($" y2=\"{middle}\" marker-end=\"url(#arrow)\"/>\n");
                }
            }
        }

        svg.Append("</svg>\n");
        var list = string.Join("\n", chains.Select(c => $"<li>{Html.Text(c.Key)}: {Count(c.Count(), "quote")}</li>"));
        return "<section aria-labelledby=\"chains\">\n<h2 id=\"chains\">Reporting chains</h2>\n"
            + "<div class=\"wide\" tabindex=\"0\" role=\"region\""
            + " aria-label=\"Reporting chains (scroll sideways on a narrow screen)\">\n"
            + svg + "</div>\n<ul>\n" + list + "\n</ul>\n</section>\n";
    }
}
