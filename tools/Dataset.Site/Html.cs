using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;

namespace Dataset.Site;

/// <summary>
/// Text to HTML: every string from the data goes through <see cref="Text"/> or <see cref="Attribute"/>.
/// </summary>
public static class Html
{
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    public static string Attribute(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>
    /// One annotation to draw over a part's text: its UTF-16 range, the element that opens it
    /// (<c>&lt;a href=...&gt;</c>) and the tag that closes it, and its rank: a lower rank is drawn outside a higher one
    /// (a quote outside the mentions in it), so an element is split only where two annotations cross.
    /// </summary>
    public sealed record Mark(int Start, int End, int Rank, string Open, string Close);

    /// <summary>
    /// <paramref name="text"/>[<paramref name="from"/>, <paramref name="to"/>) as HTML with <paramref name="marks"/>
    /// drawn over it, well nested: at each boundary the open elements that must end are closed, and reopened when they
    /// go on past it.
    /// </summary>
    public static string Marked(string text, int from, int to, IEnumerable<Mark> marks)
    {
        var inRange = marks.Where(mark => mark.Start < to && mark.End > from).ToList();
        var cuts = inRange.SelectMany(mark => new[] { mark.Start, mark.End }).Append(from).Append(to)
            .Where(cut => cut >= from && cut <= to).Distinct().Order().ToList();
        var html = new StringBuilder();
        var open = new List<Mark>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (start, end) = (cuts[i], cuts[i + 1]);
            var wanted = inRange.Where(mark => mark.Start <= start && mark.End >= end)
                .OrderBy(mark => mark.Rank).ThenBy(mark => mark.Start).ThenByDescending(mark => mark.End).ToList();
            var kept = 0;
            while (kept < open.Count && kept < wanted.Count && ReferenceEquals(open[kept], wanted[kept]))
            {
                kept++;
            }

            for (var j = open.Count - 1; j >= kept; j--)
            {
                html.Append(open[j].Close);
            }

            open.RemoveRange(kept, open.Count - kept);
            foreach (var mark in wanted.Skip(kept))
            {
                html.Append(mark.Open);
                open.Add(mark);
            }

            html.Append(Text(text.Substring(start, end - start)));
        }

        for (var j = open.Count - 1; j >= 0; j--)
        {
            html.Append(open[j].Close);
        }

        return html.ToString();
    }
}
