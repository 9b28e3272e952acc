using System;
using System.Linq;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes one article's factory method: constructor calls with named arguments, every parameter given, so a
/// member the emitter forgot is a compile error, not a silent default. The article is already validated: every
/// entity id resolves to a handle on <c>Entities</c> and every quote comes placed in the part that prints it.
/// Strings go through a <see cref="TextTable"/>: inline literals, or UTF-8 data when <c>utf8</c> is set.
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

        // Locals first, so a quote printed in a caption refers to the same Caption instance the article lists.
        WriteCaptions(writer, spec.Captions);
        WriteQuotes(writer, article.Quotes);

        writer.WriteLine("return new Article(");
        writer.Indentation++;
        WriteArgument(writer, "id", "Id");
        WriteArgument(writer, "seed", Text(spec.Seed));
        WriteArgument(writer, "headline", Text(spec.Headline));
        WriteArgument(writer, "published", KnownDate(spec.Published));
        WriteArgument(writer, "dateline", Text(spec.Dateline));
        WriteArgument(writer, "byline", Text(spec.Byline));
        WriteArgument(writer, "publisher", Credit(spec.Publisher));
        WriteArgument(writer, "origin", Credit(spec.Origin));
        WriteArgument(writer, "editor", spec.Editor is { } editor ? Credit(editor) : Null);
        WriteArgument(writer, "body", Text(spec.Body));
        WriteArgument(writer, "captions", spec.Captions.Count > 0 ? "captions" : EmptyArray("Caption"));
        WriteArrayArgument(writer, "errata", "Erratum", spec.Errata, Erratum);
        WriteArrayArgument(writer, "mentions", "Mention", spec.Mentions, Mention);
        WriteArgument(writer, "citedSources", InlineArray("Entity", spec.Cites, EntityHandle));
        WriteArgument(writer, "quotes", article.Quotes.Count > 0 ? "quotes" : EmptyArray("Quote"));
        WriteArrayArgument(writer, "dates", "DateMention", spec.Dates, DateMention);
        WriteArrayArgument(writer, "figures", "Figure", spec.Figures, Figure, isLast: true);
        writer.Indentation--;
        writer.WriteLine(");");
    }

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
            var placement = placed.Placement;
            writer.WriteLine("new Quote(");
            writer.Indentation++;
            WriteArgument(writer, "id", Literals.String(quote.Id.Value));
            WriteArgument(writer, "text", Text(quote.Text));
            WriteArgument(writer, "part", Literals.EnumMember(placement.Part));
            WriteArgument(writer, "caption", placement.CaptionIndex is { } captionIndex ? "captions[" + Literals.Number(captionIndex) + "]" : Null);
            WriteArgument(writer, "offset", Literals.Number(placement.Offset));
            WriteArgument(writer, "attribution", Attribution(quote.Speaker, quote.SpeakerDescription, quote.SpeakerBasis.Value, quote.SpeakerEvidence));
            WriteArgument(writer, "mode", Literals.EnumMember(quote.Mode));
            WriteArgument(writer, "cue", Text(quote.Cue));
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

    private string Erratum(ErratumSpec erratum) =>
        "new Erratum(printed: " + Text(erratum.Printed) + ", intended: " + Text(erratum.Intended) + ", note: " + Text(erratum.Note) + ")";

    private string Mention(MentionSpec mention) =>
        "new Mention(entity: " + EntityHandle(mention.Entity) + ", forms: " + InlineArray("string", mention.Forms, Text) + ")";

    private string DateMention(DateMentionSpec date) =>
        "new DateMention(text: " + Text(date.Text) + ", date: " + KnownDate(date.Date) + ", @event: " + Text(date.Event)
        + ", isScheduled: " + (date.Scheduled ? "true" : "false") + ")";

    private string Figure(FigureSpec figure) =>
        "new Figure(text: " + Text(figure.Text) + ", minimum: " + Literals.Decimal(figure.Value.Value)
        + ", maximum: " + (figure.Max is { } max ? Literals.Decimal(max.Value) : Null) + ", unit: " + Text(figure.Unit) + ")";

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
