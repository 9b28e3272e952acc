using System;
using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// The whole dataset: every article and quote, built at compile time from the curated YAML (the entities are
/// on <see cref="Entities"/>). Lists are in a stable order (articles by published date, then id); lookups by
/// id or key are constant time.
/// </summary>
/// <example>
/// <code>
/// var lavrov = Corpus.Quotes.Where(q => q.Speaker == Entities.SergeiLavrov);
/// var article = Corpus.Articles["2008-08-21-lavrov-no-plans-to-slam-door"];
/// </code>
/// </example>
public static class Corpus
{
    /// <summary>
    /// Every article, ordered by the earliest day it can have been published, then by id; found by id.
    /// </summary>
    public static KeyedList<Article> Articles => Lookups.Articles;

    /// <summary>
    /// Every quote of every article, in article order, then in the order they appear; found by <see cref="Quote.Key"/>.
    /// </summary>
    public static KeyedList<Quote> Quotes => Lookups.Quotes;

    /// <summary>Every mention of an entity in an article, in article order.</summary>
    public static IReadOnlyList<Mention> Mentions => Lookups.Mentions;

    /// <summary>
    /// The articles whose publication can fall between <paramref name="from"/> and <paramref name="to"/> (both
    /// days included, times ignored): an article known only to a month or a range is included when that span
    /// overlaps them. A binary search over the publication order, not a scan.
    /// </summary>
    public static IReadOnlyList<Article> PublishedBetween(DateTime from, DateTime to) =>
        Lookups.PublishedBetween(from.Date, to.Date);

#if NET6_0_OR_GREATER
    /// <summary>
    /// The articles whose publication can fall between <paramref name="from"/> and <paramref name="to"/> (both
    /// days included); see <see cref="PublishedBetween(DateTime, DateTime)"/>.
    /// </summary>
    public static IReadOnlyList<Article> PublishedBetween(DateOnly from, DateOnly to) =>
        Lookups.PublishedBetween(from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue));
#endif

    // The data is generated records, read into objects as each article is first reached; every lookup is built on first
    // use.
    internal static CorpusLookups Lookups { get; } = new(ArticleRecords.All());
}
