using System;
#if RECORD_WRITER
using Dataset.Generators.Outputs;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;
#else
using System.Globalization;
#endif

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// An article's record: its head (read when the article is built: id, seed, headline, publication, dateline, byline,
/// publisher, origin, editor, body, captions, quotes), then its annotations (read together when the first of them is
/// asked for: errata, mentions, cited sources, dates, figures). Each part's writer (the generator's, from the
/// validated specs) sits just above its reader (the package's, into the model), field for field. An annotation's
/// text is the text its span covers, so the record keeps it once, in its part; the reader cuts it when first read.
/// </summary>
internal sealed class ArticleFormat
{
#if RECORD_WRITER
    public static RecordData Write(ValidArticle article)
    {
        var record = new RecordWriter();
        var spec = article.Spec;
        record.Text(spec.Id.Value);
        record.Text(spec.Seed.Value);
        record.Text(spec.Headline.Value);
        WriteDate(record, spec.Published);
        record.OptionalText(spec.Dateline?.Value);
        record.OptionalText(spec.Byline?.Value);
        WriteCredit(record, spec.Publisher);
        WriteCredit(record, spec.Origin);
        record.Flag(spec.Editor is not null);
        if (spec.Editor is { } editor)
        {
            WriteCredit(record, editor);
        }

        record.Text(spec.Body.Value);
        record.List(spec.Captions, static (captions, caption) => WriteCaption(captions, caption));
        record.List(article.Quotes, (quotes, quote) => WriteQuote(quotes, quote, spec));

        // The annotations, read when the first of them is asked for.
        record.Number(spec.Errata.Count);
        for (var i = 0; i < spec.Errata.Count; i++)
        {
            WriteErratum(record, spec.Errata[i], article.Errata[i], spec);
        }

        record.List(article.Mentions, static (mentions, mention) => WriteMention(mentions, mention));
        record.List(spec.CitedSources, static (cited, entity) => cited.Text(entity.Value));
        record.List(article.Dates, (dates, date) => WriteDateMention(dates, date, spec));
        record.Number(spec.Figures.Count);
        for (var i = 0; i < spec.Figures.Count; i++)
        {
            WriteFigure(record, spec.Figures[i], article.Figures[i], spec);
        }

        return record.ToData();
    }
#else
    private readonly RecordReader _record;
    private ArticleText _text = null!;

    private ArticleFormat(RecordReader record) => _record = record;

    /// <summary>Builds an article from its head; its annotations are read from the rest when first asked for.</summary>
    public static Article Read(RecordParts parts) => new ArticleFormat(RecordReader.Open(parts)).ReadHead();

    private Article ReadHead()
    {
        var id = _record.Text();
        var seed = _record.Text();
        var headline = _record.Text();
        var published = ReadDate();
        var dateline = _record.OptionalText();
        var byline = _record.OptionalText();
        var publisher = ReadAttribution();
        var origin = ReadAttribution();
        var editor = _record.Flag() ? ReadAttribution() : null;
        var body = _record.DeferredText();
        var captions = _record.List(static caption => ReadCaption(caption));
        _text = new ArticleText(headline, dateline, byline, body, captions);
        var quotes = List(static article => article.ReadQuote());
        return new Article(
            id: id,
            seed: seed,
            text: _text,
            published: published,
            publisher: publisher,
            origin: origin,
            editor: editor,
            quotes: quotes,
            annotations: new Annotations(_record.Position, this));
    }

    private ArticleAnnotations ReadAnnotations(Article article)
    {
        var annotations = new ArticleAnnotations(
            article,
            errata: List(static article => article.ReadErratum()),
            mentions: List(static article => article.ReadMention()),
            citedSources: _record.List(static cited => Entity(cited.Text())),
            dates: List(static article => article.ReadDateMention()),
            figures: List(static article => article.ReadFigure()));
        return _record.AtEnd
            ? annotations
            : throw new InvalidOperationException("The record of '" + article.Id + "' has fields its reader skips.");
    }

    /// <summary>
    /// Reads an article's annotations from where its head ends, with the printed parts their spans point into: a
    /// cursor of its own each time, so two threads never share one.
    /// </summary>
    private sealed class Annotations : IAnnotationSource
    {
        private readonly int _position;
        private readonly ArticleFormat _head;

        public Annotations(int position, ArticleFormat head)
        {
            _position = position;
            _head = head;
        }

        public ArticleAnnotations Read(Article article) =>
            new ArticleFormat(_head._record.At(_position)) { _text = _head._text }.ReadAnnotations(article);
    }

