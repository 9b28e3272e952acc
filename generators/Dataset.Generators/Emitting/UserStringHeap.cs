using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Outputs;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Emitting;

/// <summary>
/// The assembly's user-string heap, where string literals go: 2^24 bytes in all (CS8103 past it). Records written
/// as string literals (a target without UTF-8 literals, see <see cref="RecordBlock"/>) must fit in it; UTF-8 records
/// are static data and take none of it.
/// </summary>
internal static class UserStringHeap
{
    /// <summary>What the heap holds: offsets into it are 24-bit.</summary>
    public const int Size = 1 << 24;

    /// <summary>
    /// What the article records may take: the rest is kept for the registry, the index and the package's own strings.
    /// </summary>
    public const int Budget = Size - (1 << 20);

    /// <summary>
    /// What a string literal of <paramref name="length"/> UTF-16 code units takes: its length prefix, two bytes a code
    /// unit, and one flag byte.
    /// </summary>
    public static int BytesOf(int length)
    {
        var bytes = (2 * length) + 1;
        return bytes + (bytes < 0x80 ? 1 : bytes < 0x4000 ? 2 : 4);
    }

    /// <summary>
    /// A located error on the first article, in path order, whose record passes <see cref="Budget"/>; null when all
    /// fit. Only the buckets written as string literals count, each its records and, with its first article, its
    /// header. The order is the paths', so the article named is the same on every machine.
    /// </summary>
    public static DiagnosticInfo? Check(IReadOnlyList<ArticleRecord> records, bool utf8Target)
    {
        var blockCosts = Buckets.Group(records)
            .Where(bucket => !RecordBlock.IsUtf8(bucket.Articles.Select(article => article.Data), utf8Target))
            .ToDictionary(
                bucket => bucket.Number,
                bucket => RecordBlock.BlockCost(bucket.Articles.Select(article => article.Data).ToList()));
        long used = 0;
        foreach (var record in records.OrderBy(record => record.Path, StringComparer.Ordinal))
        {
            var bucket = Buckets.Of(record.Id);
            if (!blockCosts.TryGetValue(bucket, out var blockCost))
            {
                continue;
            }

            // A bucket's header is counted once, with the first of its articles.
            used += RecordBlock.RecordCost(record.Data) + blockCost;
            blockCosts[bucket] = 0;
            if (used > Budget)
            {
                return DiagnosticInfo.Create(
                    DiagnosticDescriptors.UserStringHeapFull, LocationInfo.StartOf(record.Path),
                    used.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Budget.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return null;
    }
}
