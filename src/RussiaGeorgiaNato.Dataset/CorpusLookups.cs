using System.Collections.Generic;
using System.Linq;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// The lookups behind <see cref="Corpus"/> and the navigation properties. Each is built on its first use, once
/// (thread-safe), so no query scans the corpus and start-up pays only for the lookups a program actually uses.
/// Keyed by instance: articles, entities and quotes are identity objects.
/// </summary>
internal sealed class CorpusLookups
{
    private static readonly IReadOnlyList<Mention> NoMentions = ReadOnly.List(System.Array.Empty<Mention>());
    private static readonly IReadOnlyList<Quote> NoQuotes = ReadOnly.List(System.Array.Empty<Quote>());

    private KeyedList<Quote>? _quotes;
    private IReadOnlyList<Mention>? _mentions;
    private Dictionary<Entity, IReadOnlyList<Mention>>? _mentionsByEntity;
    private Dictionary<Entity, IReadOnlyList<Quote>>? _quotesBySpeaker;
    private Dictionary<Quote, IReadOnlyList<Quote>>? _copies;
    private PublicationOrder? _publicationOrder;

    public CorpusLookups(KeyedList<Article> articles) => Articles = articles;

    public KeyedList<Article> Articles { get; }

    public KeyedList<Quote> Quotes => _quotes ?? LazyField.Publish(
        ref _quotes,
        new KeyedList<Quote>(KeyedSource<Quote>.Built(Articles.SelectMany(a => a.Quotes).ToArray(), q => q.Key)));

    public IReadOnlyList<Mention> Mentions =>
        _mentions ?? LazyField.Publish(ref _mentions, ReadOnly.List(Articles.SelectMany(a => a.Mentions).ToArray()));

    private Dictionary<Entity, IReadOnlyList<Mention>> MentionsByEntity => _mentionsByEntity ?? LazyField.Publish(
        ref _mentionsByEntity,
        Mentions.GroupBy(m => m.Entity).ToDictionary(g => g.Key, g => ReadOnly.List(g.ToArray())));

    private Dictionary<Entity, IReadOnlyList<Quote>> QuotesBySpeaker => _quotesBySpeaker ?? LazyField.Publish(
        ref _quotesBySpeaker,
        Quotes.Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!)
            .ToDictionary(g => g.Key, g => ReadOnly.List(g.ToArray())));

    private Dictionary<Quote, IReadOnlyList<Quote>> Copies =>
        _copies ?? LazyField.Publish(ref _copies, LinkCopies(Quotes));

    private PublicationOrder Dates =>
        _publicationOrder ?? LazyField.Publish(ref _publicationOrder, new PublicationOrder(Articles));

    public IReadOnlyList<Mention> MentionsOf(Entity entity) =>
        MentionsByEntity.TryGetValue(entity, out var mentions) ? mentions : NoMentions;

    public IReadOnlyList<Quote> QuotesBy(Entity entity) =>
        QuotesBySpeaker.TryGetValue(entity, out var quotes) ? quotes : NoQuotes;

    // Articles are ordered by earliest day; one can start at most _widest before `from` and still reach it.
    public IReadOnlyList<Article> PublishedBetween(System.DateTime from, System.DateTime to)
    {
        var result = new List<Article>();
        var (earliest, widest) = (Dates.Earliest, Dates.Widest);
        var start = from.Ticks - widest.Ticks < System.DateTime.MinValue.Ticks
            ? System.DateTime.MinValue
            : from - widest;
        var i = System.Array.BinarySearch(earliest, start);
        i = i < 0 ? ~i : i;
        while (i > 0 && earliest[i - 1] == start)
        {
            i--;
        }

        for (; i < earliest.Length && earliest[i] <= to; i++)
        {
            if (Articles[i].Published.Latest >= from)
            {
                result.Add(Articles[i]);
            }
        }

        return result.AsReadOnly();
    }

    public IReadOnlyList<Quote> CopiesOf(Quote quote) =>
        Copies.TryGetValue(quote, out var copies) ? copies : NoQuotes;

    // A same-statement link may be written on one side or both; copies are the connected groups.
    private static Dictionary<Quote, IReadOnlyList<Quote>> LinkCopies(KeyedList<Quote> quotes)
    {
        var neighbours = new Dictionary<Quote, List<Quote>>();
        foreach (var quote in quotes)
        {
            foreach (var key in quote.SameStatementAs)
            {
                if (quotes.TryGetValue(key, out var other) && other != quote)
                {
                    Neighbours(quote).Add(other);
                    Neighbours(other).Add(quote);
                }
            }
        }

        var copies = new Dictionary<Quote, IReadOnlyList<Quote>>();
        foreach (var start in neighbours.Keys)
        {
            if (copies.ContainsKey(start))
            {
                continue;
            }

            var group = new List<Quote> { start };
            var inGroup = new HashSet<Quote> { start };
            for (var i = 0; i < group.Count; i++)
            {
                foreach (var next in neighbours[group[i]])
                {
                    if (inGroup.Add(next))
                    {
                        group.Add(next);
                    }
                }
            }

            var ordered = group.OrderBy(q => q.Key, System.StringComparer.Ordinal).ToArray();
            foreach (var member in ordered)
            {
                copies[member] = ReadOnly.List(ordered.Where(q => q != member).ToArray());
            }
        }

        return copies;

        List<Quote> Neighbours(Quote quote)
        {
            if (!neighbours.TryGetValue(quote, out var list))
            {
                neighbours[quote] = list = new List<Quote>();
            }

            return list;
        }
    }

    /// <summary>
    /// Each article's earliest day, in corpus order, and the widest span any publication date covers.
    /// </summary>
    private sealed class PublicationOrder
    {
        public PublicationOrder(KeyedList<Article> articles)
        {
            Earliest = articles.Select(a => a.Published.Earliest).ToArray();
            Widest = articles.Select(a => a.Published.Latest - a.Published.Earliest).DefaultIfEmpty().Max();
        }

        public System.DateTime[] Earliest { get; }

        public System.TimeSpan Widest { get; }
    }
}