    /// <summary>A count, then that many items read with this article's printed parts at hand.</summary>
    private T[] List<T>(Func<ArticleFormat, T> item) => _record.List(this, item);
#endif

#if RECORD_WRITER
    /// <summary>A caption and its credit (an entity id).</summary>
    private static void WriteCaption(RecordWriter record, CaptionSpec caption)
    {
        record.Text(caption.Text.Value);
        record.OptionalText(caption.Credit?.Value);
    }
#else
    /// <summary>A picture credit is printed beside its caption: stated.</summary>
    private static Caption ReadCaption(RecordReader record) => new(
        text: record.Text(),
        credit: record.OptionalText() is { } entity
            ? new Attribution(Entity(entity), null, AttributionBasis.Stated, null)
            : null);
#endif

#if RECORD_WRITER
    private static void WriteQuote(RecordWriter record, PlacedQuote placed, ArticleSpec article)
    {
        var quote = placed.Quote;
        record.Text(quote.Id.Value);
        WriteSpan(record, placed.Span, article, quote.Text);
        WriteAttribution(record, quote.Speaker, quote.SpeakerBasis.Value, quote.SpeakerEvidence);
        WriteOptionalSpan(record, placed.SpeakerDescription, article, quote.SpeakerDescription);
        record.Number((int)quote.Mode);
        WriteOptionalSpan(record, placed.Cue, article, quote.Cue);
        record.List(quote.Relays, static (relays, relay) => relays.Text(relay.Value));
        record.Flag(quote.StatementDate is not null);
        if (quote.StatementDate is { } statementDate)
        {
            WriteDate(record, statementDate);
        }

        record.List(quote.SameStatementAs, static (keys, key) => keys.Text(key.Value));
    }
#else
    private Quote ReadQuote()
    {
        var id = _record.Text();
        var span = ReadSpan();
        var speaker = ReadAttribution();
        var described = ReadOptionalSpan();
        var mode = (QuoteMode)_record.Number();
        var cue = ReadOptionalSpan();
        return new Quote(
            id: id,
            span: span,
            caption: span.CaptionIndex is { } caption ? _text.Captions[caption] : null,
            speaker: speaker,
            speakerDescriptionSpan: described,
            mode: mode,
            cueSpan: cue,
            relays: _record.List(static relay => Entity(relay.Text())),
            statementDate: _record.Flag() ? ReadDate() : null,
            sameStatementAs: _record.List(static key => key.Text()));
    }
#endif

#if RECORD_WRITER
    private static void WriteErratum(RecordWriter record, ErratumSpec erratum, SpanSpec span, ArticleSpec article)
    {
        WriteSpan(record, span, article, erratum.Printed);
        record.OptionalText(erratum.Intended?.Value);
        record.OptionalText(erratum.Note?.Value);
    }
#else
    private Erratum ReadErratum() =>
        new(span: ReadSpan(), intended: _record.OptionalText(), note: _record.OptionalText());
#endif

#if RECORD_WRITER
    /// <summary>The entity, the forms, then every occurrence (spans with no annotation text of their own).</summary>
    private static void WriteMention(RecordWriter record, PlacedMention placed)
    {
        record.Text(placed.Mention.Entity.Value);
        record.List(placed.Mention.Forms, static (forms, form) => forms.Text(form.Value));
        record.List(placed.Occurrences, static (occurrences, occurrence) => WriteSpan(occurrences, occurrence));
    }
#else
    private Mention ReadMention() => new(
        entity: Entity(_record.Text()),
        forms: _record.List(static form => form.Text()),
        occurrences: List(static article => article.ReadSpan()));
#endif

#if RECORD_WRITER
    private static void WriteDateMention(RecordWriter record, PlacedDate placed, ArticleSpec article)
    {
        WriteSpan(record, placed.Span, article, placed.Date.Text);
        WriteDate(record, placed.Date.Date);
        WriteOptionalSpan(record, placed.Event, article, placed.Date.Event);
        record.Flag(placed.Date.Scheduled);
    }
#else
    private DateMention ReadDateMention() => new(
        span: ReadSpan(),
        date: ReadDate(),
        eventSpan: ReadOptionalSpan(),
        isScheduled: _record.Flag());
#endif

#if RECORD_WRITER
    /// <summary>
    /// The value and the maximum as plain digits with at most one dot (the parser admits no other form).
    /// </summary>
    private static void WriteFigure(RecordWriter record, FigureSpec figure, SpanSpec span, ArticleSpec article)
    {
        WriteSpan(record, span, article, figure.Text);
        record.Text(figure.Value.Value);
        record.OptionalText(figure.Maximum?.Value);
        record.Text(figure.Unit.Value);
    }
#else
    private Figure ReadFigure() => new(
        span: ReadSpan(),
        minimum: Decimal(_record.Text()),
        maximum: _record.OptionalText() is { } maximum ? Decimal(maximum) : null,
        unit: _record.Text());

    private static decimal Decimal(string text) =>
        decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
#endif

#if RECORD_WRITER
    /// <summary>The part (never <c>None</c>), the caption index for a caption, the start and the length.</summary>
    private static void WriteSpan(RecordWriter record, SpanSpec span)
    {
        record.Number((int)span.Part);
        if (span.Part == TextPart.Caption)
        {
            record.Number(span.CaptionIndex
                ?? throw new ArgumentException("a caption span names its caption", nameof(span)));
        }

        record.Number(span.Start);
        record.Number(span.Length);
    }

