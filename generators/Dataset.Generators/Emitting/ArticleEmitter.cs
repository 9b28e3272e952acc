using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Generators.Model;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes one article's factory method. The spec is already validated: every entity id resolves to a
/// handle on <c>Entities</c> and every quote text occurs in the part that prints it. Strings go through a
/// <see cref="TextTable"/>: inline literals, or UTF-8 data when <c>utf8</c> is set.
/// </summary>
internal sealed class ArticleEmitter
{
    private readonly TextTable _texts;

    private ArticleEmitter(bool utf8) => _texts = new TextTable(utf8);

    public static string HintName(string articleId) => "Article." + articleId + ".g.cs";

    public static string Emit(ArticleSpec article, bool utf8)
    {
        var emitter = new ArticleEmitter(utf8);
        var body = new SourceWriter(indent: 3);
        emitter.Body(body, article);

        var method = Literals.ArticleMethod(article.Id.Value);
        var w = new SourceWriter();
        w.FileStart(System.IO.Path.GetFileName(article.Path));
        w.Line("internal static partial class GeneratedArticles").Open();
        var texts = emitter._texts.Values;
        if (texts.Count > 0)
        {
            w.Line("private static string[]? s_" + method + ";");
            w.Line();
        }

        w.Line("private static Article " + method + "()").Open();
        w.Line("const string Id = " + Literals.String(article.Id.Value) + ";");
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

    private void Body(SourceWriter w, ArticleSpec article)
    {
        if (article.Captions.Count > 0)
        {
            // A local, so a quote printed in a caption refers to the same Caption instance the article lists.
            w.Line("var captions = new Caption[]").Open();
            foreach (var caption in article.Captions)
            {
                w.Line("new Caption { Text = " + S(caption.Text) + (caption.Credit is { } credit ? ", Credit = " + Handle(credit) : string.Empty) + " },");
            }

            w.Close("};");
        }

        w.Line("return new Article").Open();
        w.Line("Id = Id,");
        w.Line("Seed = " + S(article.Seed) + ",");
        w.Line("Headline = " + S(article.Headline) + ",");
        w.Line("Published = " + Date(article.Published) + ",");
        Optional(w, "Dateline", article.Dateline);
        Optional(w, "Byline", article.Byline);
        w.Line("Publisher = " + Credit(article.Publisher) + ",");
        w.Line("Origin = " + Credit(article.Origin) + ",");
        if (article.Editor is { } editor)
        {
            w.Line("Editor = " + Credit(editor) + ",");
        }

        w.Line("Body = " + S(article.Body) + ",");
        if (article.Captions.Count > 0)
        {
            w.Line("Captions = global::System.Array.AsReadOnly(captions),");
        }

        List(w, "Errata", "Erratum", article.Errata, erratum =>
            "new Erratum { Printed = " + S(erratum.Printed)
            + (erratum.Intended is { } intended ? ", Intended = " + S(intended) : string.Empty)
            + (erratum.Note is { } note ? ", Note = " + S(note) : string.Empty) + " }");
        List(w, "Mentions", "Mention", article.Mentions, mention =>
            "new Mention { ArticleId = Id, Entity = " + Handle(mention.Entity) + ", Forms = " + Strings(mention.Forms) + " }");
        List(w, "Cites", "Entity", article.Cites, Handle);
        QuoteList(w, article);
        List(w, "Dates", "DateMention", article.Dates, date =>
            "new DateMention { Text = " + S(date.Text) + ", Date = " + Date(date.Date)
            + (date.Event is { } happened ? ", Event = " + S(happened) : string.Empty)
            + (date.Scheduled ? ", IsScheduled = true" : string.Empty) + " }");
        List(w, "Figures", "Figure", article.Figures, figure =>
            "new Figure { Text = " + S(figure.Text) + ", Value = " + Literals.Decimal(figure.Value.Value)
            + (figure.Max is { } max ? ", Max = " + Literals.Decimal(max.Value) : string.Empty) + ", Unit = " + S(figure.Unit) + " }");
        w.Close("};");
    }

    private string S(Located value) => _texts.Ref(value.Value);

    private void QuoteList(SourceWriter w, ArticleSpec article)
    {
        if (article.Quotes.Count == 0)
        {
            return;
        }

        w.Line("Quotes = global::System.Array.AsReadOnly(new Quote[]").Open();
        foreach (var quote in article.Quotes)
        {
            w.Line("new Quote").Open();
            w.Line("Id = " + Literals.String(quote.Id.Value) + ",");
            w.Line("ArticleId = Id,");
            w.Line("Text = " + S(quote.Text) + ",");
            var placement = article.Locate(quote)!;
            if (placement.Part != "body")
            {
                w.Line("Part = TextPart." + Vocabulary.PascalCase(placement.Part) + ",");
            }

            if (placement.CaptionIndex >= 0)
            {
                w.Line("Caption = captions[" + placement.CaptionIndex.ToString(CultureInfo.InvariantCulture) + "],");
            }

            w.Line("Offset = " + placement.Offset.ToString(CultureInfo.InvariantCulture) + ",");
            if (quote.Speaker is { } speaker)
            {
                w.Line("Speaker = " + Handle(speaker) + ",");
            }

            Optional(w, "SpeakerDescription", quote.SpeakerDescription);
            if (quote.SpeakerBasis is { } basis && basis.Value != "stated")
            {
                w.Line("SpeakerBasis = AttributionBasis." + Vocabulary.PascalCase(basis.Value) + ",");
            }

            Optional(w, "SpeakerEvidence", quote.SpeakerEvidence);
            w.Line("Mode = QuoteMode." + Vocabulary.PascalCase(quote.Mode.Value) + ",");
            Optional(w, "Cue", quote.Cue);
            if (quote.Via.Count > 0)
            {
                w.Line("Via = " + Handles(quote.Via) + ",");
            }

            if (quote.Said is { } said)
            {
                w.Line("Said = " + Date(said) + ",");
            }

            if (quote.SameStatementAs.Count > 0)
            {
                w.Line("SameStatementAs = " + Strings(quote.SameStatementAs) + ",");
            }
            w.Close("},");
        }

        w.Close("}),");
    }

    private static void List<T>(SourceWriter w, string property, string type, EquatableArray<T> items, System.Func<T, string> item)
        where T : System.IEquatable<T>
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Line(property + " = global::System.Array.AsReadOnly(new " + type + "[]").Open();
        foreach (var entry in items)
        {
            w.Line(item(entry) + ",");
        }

        w.Close("}),");
    }

