using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Export;

/// <summary>
/// The dataset as tables for tools outside .NET: articles, entities, quotes, mentions, dates, figures and errata, in
/// corpus order (entities by id). Every annotation carries its spans as <c>{part, start, end, text}</c>, counted in
/// Unicode code points (as Python, pandas, DuckDB and R index text), so <c>part_text[start:end] == text</c> holds in
/// Python for every span; references are ids (entities, articles) and keys (<c>article/quote</c>).
/// </summary>
public static class Tables
{
    public static IReadOnlyList<Table> All() =>
    [
        new("articles", Corpus.Articles.Select(ArticleRow.Of).ToList()),
        new("entities", Entities.All.Select(EntityRow.Of).ToList()),
        new("quotes", Corpus.Quotes.Select(QuoteRow.Of).ToList()),
        new("mentions", Corpus.Articles.SelectMany(a => a.Mentions).Select(MentionRow.Of).ToList()),
        new("dates", Corpus.Articles.SelectMany(a => a.Dates.Select(d => DateMentionRow.Of(a, d))).ToList()),
        new("figures", Corpus.Articles.SelectMany(a => a.Figures.Select(f => FigureRow.Of(a, f))).ToList()),
        new("errata", Corpus.Articles.SelectMany(a => a.Errata.Select(e => ErratumRow.Of(a, e))).ToList()),
    ];

    /// <summary>
    /// The name a span's part goes by: <c>headline</c>, <c>body</c>, <c>dateline</c>, <c>byline</c> or
    /// <c>caption:N</c>.
    /// </summary>
    public static string PartName(TextSpan span) =>
        span.Part == TextPart.Caption
            ? "caption:" + span.CaptionIndex!.Value.ToString(CultureInfo.InvariantCulture)
            : Names.Of(span.Part);

    /// <summary>
    /// The code point index of the UTF-16 index <paramref name="index"/> in <paramref name="text"/>: a surrogate pair
    /// counts once.
    /// </summary>
    public static int CodePointIndex(string text, int index)
    {
        var points = index;
        for (var i = 1; i < index; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                points--;
            }
        }

        return points;
    }
}
