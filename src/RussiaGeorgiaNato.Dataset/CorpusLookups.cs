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

    private readonly System.Lazy<KeyedList<Quote>> _quotes;
    private readonly System.Lazy<IReadOnlyList<Mention>> _mentions;
    private readonly System.Lazy<Dictionary<Entity, IReadOnlyList<Mention>>> _mentionsByEntity;
    private readonly System.Lazy<Dictionary<Entity, IReadOnlyList<Quote>>> _quotesBySpeaker;
    private readonly System.Lazy<Dictionary<Quote, IReadOnlyList<Quote>>> _copies;
    private readonly System.Lazy<(System.DateTime[] Earliest, System.TimeSpan Widest)> _dates;

    public CorpusLookups(KeyedList<Article> articles)
    {
        Articles = articles;
        _quotes = new(() => new KeyedList<Quote>(articles.SelectMany(a => a.Quotes).ToArray(), q => q.Key));
        _mentions = new(() => ReadOnly.List(articles.SelectMany(a => a.Mentions).ToArray()));
        _mentionsByEntity = new(() => Mentions.GroupBy(m => m.Entity).ToDictionary(g => g.Key, g => ReadOnly.List(g.ToArray())));
        _quotesBySpeaker = new(() => Quotes.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!).ToDictionary(g => g.Key, g => ReadOnly.List(g.ToArray())));
        _copies = new(() => LinkCopies(Quotes));
        _dates = new(() => (articles.Select(a => a.Published.Earliest).ToArray(), articles.Select(a => a.Published.Latest - a.Published.Earliest).DefaultIfEmpty().Max()));
    }

    public KeyedList<Article> Articles { get; }

    public KeyedList<Quote> Quotes => _quotes.Value;

    public IReadOnlyList<Mention> Mentions => _mentions.Value;

    public IReadOnlyList<Mention> MentionsOf(Entity entity) =>
        _mentionsByEntity.Value.TryGetValue(entity, out var mentions) ? mentions : NoMentions;

    public IReadOnlyList<Quote> QuotesBy(Entity entity) =>
        _quotesBySpeaker.Value.TryGetValue(entity, out var quotes) ? quotes : NoQuotes;

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
}
