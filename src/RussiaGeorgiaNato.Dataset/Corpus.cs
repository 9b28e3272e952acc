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

    // Built on first use; the data itself is plain object construction emitted by the generator.
    internal static CorpusIndex Index { get; } = new(GeneratedArticles.Create(), GeneratedEntities.Create());
}

/// <summary>The lookups behind navigation properties, computed once so no query scans the corpus.</summary>
internal sealed class CorpusIndex
{
    private readonly Dictionary<string, Mention[]> _mentionsByEntity;
    private readonly Dictionary<string, Quote[]> _quotesBySpeaker;
    private readonly Dictionary<Quote, Quote[]> _copies;

    public CorpusIndex(Article[] articles, Entity[] entities)
    {
        Articles = new IdList<Article>(articles, a => a.Id);
        Entities = new IdList<Entity>(entities, e => e.Id);
        Quotes = articles.SelectMany(a => a.Quotes).ToArray();
        Mentions = articles.SelectMany(a => a.Mentions).ToArray();
        _mentionsByEntity = Mentions.GroupBy(m => m.Entity.Id).ToDictionary(g => g.Key, g => g.ToArray());
        _quotesBySpeaker = Quotes.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!.Id).ToDictionary(g => g.Key, g => g.ToArray());
        _copies = LinkCopies(Quotes);
    }

    public IdList<Article> Articles { get; }

    public IdList<Entity> Entities { get; }

    public IReadOnlyList<Quote> Quotes { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public IReadOnlyList<Mention> MentionsOf(string entityId) =>
        _mentionsByEntity.TryGetValue(entityId, out var mentions) ? mentions : System.Array.Empty<Mention>();

    public IReadOnlyList<Quote> QuotesBy(string entityId) =>
        _quotesBySpeaker.TryGetValue(entityId, out var quotes) ? quotes : System.Array.Empty<Quote>();

    public IReadOnlyList<Quote> CopiesOf(Quote quote) =>
        _copies.TryGetValue(quote, out var copies) ? copies : System.Array.Empty<Quote>();

    // A same-statement link may be written on one side or both; copies are the connected groups.
    private static Dictionary<Quote, Quote[]> LinkCopies(IReadOnlyList<Quote> quotes)
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

        var copies = new Dictionary<Quote, Quote[]>(ReferenceEqualityComparer.Instance);
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
                copies[member] = ordered.Where(q => !ReferenceEquals(q, member)).ToArray();
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
