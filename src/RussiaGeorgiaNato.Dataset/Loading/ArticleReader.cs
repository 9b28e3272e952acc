using System;
using System.Globalization;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// Builds articles from their generated records (see <see cref="RecordReader"/>): one reader, JIT-compiled once
/// however many articles there are. An article is built when it is first reached (by id, by position or by
/// enumerating <see cref="Corpus.Articles"/>), once; its record is split on that first read and the parts are kept,
/// so a rebuild (the benchmarks') decodes nothing again. The body is decoded when first read, not when the article is
/// built. The text of an annotation (a quote, cue, date, event, figure, erratum) is not in the record: it is cut from
/// its part at its span (the text the generator checked it covers) when first read.
/// </summary>
internal sealed class ArticleReader
{
    private const int OffsetBias = 14 * 60;

    private readonly RecordReader _record;
    private string _headline = string.Empty;
    private string? _dateline;
    private string? _byline;
    private RecordText? _body;
    private Caption[] _captions = Array.Empty<Caption>();

    // Where the rest of the record (errata, mentions, cited sources, dates, figures) starts: read when first asked for.
    private int _restAt;

    private ArticleReader(RecordReader record) => _record = record;

    /// <summary>A reader of the rest of the record, at its start, with the printed parts its spans point into: its own cursor, so two threads never share one.</summary>
    private ArticleReader(ArticleReader read)
        : this(read._record.At(read._restAt))
    {
        _headline = read._headline;
        _dateline = read._dateline;
        _byline = read._byline;
        _body = read._body;
        _captions = read._captions;
    }

    /// <summary>Every article of the generated data, in corpus order, each built on first use.</summary>
    public static KeyedList<Article> All() => new(Records.Count, Records.Ids, Records.Find, Build);

    /// <summary>Builds the article at <paramref name="index"/> in corpus order from its record (split once, then kept).</summary>
    public static Article Build(int index) => new ArticleReader(RecordReader.Open(Records.Of(index))).Read();

    /// <summary>
    /// The article's errata, mentions, cited sources, dates and figures, read from the rest of its record when one of
    /// them is first asked for: a query over quotes builds none of them.
    /// </summary>
    public ArticleDetails ReadRest(Article article) => new ArticleReader(this).ReadDetails(article);

    private Article Read()
    {
        var id = _record.Text();
        var seed = _record.Text();
        _headline = _record.Text();
        var published = Date();
        _dateline = _record.OptionalText();
        _byline = _record.OptionalText();
        var publisher = Attribution();
        var origin = Attribution();
        var editor = _record.Flag() ? Attribution() : null;
        _body = _record.LazyText();
        _captions = _record.List(static caption => new Caption(text: caption.Text(), credit: Credit(caption.OptionalText())));
        var quotes = List(static article => article.Quote());
        _restAt = _record.Position;
        return new Article(
            id: id,
            seed: seed,
            headline: _headline,
            published: published,
            dateline: _dateline,
            byline: _byline,
            publisher: publisher,
            origin: origin,
            editor: editor,
            body: _body,
            captions: _captions,
            quotes: quotes,
            rest: this);
    }

    private ArticleDetails ReadDetails(Article article) => new(
        article,
        errata: List(static article => article.Erratum()),
        mentions: List(static article => new Mention(
            entity: Entity(article._record.Text()),
            forms: article._record.List(static form => form.Text()),
            occurrences: article.List(static occurrence => occurrence.Span()))),
        citedSources: _record.List(static cited => Entity(cited.Text())),
        dates: List(static article => article.DateMention()),
        figures: List(static article => article.Figure()));

    private Quote Quote()
    {
        var id = _record.Text();
        var span = Span();
        var speaker = Attribution();
        var described = OptionalSpan();
        var mode = (QuoteMode)_record.Number();
        var cue = OptionalSpan();
        return new Quote(
            id: id,
            span: span,
            caption: span.CaptionIndex is { } caption ? _captions[caption] : null,
            speaker: speaker,
            speakerDescriptionSpan: described,
            mode: mode,
            cueSpan: cue,
            relays: _record.List(static relay => Entity(relay.Text())),
            statementDate: _record.Flag() ? Date() : null,
            sameStatementAs: _record.List(static key => key.Text()));
    }

    private Erratum Erratum()
    {
        var span = Span();
        return new Erratum(span: span, intended: _record.OptionalText(), note: _record.OptionalText());
    }

    private Figure Figure()
    {
        var span = Span();
        return new Figure(
            span: span,
            minimum: Decimal(_record.Text()),
            maximum: _record.OptionalText() is { } maximum ? Decimal(maximum) : null,
            unit: _record.Text());
    }

    private DateMention DateMention()
    {
        var span = Span();
        var date = Date();
        var @event = OptionalSpan();
        return new DateMention(span: span, date: date, eventSpan: @event, isScheduled: _record.Flag());
    }

    /// <summary>A count, then that many items read with this article's parts at hand.</summary>
    private T[] List<T>(Func<ArticleReader, T> item) => _record.List(this, item);

    private TextSpan Span() => Span((TextPart)_record.Number());

    private TextSpan? OptionalSpan() => (TextPart)_record.Number() is var part and not TextPart.None ? Span(part) : null;

