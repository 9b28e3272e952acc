using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes one article's factory method: constructor calls with named arguments, every parameter given, so a
/// member the emitter forgot is a compile error, not a silent default. The spec is already validated: every
/// entity id resolves to a handle on <c>Entities</c> and every quote text occurs in the part that prints it.
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
        var emitter = new ArticleEmitter(utf8);
        var body = new SourceWriter(indent: 3);
        emitter.Body(body, article);

        var method = Literals.ArticleMethod(article.Spec.Id.Value);
        var w = new SourceWriter();
        w.FileStart(System.IO.Path.GetFileName(article.Spec.Path));
        w.Line("internal static partial class GeneratedArticles").Open();
        var texts = emitter._texts.Values;
        if (texts.Count > 0)
        {
            w.Line("private static string[]? s_" + method + ";");
            w.Line();
        }

        w.Line("private static Article " + method + "()").Open();
        w.Line("const string Id = " + Literals.String(article.Spec.Id.Value) + ";");
        if (texts.Count > 0)
        {
            // Decode this article's texts once; later builds of the article reuse the strings.
            w.Line("var t = s_" + method + " ??= new string[]").Open();
            foreach (var text in texts)
            {
                w.Line("Decode(" + Literals.String(text) + "u8),");
            }

            w.Close("};");
        }

        w.Raw(body.ToString());
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    private void Body(SourceWriter w, ValidArticle validArticle)
    {
        var article = validArticle.Spec;
        // Locals first, so a quote printed in a caption refers to the same Caption instance the article lists.
        LocalArray(w, "captions", "Caption", article.Captions, caption =>
            "new Caption(text: " + S(caption.Text) + ", credit: " + Handle(caption.Credit) + ")");
        QuoteArray(w, validArticle.Quotes);

        w.Line("return new Article(").Indent();
        Arguments(
            w,
            ("id", "Id"),
            ("seed", S(article.Seed)),
            ("headline", S(article.Headline)),
            ("published", Date(article.Published)),
            ("dateline", S(article.Dateline)),
            ("byline", S(article.Byline)),
            ("publisher", Credit(article.Publisher)),
            ("origin", Credit(article.Origin)),
            ("editor", article.Editor is { } editor ? Credit(editor) : Null),
            ("body", S(article.Body)),
            ("captions", article.Captions.Count > 0 ? "captions" : EmptyArray("Caption")),
            ItemPerLine("errata", "Erratum", article.Errata, erratum =>
                "new Erratum(printed: " + S(erratum.Printed) + ", intended: " + S(erratum.Intended) + ", note: " + S(erratum.Note) + ")"),
            ItemPerLine("mentions", "Mention", article.Mentions, mention =>
                "new Mention(entity: " + Handle(mention.Entity) + ", forms: " + InlineArray("string", mention.Forms, S) + ")"),
            ("citedSources", InlineArray("Entity", article.Cites, Handle)),
            ("quotes", article.Quotes.Count > 0 ? "quotes" : EmptyArray("Quote")),
            ItemPerLine("dates", "DateMention", article.Dates, date =>
                "new DateMention(text: " + S(date.Text) + ", date: " + Date(date.Date) + ", @event: " + S(date.Event)
                + ", isScheduled: " + (date.Scheduled ? "true" : "false") + ")"),
            ItemPerLine("figures", "Figure", article.Figures, figure =>
                "new Figure(text: " + S(figure.Text) + ", minimum: " + Literals.Decimal(figure.Value.Value)
                + ", maximum: " + (figure.Max is { } max ? Literals.Decimal(max.Value) : Null) + ", unit: " + S(figure.Unit) + ")"));
        w.Outdent().Line(");");
    }

    private void QuoteArray(SourceWriter w, EquatableArray<PlacedQuote> quotes)
    {
        if (quotes.Count == 0)
        {
            return;
        }

        w.Line("var quotes = new Quote[]").Open();
        foreach (var placed in quotes)
        {
            var quote = placed.Quote;
            var placement = placed.Placement;
            w.Line("new Quote(").Indent();
            Arguments(
                w,
                ("id", Literals.String(quote.Id.Value)),
                ("text", S(quote.Text)),
                ("part", Literals.EnumMember(placement.Part)),
                ("caption", placement.CaptionIndex is { } captionIndex ? "captions[" + captionIndex.ToString(CultureInfo.InvariantCulture) + "]" : Null),
                ("offset", placement.Offset.ToString(CultureInfo.InvariantCulture)),
                ("attribution", Attribution(quote.Speaker, quote.SpeakerDescription, quote.SpeakerBasis.Value, quote.SpeakerEvidence)),
                ("mode", Literals.EnumMember(quote.Mode)),
                ("cue", S(quote.Cue)),
                ("relays", InlineArray("Entity", quote.Via, Handle)),
                ("statementDate", quote.Said is { } said ? Date(said) : Null),
                ("sameStatementAs", InlineArray("string", quote.SameStatementAs, S)));
            w.Outdent().Line("),");
        }

        w.Close("};");
    }

    /// <summary>
    /// Writes <c>name: value</c> lines, comma-separated, for a call whose opening line is already written. A value
    /// of several lines (an array of one item a line) is written as it is, its continuation lines indented.
    /// </summary>
    private static void Arguments(SourceWriter w, params (string Name, string Value)[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            var lines = arguments[i].Value.Split('\n');
            var comma = i < arguments.Length - 1 ? "," : string.Empty;
            w.Line(arguments[i].Name + ": " + lines[0] + (lines.Length == 1 ? comma : string.Empty));
            for (var j = 1; j < lines.Length; j++)
            {
                w.Line(lines[j] + (j == lines.Length - 1 ? comma : string.Empty));
            }
        }
    }

    /// <summary>An array argument with one item a line (<c>{</c>, items indented, <c>}</c>); no items is <c>Array.Empty</c>.</summary>
    private static (string Name, string Value) ItemPerLine<T>(string name, string type, EquatableArray<T> items, System.Func<T, string> item)
        where T : System.IEquatable<T> =>
        (name, items.Count == 0
            ? EmptyArray(type)
            : "new " + type + "[]\n{\n" + string.Concat(items.Select(entry => "    " + item(entry) + ",\n")) + "}");

    /// <summary>A local array of one item a line (the caption list, which quotes refer into).</summary>
    private static void LocalArray<T>(SourceWriter w, string local, string type, EquatableArray<T> items, System.Func<T, string> item)
        where T : System.IEquatable<T>
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Line("var " + local + " = new " + type + "[]").Open();
        foreach (var entry in items)
        {
            w.Line(item(entry) + ",");
        }

        w.Close("};");
    }

    private static string InlineArray<T>(string type, EquatableArray<T> items, System.Func<T, string> item)
        where T : System.IEquatable<T> => Literals.Array(type, items.Select(item));

    private static string EmptyArray(string type) => Literals.Array(type, System.Array.Empty<string>());

    private string S(Located value) => _texts.Ref(value.Value);

    private string S(Located? value) => value is { } text ? S(text) : Null;

    private static string Handle(Located entityId) => "Entities." + Identifiers.Handle(entityId.Value);

    private static string Handle(Located? entityId) => entityId is { } id ? Handle(id) : Null;

    private string Credit(CreditSpec credit) => Attribution(credit.Entity, null, credit.Basis.Value, credit.Evidence);

    private string Attribution(Located? entity, Located? description, AttributionBasis basis, Located? evidence) =>
        "new Attribution(entity: " + Handle(entity) + ", description: " + S(description)
        + ", basis: " + Literals.EnumMember(basis) + ", evidence: " + S(evidence) + ")";

    private string Date(DateSpec date) =>
        "new KnownDate(start: " + PartialDate(date.Start) + ", end: " + (date.End is { } end ? PartialDate(end) : Null)
        + ", basis: " + Literals.EnumMember(date.Basis.Value) + ", evidence: " + S(date.Evidence) + ")";

    private static string PartialDate(PartialDateValue value)
    {
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return value.Precision switch
        {
            DatePrecision.Year => "new PartialDate(" + N(value.Year) + ")",
            DatePrecision.Month => "new PartialDate(" + N(value.Year) + ", " + N(value.Month) + ")",
            DatePrecision.Day => "new PartialDate(" + N(value.Year) + ", " + N(value.Month) + ", " + N(value.Day) + ")",
            _ => "new PartialDate(" + N(value.Year) + ", " + N(value.Month) + ", " + N(value.Day) + ", " + N(value.Hour) + ", " + N(value.Minute) + ", "
                + (value.OffsetMinutes is { } offset ? "global::System.TimeSpan.FromMinutes(" + N(offset) + ")" : Null) + ")",
        };
    }
}
