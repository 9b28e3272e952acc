using System.Collections.Generic;
using System.Linq;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Export;

// The rows of the exported tables and their parts, each made from the public model by its Of. A field's name
// is written once, in Fields; every format, the tool's --json and the site's JSON read it from there.

/// <summary>
/// An article: its texts, credits and publication date; its annotations are rows of their own tables.
/// </summary>
public sealed record ArticleRow(
    string Id, string Headline, string? Dateline, string? Byline, string Body, IReadOnlyList<string> Captions,
    IReadOnlyList<string?> CaptionCredits, DateRow Published, AttributionRow Publisher, AttributionRow Origin,
    AttributionRow? Editor, IReadOnlyList<string> CitedSources, string? Seed) : IRow
{
    public IReadOnlyList<Field> Fields =>
    [
        new("id", Id),
        new("headline", Headline),
        new("dateline", Dateline),
        new("byline", Byline),
        new("body", Body),
        Field.List("captions", Captions),
        Field.List("caption_credits", CaptionCredits),
        new("published", Published),
        new("publisher", Publisher),
        new("origin", Origin),
        Field.Optional("editor", Editor),
        Field.List("cited_sources", CitedSources),
        new("seed", Seed),
    ];

    public static ArticleRow Of(Article a) => new(
        a.Id, a.Headline, a.Dateline, a.Byline, a.Body, a.Captions.Select(c => c.Text).ToList(),
        a.Captions.Select(c => c.Credit?.Entity?.Id).ToList(), DateRow.Of(a.Published), AttributionRow.Of(a.Publisher),
        AttributionRow.Of(a.Origin), a.Editor is null ? null : AttributionRow.Of(a.Editor),
        a.CitedSources.Select(e => e.Id).ToList(), a.Seed);
}

/// <summary>An entity of the registry: its id, name, kind, aliases as printed and roles as given.</summary>
public sealed record EntityRow(
    string Id, string Name, string Kind, IReadOnlyList<string> Aliases, IReadOnlyList<RoleRow> Roles) : IRow
{
    public IReadOnlyList<Field> Fields =>
    [
        new("id", Id),
        new("name", Name),
        new("kind", Kind),
        Field.List("aliases", Aliases),
        Field.List("roles", Roles),
    ];

    public static EntityRow Of(Entity e) =>
        new(e.Id, e.Name, Names.Of(e.Kind), e.Aliases, e.Roles.Select(r => new RoleRow(r.Title, r.ArticleId)).ToList());
}

/// <summary>A role or title of an entity, as printed in an article.</summary>
public sealed record RoleRow(string Title, string Article) : IRow
{
    public IReadOnlyList<Field> Fields => [new("title", Title), new("article", Article)];
}

/// <summary>A quote: where it is printed, who said it, how it reached the page, and its copies elsewhere.</summary>
public sealed record QuoteRow(
    string Article, string Id, string Key, string Text, string Mode, AttributionRow Speaker, SpanRow? SpeakerSpan,
    IReadOnlyList<string> Relays, DateRow? Date, IReadOnlyList<string> Copies, SpanRow Span, string? Cue,
    SpanRow? CueSpan) : IRow
{
    public IReadOnlyList<Field> Fields =>
    [
        new("article", Article),
        new("id", Id),
        new("key", Key),
        new("text", Text),
        new("mode", Mode),
        new("speaker", Speaker),
        new("speaker_span", SpeakerSpan),
        Field.List("relays", Relays),
        Field.Optional("date", Date),
        Field.List("copies", Copies),
        new("span", Span),
        new("cue", Cue),
        new("cue_span", CueSpan),
    ];

    public static QuoteRow Of(Quote q) => new(
        q.Article.Id, q.Id, q.Key, q.Text, Names.Of(q.Mode), AttributionRow.Of(q.Attribution),
        q.SpeakerDescriptionSpan is { } described ? SpanRow.Of(described) : null, q.Relays.Select(e => e.Id).ToList(),
        q.StatementDate is null ? null : DateRow.Of(q.StatementDate), q.OtherCopies.Select(c => c.Key).ToList(),
        SpanRow.Of(q.Span), q.Cue, q.CueSpan is { } cue ? SpanRow.Of(cue) : null);
}

/// <summary>An entity mentioned in an article: the forms it is printed in and where each occurs.</summary>
public sealed record MentionRow(
    string Article, string Entity, IReadOnlyList<string> Forms, IReadOnlyList<SpanRow> Spans) : IRow
{
    public IReadOnlyList<Field> Fields =>
        [new("article", Article), new("entity", Entity), Field.List("forms", Forms), Field.List("spans", Spans)];

    public static MentionRow Of(Mention m) =>
        new(m.Article.Id, m.Entity.Id, m.Forms, m.Occurrences.Select(SpanRow.Of).ToList());
}

/// <summary>A date an article prints, resolved, and the event it dates if any.</summary>
public sealed record DateMentionRow(
    string Article, string Text, DateRow Date, string? Event, bool Scheduled, SpanRow Span, SpanRow? EventSpan) : IRow
{
    public IReadOnlyList<Field> Fields =>
    [
        new("article", Article),
        new("text", Text),
        new("date", Date),
        new("event", Event),
        new("scheduled", Scheduled),
        new("span", Span),
        new("event_span", EventSpan),
    ];

    public static DateMentionRow Of(Article a, DateMention d) => new(
        a.Id, d.Text, DateRow.Of(d.Date), d.Event, d.IsScheduled, SpanRow.Of(d.Span),
        d.EventSpan is { } e ? SpanRow.Of(e) : null);
}