    /// <summary>The rest of a span whose part is read: a caption's index, then start and length, in the very text the article holds (the body not yet decoded).</summary>
    private TextSpan Span(TextPart part)
    {
        int? captionIndex = part == TextPart.Caption ? _record.Number() : null;
        var printedIn = part switch
        {
            TextPart.Headline => _headline,
            TextPart.Dateline => _dateline,
            TextPart.Byline => _byline,
            TextPart.Body => _body,
            TextPart.Caption => _captions[captionIndex!.Value].Text,
            _ => (object?)null,
        } ?? throw new InvalidOperationException("The generated record has a span in no printed part: " + part);
        return new TextSpan(part, captionIndex, start: _record.Number(), length: _record.Number(), printedIn);
    }

    private Attribution Attribution() => new(
        entity: _record.OptionalText() is { } id ? Entity(id) : null,
        description: _record.OptionalText(),
        basis: (AttributionBasis)_record.Number(),
        evidence: _record.OptionalText());

    /// <summary>A picture credit is printed beside its caption: stated.</summary>
    private static Attribution? Credit(string? entityId) => entityId is null ? null : new Attribution(Entity(entityId), null, AttributionBasis.Stated, null);

    private KnownDate Date() => new(
        start: PartialDate(),
        end: _record.Flag() ? PartialDate() : null,
        basis: (DateBasis)_record.Number(),
        evidence: _record.OptionalText());

    private PartialDate PartialDate()
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
                _record.OptionalNumber() is { } offset ? TimeSpan.FromMinutes(offset - OffsetBias) : null),
        };
    }

    private static Entity Entity(string id) => EntityReader.All[id];

    private static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>
    /// Where each article's record is, and each record, split on first use and kept. An id is found through its
    /// bucket's directory record alone (see the generated <c>GeneratedArticles.Directory</c>), so finding one article
    /// reads none of the other buckets' ids; the ids in corpus order (for <see cref="KeyedList{T}.Keys"/> and for
    /// reaching an article by position) are read from every bucket's directory once, when first needed.
    /// </summary>
    private static class Records
    {
        private static readonly RecordParts?[] Split = new RecordParts?[GeneratedArticles.Count];

        // Each article's bucket and slot as (bucket << 16 | slot) + 1, stored by Find as it finds them; 0 where not
        // found yet, and then the place comes from the directory read whole.
        private static readonly int[] Found = new int[GeneratedArticles.Count];

        private static readonly RecordParts?[] Directories = new RecordParts?[GeneratedArticles.BucketCount];

        private static AllPlaces? _all;
        private static string[]? _ids;

        public static int Count => GeneratedArticles.Count;

        /// <summary>Every id, in corpus order, decoded when first asked for (reaching an article by position needs only its place).</summary>
        public static string[] Ids() => _ids ?? ReadOnly.Once(ref _ids, ReadIds());

        /// <summary>The position of the article with this id, or -1: one bucket's directory record is read.</summary>
        public static int Find(string id)
        {
            var bucket = GeneratedArticles.BucketOf(id);
            var directory = RecordReader.Open(Directory(bucket));
            var count = directory.Number();
            for (var slot = 0; slot < count; slot++)
            {
                var (candidate, position) = (directory.Text(), directory.Number());
                if (string.Equals(candidate, id, StringComparison.Ordinal))
                {
                    Found[position] = Place(bucket, slot);
                    return position;
                }
            }

            return -1;
        }

        public static RecordParts Of(int index) => Split[index] ?? ReadOnly.Once(ref Split[index], Read(index));

        private static RecordParts Read(int index)
        {
            var place = Found[index] is var found and > 0 ? found : All().Places[index];
            return GeneratedArticles.Record(BucketOf(place), SlotOf(place));
        }

        private static RecordParts Directory(int bucket) => Directories[bucket] ?? ReadOnly.Once(ref Directories[bucket], GeneratedArticles.Directory(bucket));

        private static int Place(int bucket, int slot) => ((bucket << 16) | slot) + 1;

        private static int BucketOf(int place) => (place - 1) >> 16;

        private static int SlotOf(int place) => (place - 1) & 0xFFFF;

        private static AllPlaces All() => _all ?? ReadOnly.Once(ref _all, ReadAll());

        private static AllPlaces ReadAll()
        {
            var all = new AllPlaces(new int[Count], new int[Count]);
            for (var bucket = 0; bucket < GeneratedArticles.BucketCount; bucket++)
            {
                var directory = RecordReader.Open(Directory(bucket));
                var count = directory.Number();
                for (var slot = 0; slot < count; slot++)
                {
                    var id = directory.Number();
                    var position = directory.Number();
                    all.IdTexts[position] = id;
                    all.Places[position] = Place(bucket, slot);
                }
            }

            return all;
        }

        private static string[] ReadIds()
        {
            var all = All();
            var ids = new string[Count];
            for (var position = 0; position < ids.Length; position++)
            {
                ids[position] = Directory(BucketOf(all.Places[position])).Text(all.IdTexts[position]);
            }

            return ids;
        }

        /// <summary>Every place in corpus order, and where its id is in its bucket's directory record: published as one object so a reader on another thread sees both filled.</summary>
        private sealed class AllPlaces
        {
            public AllPlaces(int[] idTexts, int[] places)
            {
                IdTexts = idTexts;
                Places = places;
            }

            public int[] IdTexts { get; }

            public int[] Places { get; }
        }
    }
}
