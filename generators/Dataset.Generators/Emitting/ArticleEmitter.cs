using System;
using System.Linq;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes one article's factory method: constructor calls with named arguments, every parameter given, so a
/// member the emitter forgot is a compile error, not a silent default. The article is already validated: every
/// entity id resolves to a handle on <c>Entities</c> and every annotation comes with its spans, written as numbers.
/// Strings go through a <see cref="TextTable"/>: inline literals, or UTF-8 data when <c>utf8</c> is set. The printed
/// parts are locals that every span refers to, so a span's <c>PrintedIn</c> is the very string the article holds.
/// </summary>
internal sealed class ArticleEmitter
{
    private const string Null = "null";

    private readonly TextTable _texts;

    private ArticleEmitter(bool utf8) => _texts = new TextTable(utf8);

    public static string HintName(string articleId) => "Article." + articleId + ".g.cs";

    public static string Emit(ValidArticle article, bool utf8)
    {
        // The body is written first: the texts it refers to fill the table, which is declared above it.
        var emitter = new ArticleEmitter(utf8);
        var body = new SourceWriter();
        emitter.WriteBody(body, article);

        var method = Literals.ArticleMethod(article.Spec.Id.Value);
        var texts = emitter._texts.Values;
        var writer = new SourceWriter();
        FileHeader.Write(writer, System.IO.Path.GetFileName(article.Spec.Path));
        writer.WriteLine("internal static partial class GeneratedArticles");
        writer.OpenBlock();
        if (texts.Count > 0)
        {
            writer.WriteLine("private static string[]? s_" + method + ";");
            writer.WriteLine();
        }

        writer.WriteLine("private static Article " + method + "()");
        writer.OpenBlock();
        writer.WriteLine("const string Id = " + Literals.String(article.Spec.Id.Value) + ";");
        if (texts.Count > 0)
        {
            // Decode this article's texts once; later builds of the article reuse the strings.
            writer.WriteLine("var t = s_" + method + " ??= new string[]");
            writer.OpenBlock();
            foreach (var text in texts)
            {
                writer.WriteLine("Decode(" + Literals.String(text) + "u8),");
            }

            writer.CloseBlock("};");
        }

        writer.WriteLines(body);
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private void WriteBody(SourceWriter writer, ValidArticle article)
    {
        var spec = article.Spec;

        // Locals first: every span refers to the printed part's string, and a quote printed in a caption to the same
        // Caption instance the article lists.
        writer.WriteLine("var headline = " + Text(spec.Headline) + ";");
        if (spec.Dateline is { } dateline)
        {
            writer.WriteLine("var dateline = " + Text(dateline) + ";");
        }

        if (spec.Byline is { } byline)
        {
            writer.WriteLine("var byline = " + Text(byline) + ";");
        }

        writer.WriteLine("var body = " + Text(spec.Body) + ";");
        WriteCaptions(writer, spec.Captions);
        WriteQuotes(writer, article.Quotes);

        writer.WriteLine("return new Article(");
        writer.Indentation++;
        WriteArgument(writer, "id", "Id");
        WriteArgument(writer, "seed", Text(spec.Seed));
        WriteArgument(writer, "headline", "headline");
        WriteArgument(writer, "published", KnownDate(spec.Published));
        WriteArgument(writer, "dateline", spec.Dateline is null ? Null : "dateline");
        WriteArgument(writer, "byline", spec.Byline is null ? Null : "byline");
        WriteArgument(writer, "publisher", Credit(spec.Publisher));
        WriteArgument(writer, "origin", Credit(spec.Origin));
        WriteArgument(writer, "editor", spec.Editor is { } editor ? Credit(editor) : Null);
        WriteArgument(writer, "body", "body");
        WriteArgument(writer, "captions", spec.Captions.Count > 0 ? "captions" : EmptyArray("Caption"));
        WriteArrayArgument(writer, "errata", "Erratum", Pairs(spec.Errata, article.Errata), Erratum);
        WriteMentions(writer, article.Mentions);
        WriteArgument(writer, "citedSources", InlineArray("Entity", spec.Cites, EntityHandle));
        WriteArgument(writer, "quotes", article.Quotes.Count > 0 ? "quotes" : EmptyArray("Quote"));
        WriteArrayArgument(writer, "dates", "DateMention", article.Dates, DateMention);
        WriteArrayArgument(writer, "figures", "Figure", Pairs(spec.Figures, article.Figures), Figure, isLast: true);
        writer.Indentation--;
        writer.WriteLine(");");
    }

    /// <summary>The mentions, each with its occurrences one a line.</summary>
    private void WriteMentions(SourceWriter writer, EquatableArray<PlacedMention> mentions)
    {
        if (mentions.Count == 0)
        {
            WriteArgument(writer, "mentions", EmptyArray("Mention"));
            return;
        }

        writer.WriteLine("mentions: new Mention[]");
        writer.OpenBlock();
        foreach (var placed in mentions)
        {
            writer.WriteLine("new Mention(");
            writer.Indentation++;
            WriteArgument(writer, "entity", EntityHandle(placed.Mention.Entity));
            WriteArgument(writer, "forms", InlineArray("string", placed.Mention.Forms, Text));
            if (placed.Occurrences.Count == 0)
            {
                WriteArgument(writer, "occurrences", EmptyArray("TextSpan"), isLast: true);
            }
            else
            {
                writer.WriteLine("occurrences: new TextSpan[]");
                writer.OpenBlock();
                foreach (var occurrence in placed.Occurrences)
                {
                    writer.WriteLine(Span(occurrence) + ",");
                }

                writer.CloseBlock();
            }

            writer.Indentation--;
            writer.WriteLine("),");
        }

        writer.CloseBlock("},");
    }

    /// <summary>
    /// A span as the package's <c>TextSpan</c>: its part, caption index, start and length as numbers, and the local
    /// that holds the part's text (<c>captions[i].Text</c> for a caption). The constructor's parameters are all
    /// required, so positional arguments cannot leave one out.
    /// </summary>
    private static string Span(SpanSpec span) =>
        "new TextSpan(" + Literals.EnumMember(span.Part) + ", " + (span.CaptionIndex is { } index ? Literals.Number(index) : Null) + ", "
        + Literals.Number(span.Start) + ", " + Literals.Number(span.Length) + ", " + PrintedIn(span) + ")";

    private static string Span(SpanSpec? span) => span is { } value ? Span(value) : Null;

    private static string PrintedIn(SpanSpec span) => span.Part switch
    {
        TextPart.Headline => "headline",
        TextPart.Dateline => "dateline",
        TextPart.Byline => "byline",
        TextPart.Body => "body",
        TextPart.Caption => "captions[" + Literals.Number(span.CaptionIndex ?? 0) + "].Text",
        _ => throw new ArgumentOutOfRangeException(nameof(span), span.Part, "validation places spans in printed parts only"),
    };

    /// <summary>Each item of a spec's list with the span validation found for it (the lists are in the same order).</summary>
    private static EquatableArray<Placed<T>> Pairs<T>(EquatableArray<T> items, EquatableArray<SpanSpec> spans)
        where T : IEquatable<T> =>
        items.Select((item, i) => new Placed<T>(item, spans[i])).ToEquatableArray();

    private sealed record Placed<T>(T Item, SpanSpec Span);

    /// <summary>The article's captions as a local array, which caption quotes refer into.</summary>
    private void WriteCaptions(SourceWriter writer, EquatableArray<CaptionSpec> captions)
    {
        if (captions.Count == 0)
        {
            return;
        }

        writer.WriteLine("var captions = new Caption[]");
        writer.OpenBlock();
        foreach (var caption in captions)
        {
            // A picture credit is printed beside its caption: stated.
            var credit = caption.Credit is { } entity ? Attribution(entity, null, AttributionBasis.Stated, null) : Null;
            writer.WriteLine("new Caption(text: " + Text(caption.Text) + ", credit: " + credit + "),");
        }

        writer.CloseBlock("};");
    }

    private void WriteQuotes(SourceWriter writer, EquatableArray<PlacedQuote> quotes)
    {
        if (quotes.Count == 0)
        {
            return;
        }

        writer.WriteLine("var quotes = new Quote[]");
        writer.OpenBlock();
        foreach (var placed in quotes)
        {
            var quote = placed.Quote;
            writer.WriteLine("new Quote(");
            writer.Indentation++;
            WriteArgument(writer, "id", Literals.String(quote.Id.Value));
            WriteArgument(writer, "text", Text(quote.Text));
            WriteArgument(writer, "span", Span(placed.Span));
            WriteArgument(writer, "caption", placed.Span.CaptionIndex is { } captionIndex ? "captions[" + Literals.Number(captionIndex) + "]" : Null);
            WriteArgument(writer, "attribution", Attribution(quote.Speaker, quote.SpeakerDescription, quote.SpeakerBasis.Value, quote.SpeakerEvidence));
            WriteArgument(writer, "speakerDescriptionSpan", Span(placed.SpeakerDescription));
            WriteArgument(writer, "mode", Literals.EnumMember(quote.Mode));
            WriteArgument(writer, "cue", Text(quote.Cue));
            WriteArgument(writer, "cueSpan", Span(placed.Cue));
            WriteArgument(writer, "relays", InlineArray("Entity", quote.Via, EntityHandle));
            WriteArgument(writer, "statementDate", quote.Said is { } said ? KnownDate(said) : Null);
            WriteArgument(writer, "sameStatementAs", InlineArray("string", quote.SameStatementAs, Text), isLast: true);
            writer.Indentation--;
            writer.WriteLine("),");
        }

        writer.CloseBlock("};");
    }

    /// <summary>One <c>name: value</c> line of a call whose opening line is written; every argument but the last ends with a comma.</summary>
    private static void WriteArgument(SourceWriter writer, string name, string value, bool isLast = false) =>
        writer.WriteLine(name + ": " + value + (isLast ? string.Empty : ","));

    /// <summary>An array argument with one item a line (<c>{</c>, items indented, <c>}</c>); no items is <c>Array.Empty</c>.</summary>
    private static void WriteArrayArgument<T>(SourceWriter writer, string name, string type, EquatableArray<T> items, Func<T, string> item, bool isLast = false)
        where T : IEquatable<T>
    {
        if (items.Count == 0)
        {
            WriteArgument(writer, name, EmptyArray(type), isLast);
            return;
        }

        writer.WriteLine(name + ": new " + type + "[]");
        writer.OpenBlock();
        foreach (var entry in items)
        {
            writer.WriteLine(item(entry) + ",");
        }

        writer.CloseBlock(isLast ? "}" : "},");
    }

    private string Erratum(Placed<ErratumSpec> placed) =>
        "new Erratum(printed: " + Text(placed.Item.Printed) + ", span: " + Span(placed.Span) + ", intended: " + Text(placed.Item.Intended) + ", note: " + Text(placed.Item.Note) + ")";

    private string DateMention(PlacedDate placed) =>
        "new DateMention(text: " + Text(placed.Date.Text) + ", span: " + Span(placed.Span) + ", date: " + KnownDate(placed.Date.Date)
        + ", @event: " + Text(placed.Date.Event) + ", eventSpan: " + Span(placed.Event) + ", isScheduled: " + (placed.Date.Scheduled ? "true" : "false") + ")";

    private string Figure(Placed<FigureSpec> placed) =>
        "new Figure(text: " + Text(placed.Item.Text) + ", span: " + Span(placed.Span) + ", minimum: " + Literals.Decimal(placed.Item.Value.Value)
        + ", maximum: " + (placed.Item.Max is { } max ? Literals.Decimal(max.Value) : Null) + ", unit: " + Text(placed.Item.Unit) + ")";

    private static string InlineArray<T>(string type, EquatableArray<T> items, Func<T, string> item)
        where T : IEquatable<T> => Literals.Array(type, items.Select(item));

    private static string EmptyArray(string type) => Literals.Array(type, Array.Empty<string>());

    /// <summary>A curated text as a C# expression: a literal, or its slot in the article's text table.</summary>
    private string Text(Located value) => _texts.Ref(value.Value);

    private string Text(Located? value) => value is { } text ? Text(text) : Null;

    private static string EntityHandle(Located entityId) => "Entities." + Identifiers.Handle(entityId.Value);

    private static string EntityHandle(Located? entityId) => entityId is { } id ? EntityHandle(id) : Null;

    private string Credit(CreditSpec credit) => Attribution(credit.Entity, null, credit.Basis.Value, credit.Evidence);

    private string Attribution(Located? entity, Located? description, AttributionBasis basis, Located? evidence) =>
        "new Attribution(entity: " + EntityHandle(entity) + ", description: " + Text(description)
        + ", basis: " + Literals.EnumMember(basis) + ", evidence: " + Text(evidence) + ")";

    private string KnownDate(DateSpec date) =>
        "new KnownDate(start: " + PartialDate(date.Start) + ", end: " + (date.End is { } end ? PartialDate(end) : Null)
        + ", basis: " + Literals.EnumMember(date.Basis.Value) + ", evidence: " + Text(date.Evidence) + ")";

    private static string PartialDate(PartialDateValue value) => value.Precision switch
    {
        DatePrecision.Year => "new PartialDate(" + Literals.Number(value.Year) + ")",
        DatePrecision.Month => "new PartialDate(" + Literals.Number(value.Year) + ", " + Literals.Number(value.Month) + ")",
        DatePrecision.Day => "new PartialDate(" + Literals.Number(value.Year) + ", " + Literals.Number(value.Month) + ", " + Literals.Number(value.Day) + ")",
        _ => "new PartialDate(" + Literals.Number(value.Year) + ", " + Literals.Number(value.Month) + ", " + Literals.Number(value.Day) + ", "
            + Literals.Number(value.Hour) + ", " + Literals.Number(value.Minute) + ", "
            + (value.OffsetMinutes is { } offset ? "global::System.TimeSpan.FromMinutes(" + Literals.Number(offset) + ")" : Null) + ")",
    };
}
