using System.Collections.Generic;
using System.Linq;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// The whole dataset: every article, entity and quote, built at compile time from the curated YAML.
/// Lists are in a stable order (articles by published date, then id); lookups by id are constant time.
/// </summary>
/// <example>
/// <code>
/// var lavrov = Corpus.Quotes.Where(q => q.Speaker == Entities.SergeiLavrov);
/// var article = Corpus.Articles.Find("2008-08-21-lavrov-no-plans-to-slam-door");
/// </code>
/// </example>
public static class Corpus
{
    /// <summary>Every article, ordered by the earliest day it can have been published, then by id.</summary>
    public static IdList<Article> Articles => Index.Articles;

    /// <summary>Every entity of the registry, ordered by id.</summary>
    public static IdList<Entity> Entities => Index.Entities;

    /// <summary>Every quote of every article, in article order, then in the order they appear.</summary>
    public static IReadOnlyList<Quote> Quotes => Index.Quotes;

    /// <summary>Every mention of an entity in an article, in article order.</summary>
    public static IReadOnlyList<Mention> Mentions => Index.Mentions;

    /// <summary>
    /// The articles whose publication can fall between <paramref name="from"/> and <paramref name="to"/> (both
    /// days included): an article known only to a month or a range is included when that span overlaps them.
    /// A binary search over the publication order, not a scan.
    /// </summary>
    public static IReadOnlyList<Article> PublishedBetween(System.DateTime from, System.DateTime to) => Index.PublishedBetween(from.Date, to.Date);

    // Built on first use; the data itself is plain object construction emitted by the generator.
    internal static CorpusIndex Index { get; } = new(GeneratedArticles.Create(), GeneratedEntities.Create());
}

/// <summary>
/// The lookups behind navigation properties. Each is built on its first use, once (thread-safe), so no query
/// scans the corpus and start-up pays only for the lookups a program actually uses.
/// </summary>
internal sealed class CorpusIndex
{
    private static readonly IReadOnlyList<Mention> NoMentions = System.Array.AsReadOnly(System.Array.Empty<Mention>());
    private static readonly IReadOnlyList<Quote> NoQuotes = System.Array.AsReadOnly(System.Array.Empty<Quote>());

    private readonly System.Lazy<IReadOnlyList<Quote>> _quotes;
    private readonly System.Lazy<IReadOnlyList<Mention>> _mentions;
    private readonly System.Lazy<Dictionary<string, IReadOnlyList<Mention>>> _mentionsByEntity;
    private readonly System.Lazy<Dictionary<string, IReadOnlyList<Quote>>> _quotesBySpeaker;
    private readonly System.Lazy<Dictionary<Quote, IReadOnlyList<Quote>>> _copies;
    private readonly System.Lazy<(System.DateTime[] Earliest, System.TimeSpan Widest)> _dates;

    public CorpusIndex(Article[] articles, Entity[] entities)
    {
        Articles = new IdList<Article>(articles, a => a.Id);
        Entities = new IdList<Entity>(entities, e => e.Id);
        _quotes = new(() => System.Array.AsReadOnly(articles.SelectMany(a => a.Quotes).ToArray()));
        _mentions = new(() => System.Array.AsReadOnly(articles.SelectMany(a => a.Mentions).ToArray()));
        _mentionsByEntity = new(() => Mentions.GroupBy(m => m.Entity.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<Mention>)System.Array.AsReadOnly(g.ToArray())));
        _quotesBySpeaker = new(() => Quotes.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<Quote>)System.Array.AsReadOnly(g.ToArray())));
        _copies = new(() => LinkCopies(Quotes));
        _dates = new(() => (articles.Select(a => a.Published.Earliest).ToArray(), articles.Select(a => a.Published.Latest - a.Published.Earliest).DefaultIfEmpty().Max()));
    }

    public IdList<Article> Articles { get; }

    public IdList<Entity> Entities { get; }

    public IReadOnlyList<Quote> Quotes => _quotes.Value;

    public IReadOnlyList<Mention> Mentions => _mentions.Value;

    public IReadOnlyList<Mention> MentionsOf(string entityId) =>
        _mentionsByEntity.Value.TryGetValue(entityId, out var mentions) ? mentions : NoMentions;

    public IReadOnlyList<Quote> QuotesBy(string entityId) =>
        _quotesBySpeaker.Value.TryGetValue(entityId, out var quotes) ? quotes : NoQuotes;

    // Articles are ordered by earliest day; one can start at most _widest before `from` and still reach it.
    public IReadOnlyList<Article> PublishedBetween(System.DateTime from, System.DateTime to)
    {
        var result = new List<Article>();
        var (earliest, widest) = _dates.Value;
        var start = from.Ticks - widest.Ticks < System.DateTime.MinValue.Ticks ? System.DateTime.MinValue : from - widest;
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
        _copies.Value.TryGetValue(quote, out var copies) ? copies : NoQuotes;

    // A same-statement link may be written on one side or both; copies are the connected groups.
    private static Dictionary<Quote, IReadOnlyList<Quote>> LinkCopies(IReadOnlyList<Quote> quotes)
    {
        var byKey = quotes.ToDictionary(q => q.Key);
        var neighbours = new Dictionary<Quote, List<Quote>>(ReferenceEqualityComparer.Instance);
        foreach (var quote in quotes)
        {
            foreach (var key in quote.SameStatementAs)
            {
                if (byKey.TryGetValue(key, out var other) && !ReferenceEquals(other, quote))
                {
                    Neighbours(quote).Add(other);
                    Neighbours(other).Add(quote);
                }
            }
        }

        var copies = new Dictionary<Quote, IReadOnlyList<Quote>>(ReferenceEqualityComparer.Instance);
        foreach (var start in neighbours.Keys)
        {
            if (copies.ContainsKey(start))
            {
                continue;
            }

            var group = new List<Quote> { start };
            for (var i = 0; i < group.Count; i++)
            {
                foreach (var next in neighbours[group[i]])
                {
                    if (!group.Any(q => ReferenceEquals(q, next)))
                    {
                        group.Add(next);
                    }
                }
            }

            var ordered = group.OrderBy(q => q.Key, System.StringComparer.Ordinal).ToArray();
            foreach (var member in ordered)
            {
                copies[member] = System.Array.AsReadOnly(ordered.Where(q => !ReferenceEquals(q, member)).ToArray());
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

    /// <summary>Identity comparison: two records with equal values are still different quotes.</summary>
    private sealed class ReferenceEqualityComparer : IEqualityComparer<Quote>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(Quote? x, Quote? y) => ReferenceEquals(x, y);

        public int GetHashCode(Quote obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