    /// <summary>
    /// The span of an annotation whose text is what the span covers, and so is not written. Validation placed the span
    /// on that very text; this checks it again, so a mistake there is a located DSG901, never a changed text.
    /// </summary>
    private static void WriteSpan(RecordWriter record, SpanSpec span, ArticleSpec article, Located text)
    {
        var printed = PrintedIn(article, span);
        if (span.Start < 0 || span.Length != text.Value.Length || span.Start + span.Length > printed.Length
            || string.CompareOrdinal(printed, span.Start, text.Value, 0, span.Length) != 0)
        {
            throw new InvalidOperationException("the span " + span + " does not cover '" + text.Value + "'");
        }

        WriteSpan(record, span);
    }

    /// <summary>An annotation's span, or 0 (the part <c>None</c>) when it has no text.</summary>
    private static void WriteOptionalSpan(RecordWriter record, SpanSpec? span, ArticleSpec article, Located? text)
    {
        if (span is { } value && text is { } printed)
        {
            WriteSpan(record, value, article, printed);
        }
        else if (span is null && text is null)
        {
            record.Number((int)TextPart.None);
        }
        else
        {
            throw new InvalidOperationException(
                "an annotation has " + (span is null ? "a text but no span" : "a span but no text"));
        }
    }

    private static string PrintedIn(ArticleSpec article, SpanSpec span) => span.Part switch
    {
        TextPart.Headline => article.Headline.Value,
        TextPart.Dateline => article.Dateline?.Value,
        TextPart.Byline => article.Byline?.Value,
        TextPart.Body => article.Body.Value,
        TextPart.Caption => span.CaptionIndex is { } index && index < article.Captions.Count
            ? article.Captions[index].Text.Value
            : null,
        _ => null,
    } ?? throw new InvalidOperationException("the span " + span + " is in no printed part");
#else
    private TextSpan ReadSpan() => ReadSpan((TextPart)_record.Number());

    private TextSpan? ReadOptionalSpan() =>
        (TextPart)_record.Number() is var part and not TextPart.None ? ReadSpan(part) : null;

    /// <summary>
    /// The rest of a span whose part is read, in the article's printed parts (the body not yet decoded).
    /// </summary>
    private TextSpan ReadSpan(TextPart part)
    {
        int? captionIndex = part == TextPart.Caption ? _record.Number() : null;
        if (!_text.Prints(part, captionIndex))
        {
            throw new InvalidOperationException("The generated record has a span in no printed part: " + part);
        }

        return new TextSpan(part, captionIndex, start: _record.Number(), length: _record.Number(), _text);
    }
#endif

#if RECORD_WRITER
    private static void WriteCredit(RecordWriter record, CreditSpec credit) =>
        WriteAttribution(record, credit.Entity, credit.Basis.Value, credit.Evidence);

    /// <summary>
    /// The entity id, the basis and the evidence. An unnamed speaker's description is not written: it is the text
    /// of the quote's <c>SpeakerDescriptionSpan</c>.
    /// </summary>
    private static void WriteAttribution(
        RecordWriter record, Located? entity, AttributionBasis basis, Located? evidence)
    {
        record.OptionalText(entity?.Value);
        record.Number((int)basis);
        record.OptionalText(evidence?.Value);
    }
#else
    private Attribution ReadAttribution() => new(
        entity: _record.OptionalText() is { } id ? Entity(id) : null,
        description: null,
        basis: (AttributionBasis)_record.Number(),
        evidence: _record.OptionalText());
#endif

#if RECORD_WRITER
    private static void WriteDate(RecordWriter record, DateSpec date)
    {
        WritePartialDate(record, date.Start);
        record.Flag(date.End is not null);
        if (date.End is { } end)
        {
            WritePartialDate(record, end);
        }

        record.Number((int)date.Basis.Value);
        record.OptionalText(date.Evidence?.Value);
    }
#else
    private KnownDate ReadDate() => new(
        start: ReadPartialDate(),
        end: _record.Flag() ? ReadPartialDate() : null,
        basis: (DateBasis)_record.Number(),
        evidence: _record.OptionalText());
#endif

#if RECORD_WRITER
    /// <summary>The precision, then as many fields as it has: year, month, day, then hour, minute and offset.</summary>
    private static void WritePartialDate(RecordWriter record, PartialDateValue value)
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
            record.OptionalNumber(value.OffsetMinutes is { } offset ? offset + RecordFormat.OffsetBias : null);
        }
    }
#else
    private PartialDate ReadPartialDate()
    {
        var precision = (DatePrecision)_record.Number();
        var year = _record.Number();
        return precision switch
        {
            DatePrecision.Year => new PartialDate(year),
            DatePrecision.Month => new PartialDate(year, _record.Number()),
            DatePrecision.Day => new PartialDate(year, _record.Number(), _record.Number()),
            _ => new PartialDate(
                year, _record.Number(), _record.Number(), _record.Number(), _record.Number(),
                _record.OptionalNumber() is { } offset ? TimeSpan.FromMinutes(offset - RecordFormat.OffsetBias) : null),
        };
    }

    private static Entity Entity(string id) => EntityReader.All[id];
#endif
}
