using System;
using System.Linq;
using Dataset.Generators.Outputs;
using Dataset.Generators.Parsing;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes each article as data: a <see cref="RecordWriter"/> record that the package's <c>ArticleReader</c> turns
/// into objects when the article is first reached. The records are gathered in <see cref="Buckets"/>, one generated
/// file and one literal each (see <see cref="RecordBlock"/>), so the runtime JIT-compiles one reader and resolves a
/// few literals whatever the number of articles, instead of a factory method per article. The article is already
/// validated: every entity id resolves and every annotation comes with its spans. An annotation's text is the text
/// its span covers, so the record keeps it once, in its part. The field order here is the reader's, one for one.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>The offset of a UTC offset in minutes, so the record holds no negative number (offsets lie within 14 hours).</summary>
    private const int OffsetBias = 14 * 60;

    public static string HintName(int bucket) => "Articles.Bucket" + bucket.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The name of the property that holds the records of a bucket.</summary>
    public static string BucketRecords(int bucket) => "Bucket" + Literals.Number(bucket) + "Records";

    /// <summary>The article's record, the same for every target (its bucket decides how it is written).</summary>
    public static ArticleRecord Record(ValidArticle article)
    {
        var record = new RecordWriter();
        Write(record, article);
        return new ArticleRecord
        {
            Id = article.Spec.Id.Value,
            Path = article.Spec.Path,
            EarliestDay = DateLiteral.EarliestDay(article.Spec.Published.Start),
            Data = record.ToData(),
        };
    }

    /// <summary>A bucket's file: its records as one block (see <see cref="RecordBlock"/>), in slot order, each commented with its article id.</summary>
    public static string EmitBucket(RecordBucket bucket, bool utf8Target)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, "the article files of bucket " + Literals.Number(bucket.Number));
        writer.WriteLine("internal static partial class GeneratedArticles");
        writer.OpenBlock();
        RecordBlock.Write(
            writer,
            "The records of the articles in bucket " + Literals.Number(bucket.Number) + ", by slot (their ids in order), read by <see cref=\"ArticleReader\"/>.",
            BucketRecords(bucket.Number),
            bucket.Articles.Select(article => (article.Id, article.Data!)).ToList(),
            utf8Target);
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static void Write(RecordWriter record, ValidArticle article)
    {
        var spec = article.Spec;
        record.Text(spec.Id.Value);
        record.Text(spec.Seed.Value);
        record.Text(spec.Headline.Value);
        Date(record, spec.Published);
        record.OptionalText(spec.Dateline?.Value);
        record.OptionalText(spec.Byline?.Value);
        Credit(record, spec.Publisher);
        Credit(record, spec.Origin);
        record.Flag(spec.Editor is not null);
        if (spec.Editor is { } editor)
        {
            Credit(record, editor);
        }

        record.Text(spec.Body.Value);

        record.Number(spec.Captions.Count);
        foreach (var caption in spec.Captions)
        {
            record.Text(caption.Text.Value);
            record.OptionalText(caption.Credit?.Value);
        }

        record.Number(article.Quotes.Count);
        foreach (var placed in article.Quotes)
        {
            var quote = placed.Quote;
            record.Text(quote.Id.Value);
            Span(record, placed.Span, spec, quote.Text);
            Attribution(record, quote.Speaker, description: null, quote.SpeakerBasis.Value, quote.SpeakerEvidence);
            OptionalSpan(record, placed.SpeakerDescription, spec, quote.SpeakerDescription);
            record.Number((int)quote.Mode);
            OptionalSpan(record, placed.Cue, spec, quote.Cue);
            Texts(record, quote.Relays);
            record.Flag(quote.StatementDate is not null);
            if (quote.StatementDate is { } said)
            {
                Date(record, said);
            }

            Texts(record, quote.SameStatementAs);
        }

        // The rest is read when the article's errata, mentions, cited sources, dates or figures are first asked for.
        record.Number(spec.Errata.Count);
        for (var i = 0; i < spec.Errata.Count; i++)
        {
            var erratum = spec.Errata[i];
            Span(record, article.Errata[i], spec, erratum.Printed);
            record.OptionalText(erratum.Intended?.Value);
            record.OptionalText(erratum.Note?.Value);
        }

        record.Number(article.Mentions.Count);
        foreach (var placed in article.Mentions)
        {
            record.Text(placed.Mention.Entity.Value);
            Texts(record, placed.Mention.Forms);
            record.Number(placed.Occurrences.Count);
            foreach (var occurrence in placed.Occurrences)
            {
                Span(record, occurrence);
            }
        }

        Texts(record, spec.CitedSources);

        record.Number(article.Dates.Count);
        foreach (var placed in article.Dates)
        {
            Span(record, placed.Span, spec, placed.Date.Text);
            Date(record, placed.Date.Date);
            OptionalSpan(record, placed.Event, spec, placed.Date.Event);
            record.Flag(placed.Date.Scheduled);
        }

        record.Number(spec.Figures.Count);
        for (var i = 0; i < spec.Figures.Count; i++)
        {
            var figure = spec.Figures[i];
            Span(record, article.Figures[i], spec, figure.Text);
            record.Text(figure.Value.Value); // plain digits with at most one dot (the parser admits no other form)
            record.OptionalText(figure.Maximum?.Value);
            record.Text(figure.Unit.Value);
        }
    }

    private static void Texts(RecordWriter record, EquatableArray<Located> texts)
    {
        record.Number(texts.Count);
        foreach (var text in texts)
        {
            record.Text(text.Value);
        }
    }

    /// <summary>The part (never <c>None</c>), the caption index for a caption, the start and the length.</summary>
    private static void Span(RecordWriter record, SpanSpec span)
    {
        record.Number((int)span.Part);
        if (span.Part == TextPart.Caption)
        {
            record.Number(span.CaptionIndex ?? throw new ArgumentException("a caption span names its caption", nameof(span)));
        }

        record.Number(span.Start);
        record.Number(span.Length);
    }

    /// <summary>
    /// The span of an annotation whose text is what the span covers, and so is not written: the reader cuts it from the
    /// part. Validation placed the span on that very text; this checks it again, so a mistake there is a located
    /// DSG901, never a changed text.
    /// </summary>
    private static void Span(RecordWriter record, SpanSpec span, ArticleSpec article, Located text)
    {
        var printed = PrintedIn(article, span);
        if (span.Start < 0 || span.Length != text.Value.Length || span.Start + span.Length > printed.Length
            || string.CompareOrdinal(printed, span.Start, text.Value, 0, span.Length) != 0)
        {
            throw new InvalidOperationException("the span " + span + " does not cover '" + text.Value + "'");
        }

        Span(record, span);
    }

    /// <summary>An annotation's span, or 0 (the part <c>None</c>) when it has no text; its text is not written (see above).</summary>
    private static void OptionalSpan(RecordWriter record, SpanSpec? span, ArticleSpec article, Located? text)
    {
        if (span is { } value && text is { } printed)
        {
            Span(record, value, article, printed);
        }
        else if (span is null && text is null)
        {
            record.Number((int)TextPart.None);
        }
        else
        {
            throw new InvalidOperationException("an annotation has " + (span is null ? "a text but no span" : "a span but no text"));
        }
    }

    private static string PrintedIn(ArticleSpec article, SpanSpec span) => span.Part switch
    {
        TextPart.Headline => article.Headline.Value,
        TextPart.Dateline => article.Dateline?.Value,
        TextPart.Byline => article.Byline?.Value,
        TextPart.Body => article.Body.Value,
        TextPart.Caption => span.CaptionIndex is { } index && index < article.Captions.Count ? article.Captions[index].Text.Value : null,
        _ => null,
    } ?? throw new InvalidOperationException("the span " + span + " is in no printed part");

    private static void Credit(RecordWriter record, CreditSpec credit) => Attribution(record, credit.Entity, null, credit.Basis.Value, credit.Evidence);

    private static void Attribution(RecordWriter record, Located? entity, Located? description, AttributionBasis basis, Located? evidence)
    {
        record.OptionalText(entity?.Value);
        record.OptionalText(description?.Value);
        record.Number((int)basis);
        record.OptionalText(evidence?.Value);
    }

    private static void Date(RecordWriter record, DateSpec date)
    {
        PartialDate(record, date.Start);
        record.Flag(date.End is not null);
        if (date.End is { } end)
        {
            PartialDate(record, end);
        }

        record.Number((int)date.Basis.Value);
        record.OptionalText(date.Evidence?.Value);
    }

    /// <summary>The precision, then as many fields as it has: year, month, day, then hour, minute and offset for a minute.</summary>
    private static void PartialDate(RecordWriter record, PartialDateValue value)
    {
        record.Number((int)value.Precision);
        record.Number(value.Year);
        if (value.Precision >= DatePrecision.Month)
        {
            record.Number(value.Month);
        }

        if (value.Precision >= DatePrecision.Day)
        {
            record.Number(value.Day);
        }

        if (value.Precision == DatePrecision.Minute)
        {
            record.Number(value.Hour);
            record.Number(value.Minute);
            record.OptionalNumber(value.OffsetMinutes is { } offset ? offset + OffsetBias : null);
        }
    }
}
