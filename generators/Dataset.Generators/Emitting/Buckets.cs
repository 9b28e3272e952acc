using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generators.Outputs;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Which generated file holds an article's record. Every generated method costs the runtime a JIT compilation the
/// first time it runs (about 25 µs each, measured), and every literal it names a resolution (30 to 45 µs), so the
/// records are neither a method nor a literal per article but one block per bucket (see <see cref="RecordBlock"/>):
/// a first query resolves at most <see cref="Count"/> literals, and finding one article one. The bucket is a hash of the id, so it never depends on the other articles: an edit, an added or a
/// removed article rewrites its own bucket's file only, and the order of the input files changes nothing.
/// </summary>
internal static class Buckets
{
    /// <summary>How many buckets the records are spread over (a corpus of fewer articles has fewer files).</summary>
    public const int Count = 64;

    /// <summary>The bucket of <paramref name="articleId"/>: FNV-1a over its UTF-16 code units, the same on every machine.</summary>
    public static int Of(string articleId)
    {
        var hash = 2166136261u;
        foreach (var character in articleId)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return (int)(hash % Count);
    }

    /// <summary>The records grouped by bucket, in bucket order, each bucket's articles ordered by id (their slots).</summary>
    public static IEnumerable<RecordBucket> Group(IEnumerable<ArticleRecord> records) =>
        ByBucket(records, record => record.Id).Select(bucket => new RecordBucket(bucket.Number, bucket.Items.ToEquatableArray()));

    /// <summary>The ids grouped by bucket, in bucket order, each bucket's ids in slot order: where <see cref="Group"/> puts each record.</summary>
    public static IEnumerable<(int Number, List<string> Ids)> Slots(IEnumerable<string> articleIds) => ByBucket(articleIds, id => id);

    /// <summary>The one rule both share: items grouped by the bucket of their id, in bucket order, each bucket ordered by id.</summary>
    private static IEnumerable<(int Number, List<T> Items)> ByBucket<T>(IEnumerable<T> items, Func<T, string> idOf) =>
        items
            .GroupBy(item => Of(idOf(item)))
            .OrderBy(bucket => bucket.Key)
            .Select(bucket => (bucket.Key, bucket.OrderBy(idOf, StringComparer.Ordinal).ToList()));
}
