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
    public static IReadOnlyList<Table> All() => new[]
    {
        new Table("articles", Corpus.Articles.Select(Article).ToList()),
        new Table("entities", Entities.All.Select(Entity).ToList()),
        new Table("quotes", Corpus.Quotes.Select(Quote).ToList()),
        new Table("mentions", Corpus.Articles.SelectMany(a => a.Mentions).Select(Mention).ToList()),
        new Table("dates", Corpus.Articles.SelectMany(a => a.Dates.Select(d => DateMention(a, d))).ToList()),
        new Table("figures", Corpus.Articles.SelectMany(a => a.Figures.Select(f => Figure(a, f))).ToList()),
        new Table("errata", Corpus.Articles.SelectMany(a => a.Errata.Select(e => Erratum(a, e))).ToList()),
    };

    /// <summary>The name a span's part goes by: <c>headline</c>, <c>body</c>, <c>dateline</c>, <c>byline</c> or <c>caption:N</c>.</summary>
    public static string PartName(TextSpan span) =>
        span.Part == TextPart.Caption ? "caption:" + span.CaptionIndex!.Value.ToString(CultureInfo.InvariantCulture) : span.Part.ToString().ToLowerInvariant();

    /// <summary>The code point index of the UTF-16 index <paramref name="index"/> in <paramref name="text"/>: a surrogate pair counts once.</summary>
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

    private static Row Article(Article a) => new Row()
        .With("id", a.Id)
        .With("headline", a.Headline)
        .With("dateline", a.Dateline)
        .With("byline", a.Byline)
        .With("body", a.Body)
        .With("captions", a.Captions.Select(c => (object?)c.Text).ToList())
        .With("caption_credits", a.Captions.Select(c => (object?)c.Credit?.Entity?.Id).ToList())
        .With("published", Date(a.Published))
        .With("publisher", Attribution(a.Publisher))
        .With("origin", Attribution(a.Origin))
        .With("editor", a.Editor is null ? null : Attribution(a.Editor))
        .With("cited_sources", a.CitedSources.Select(e => (object?)e.Id).ToList())
        .With("seed", a.Seed);

    private static Row Entity(Entity e) => new Row()
        .With("id", e.Id)
        .With("name", e.Name)
        .With("kind", e.Kind.ToString().ToLowerInvariant())
        .With("aliases", e.Aliases.Select(alias => (object?)alias).ToList())
        .With("roles", e.Roles.Select(r => (object?)new Row().With("title", r.Title).With("article", r.ArticleId)).ToList());

    private static Row Quote(Quote q) => new Row()
        .With("article", q.Article.Id)
        .With("id", q.Id)
        .With("key", q.Key)
        .With("text", q.Text)
        .With("mode", q.Mode.ToString().ToLowerInvariant())
        .With("speaker", Attribution(q.Attribution))
        .With("speaker_span", q.SpeakerDescriptionSpan is { } described ? Span(described) : null)
        .With("relays", q.Relays.Select(e => (object?)e.Id).ToList())
        .With("date", q.StatementDate is null ? null : Date(q.StatementDate))
        .With("copies", q.OtherCopies.Select(c => (object?)c.Key).ToList())
        .With("span", Span(q.Span))
        .With("cue", q.Cue)
        .With("cue_span", q.CueSpan is { } cue ? Span(cue) : null);

    private static Row Mention(Mention m) => new Row()
        .With("article", m.Article.Id)
        .With("entity", m.Entity.Id)
        .With("forms", m.Forms.Select(f => (object?)f).ToList())
        .With("spans", m.Occurrences.Select(s => (object?)Span(s)).ToList());

    private static Row DateMention(Article a, DateMention d) => new Row()
        .With("article", a.Id)
        .With("text", d.Text)
        .With("date", Date(d.Date))
        .With("event", d.Event)
        .With("scheduled", d.IsScheduled)
        .With("span", Span(d.Span))
        .With("event_span", d.EventSpan is { } e ? Span(e) : null);

    private static Row Figure(Article a, Figure f) => new Row()
        .With("article", a.Id)
        .With("text", f.Text)
        .With("minimum", f.Minimum)
        .With("maximum", f.Maximum)
        .With("unit", f.Unit)
        .With("span", Span(f.Span));

    private static Row Erratum(Article a, Erratum e) => new Row()
        .With("article", a.Id)
        .With("printed", e.Printed)
        .With("intended", e.Intended)
        .With("note", e.Note)
        .With("span", Span(e.Span));

    /// <summary>A date as precise as it is known: its value (<c>2008-08</c>, <c>2008-08-20/2008-08-21</c>), precision, basis and evidence.</summary>
    private static Row Date(KnownDate d) => new Row()
        .With("value", d.Value)
        .With("precision", d.Precision.ToString().ToLowerInvariant())
        .With("basis", d.Basis.ToString().ToLowerInvariant())
        .With("evidence", d.Evidence);

    private static Row Attribution(Attribution a) => new Row()
        .With("entity", a.Entity?.Id)
        .With("description", a.Description)
        .With("basis", a.Basis.ToString().ToLowerInvariant())
        .With("evidence", a.Evidence);

    private static Row Span(TextSpan s) => new Row()
        .With("part", PartName(s))
        .With("start", CodePointIndex(s.PrintedIn, s.Start))
        .With("end", CodePointIndex(s.PrintedIn, s.End))
        .With("text", s.Text);
}