    private void Optional(SourceWriter w, string property, Located? value)
    {
        if (value is { } text)
        {
            w.Line(property + " = " + S(text) + ",");
        }
    }

    private static string Handle(Located entityId) => "Entities." + Vocabulary.PascalCase(entityId.Value);

    private static string Handles(EquatableArray<Located> ids) => Literals.ReadOnlyArray("Entity", ids.Select(Handle));

    private string Strings(EquatableArray<Located> values) => Literals.ReadOnlyArray("string", values.Select(S));

    private string Credit(CreditSpec credit) =>
        "new Credit { " + (credit.Entity is { } entity ? "Entity = " + Handle(entity) + ", " : string.Empty)
        + "Basis = AttributionBasis." + Vocabulary.PascalCase(credit.Basis.Value)
        + (credit.Evidence is { } evidence ? ", Evidence = " + S(evidence) : string.Empty) + " }";

    private string Date(DateSpec date) =>
        "new KnownDate { Start = " + PartialDate(date.Start)
        + (date.End is { } end ? ", End = " + PartialDate(end) : string.Empty)
        + ", Precision = DatePrecision." + Vocabulary.PascalCase(date.Precision.Value)
        + ", Basis = DateBasis." + Vocabulary.PascalCase(date.Basis.Value)
        + (date.Evidence is { } evidence ? ", Evidence = " + S(evidence) : string.Empty) + " }";

    private static string PartialDate(PartialDateValue value)
    {
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return value.Shape switch
        {
            DateShape.Year => "new PartialDate(" + N(value.Year) + ")",
            DateShape.Month => "new PartialDate(" + N(value.Year) + ", " + N(value.Month) + ")",
            DateShape.Day => "new PartialDate(" + N(value.Year) + ", " + N(value.Month) + ", " + N(value.Day) + ")",
            _ => "new PartialDate(" + N(value.Year) + ", " + N(value.Month) + ", " + N(value.Day) + ", " + N(value.Hour) + ", " + N(value.Minute) + ", "
                + (value.OffsetMinutes is { } offset ? "global::System.TimeSpan.FromMinutes(" + N(offset) + ")" : "null") + ")",
        };
    }
}