/// <summary>A figure as printed, with its value (a range has two) and unit.</summary>
public sealed record FigureRow(string Article, string Text, decimal Minimum, decimal Maximum, string Unit, SpanRow Span)
    : IRow
{
    public IReadOnlyList<Field> Fields =>
    [
        new("article", Article),
        new("text", Text),
        new("minimum", Minimum),
        new("maximum", Maximum),
        new("unit", Unit),
        new("span", Span),
    ];

    public static FigureRow Of(Article a, Figure f) =>
        new(a.Id, f.Text, f.Minimum, f.Maximum, f.Unit, SpanRow.Of(f.Span));
}

/// <summary>A typo as printed, and what was meant when known.</summary>
public sealed record ErratumRow(string Article, string Printed, string? Intended, string? Note, SpanRow Span) : IRow
{
    public IReadOnlyList<Field> Fields =>
    [
        new("article", Article),
        new("printed", Printed),
        new("intended", Intended),
        new("note", Note),
        new("span", Span),
    ];

    public static ErratumRow Of(Article a, Erratum e) => new(a.Id, e.Printed, e.Intended, e.Note, SpanRow.Of(e.Span));
}

/// <summary>
/// A date as precise as it is known: its value (<c>2008-08</c>, <c>2008-08-20/2008-08-21</c>), precision, basis and
/// evidence.
/// </summary>
public sealed record DateRow(string Value, string Precision, string Basis, string? Evidence) : IShapedRow<DateRow>
{
    public static DateRow Empty { get; } = new(string.Empty, string.Empty, string.Empty, null);

    public IReadOnlyList<Field> Fields =>
        [new("value", Value), new("precision", Precision), new("basis", Basis), new("evidence", Evidence)];

    public static DateRow Of(KnownDate d) => new(d.Value, Names.Of(d.Precision), Names.Of(d.Basis), d.Evidence);
}

/// <summary>
/// A speaker or a credit: the entity id, or the description of an unnamed party, and how it is known.
/// </summary>
public sealed record AttributionRow(string? Entity, string? Description, string Basis, string? Evidence)
    : IShapedRow<AttributionRow>
{
    public static AttributionRow Empty { get; } = new(null, null, string.Empty, null);

    public IReadOnlyList<Field> Fields =>
        [new("entity", Entity), new("description", Description), new("basis", Basis), new("evidence", Evidence)];

    public static AttributionRow Of(Attribution a) => new(a.Entity?.Id, a.Description, Names.Of(a.Basis), a.Evidence);
}

/// <summary>
/// Where an annotation is printed: the part (<see cref="Tables.PartName"/>), its start and end in code points, and
/// its text.
/// </summary>
public sealed record SpanRow(string Part, int Start, int End, string Text) : IRow
{
    public IReadOnlyList<Field> Fields => [new("part", Part), new("start", Start), new("end", End), new("text", Text)];

    public static SpanRow Of(TextSpan s) => new(
        Tables.PartName(s),
        Tables.CodePointIndex(s.PrintedIn, s.Start),
        Tables.CodePointIndex(s.PrintedIn, s.End),
        s.Text);
}

/// <summary>
/// An article with every annotation of it: the site's article JSON and the tool's <c>article --json</c>.
/// </summary>
public sealed record ArticleBundle(
    ArticleRow Article, IReadOnlyList<QuoteRow> Quotes, IReadOnlyList<MentionRow> Mentions,
    IReadOnlyList<DateMentionRow> Dates, IReadOnlyList<FigureRow> Figures, IReadOnlyList<ErratumRow> Errata) : IRow
{
    public IReadOnlyList<Field> Fields =>
    [
        new("article", Article),
        Field.List("quotes", Quotes),
        Field.List("mentions", Mentions),
        Field.List("dates", Dates),
        Field.List("figures", Figures),
        Field.List("errata", Errata),
    ];

    public static ArticleBundle Of(Article a) => new(
        ArticleRow.Of(a), a.Quotes.Select(QuoteRow.Of).ToList(), a.Mentions.Select(MentionRow.Of).ToList(),
        a.Dates.Select(d => DateMentionRow.Of(a, d)).ToList(), a.Figures.Select(f => FigureRow.Of(a, f)).ToList(),
        a.Errata.Select(e => ErratumRow.Of(a, e)).ToList());
}

/// <summary>An entity with its mentions (in corpus order) and its quotes: the site's entity JSON.</summary>
public sealed record EntityBundle(EntityRow Entity, IReadOnlyList<MentionRow> Mentions, IReadOnlyList<QuoteRow> Quotes)
    : IRow
{
    public IReadOnlyList<Field> Fields =>
        [new("entity", Entity), Field.List("mentions", Mentions), Field.List("quotes", Quotes)];

    public static EntityBundle Of(Entity e) => new(
        EntityRow.Of(e),
        Corpus.Articles.SelectMany(a => a.Mentions).Where(m => m.Entity == e).Select(MentionRow.Of).ToList(),
        e.Quotes.Select(QuoteRow.Of).ToList());
}
