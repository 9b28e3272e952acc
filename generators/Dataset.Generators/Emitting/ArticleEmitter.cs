using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Generators.Model;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes one article's factory method. The spec is already validated: every entity id resolves to a
/// handle on <c>Entities</c> and every quote text occurs in the body.
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(string articleId) => "Article." + articleId + ".g.cs";

    public static string Emit(ArticleSpec article)
    {
        var w = new SourceWriter();
        w.FileStart(System.IO.Path.GetFileName(article.Path));
        w.Line("internal static partial class GeneratedArticles").Open();
        w.Line("private static Article " + Literals.ArticleMethod(article.Id.Value) + "()").Open();
        w.Line("const string Id = " + Literals.String(article.Id.Value) + ";");
        if (article.Captions.Count > 0)
        {
            // A local, so a quote printed in a caption refers to the same Caption instance the article lists.
            w.Line("var captions = new Caption[]").Open();
            foreach (var caption in article.Captions)
            {
                w.Line("new Caption { Text = " + Literals.String(caption.Text.Value) + (caption.Credit is { } credit ? ", Credit = " + Handle(credit) : string.Empty) + " },");
            }

            w.Close("};");
        }

        w.Line("return new Article").Open();
        w.Line("Id = Id,");
        w.Line("Seed = " + Literals.String(article.Seed.Value) + ",");
        w.Line("Headline = " + Literals.String(article.Headline.Value) + ",");
        w.Line("Published = " + Date(article.Published) + ",");
        Optional(w, "Dateline", article.Dateline);
        Optional(w, "Byline", article.Byline);
        w.Line("Publisher = " + Credit(article.Publisher) + ",");
        w.Line("Origin = " + Credit(article.Origin) + ",");
        if (article.Editor is { } editor)
        {
            w.Line("Editor = " + Credit(editor) + ",");
        }

        w.Line("Body = " + Literals.String(article.Body.Value) + ",");
        if (article.Captions.Count > 0)
        {
            w.Line("Captions = global::System.Array.AsReadOnly(captions),");
        }

        List(w, "Errata", "Erratum", article.Errata, erratum =>
            "new Erratum { Printed = " + Literals.String(erratum.Printed.Value)
            + (erratum.Intended is { } intended ? ", Intended = " + Literals.String(intended.Value) : string.Empty)
            + (erratum.Note is { } note ? ", Note = " + Literals.String(note.Value) : string.Empty) + " }");
        List(w, "Mentions", "Mention", article.Mentions, mention =>
            "new Mention { ArticleId = Id, Entity = " + Handle(mention.Entity) + ", Forms = " + Strings(mention.Forms) + " }");
        List(w, "Cites", "Entity", article.Cites, Handle);
        QuoteList(w, article);
        List(w, "Dates", "DateMention", article.Dates, date =>
            "new DateMention { Text = " + Literals.String(date.Text.Value) + ", Date = " + Date(date.Date)
            + (date.Event is { } happened ? ", Event = " + Literals.String(happened.Value) : string.Empty)
            + (date.Scheduled ? ", IsScheduled = true" : string.Empty) + " }");
        List(w, "Figures", "Figure", article.Figures, figure =>
            "new Figure { Text = " + Literals.String(figure.Text.Value) + ", Value = " + Literals.Decimal(figure.Value.Value)
            + (figure.Max is { } max ? ", Max = " + Literals.Decimal(max.Value) : string.Empty) + ", Unit = " + Literals.String(figure.Unit.Value) + " }");
        w.Close("};");
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void QuoteList(SourceWriter w, ArticleSpec article)
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
            w.Line("Text = " + Literals.String(quote.Text.Value) + ",");
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

    private static void Optional(SourceWriter w, string property, Located? value)
    {
        if (value is { } text)
        {
            w.Line(property + " = " + Literals.String(text.Value) + ",");
        }
    }

    private static string Handle(Located entityId) => "Entities." + Vocabulary.PascalCase(entityId.Value);

    private static string Handles(EquatableArray<Located> ids) => Literals.ReadOnlyArray("Entity", ids.Select(Handle));

    private static string Strings(EquatableArray<Located> values) => Literals.ReadOnlyArray("string", values.Select(v => Literals.String(v.Value)));

    private static string Credit(CreditSpec credit) =>
        "new Credit { " + (credit.Entity is { } entity ? "Entity = " + Handle(entity) + ", " : string.Empty)
        + "Basis = AttributionBasis." + Vocabulary.PascalCase(credit.Basis.Value)
        + (credit.Evidence is { } evidence ? ", Evidence = " + Literals.String(evidence.Value) : string.Empty) + " }";

    private static string Date(DateSpec date) =>
        "new KnownDate { Start = " + PartialDate(date.Start)
        + (date.End is { } end ? ", End = " + PartialDate(end) : string.Empty)
        + ", Precision = DatePrecision." + Vocabulary.PascalCase(date.Precision.Value)
        + ", Basis = DateBasis." + Vocabulary.PascalCase(date.Basis.Value)
        + (date.Evidence is { } evidence ? ", Evidence = " + Literals.String(evidence.Value) : string.Empty) + " }";

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
