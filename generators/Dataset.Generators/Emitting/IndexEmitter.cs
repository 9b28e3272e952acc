using System.Collections.Generic;
using System.Linq;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Generators.Emitting;

/// <summary>An article's place in the corpus: all the index file needs, so body edits leave it unchanged.</summary>
internal sealed record IndexEntry(string Id, int EarliestDay);

/// <summary>
/// Writes the article index: the number of articles, a directory with one record per bucket (see
/// <see cref="DirectoryFormat"/>), and the way from a bucket and a slot to a record. The bucket of an id is the
/// format's hash, which the package computes itself. Finding an article by id reads its bucket's directory record
/// only, so it costs the same at 10,000 articles as at 5; reading every id (enumerating, <c>Keys</c>) reads all.
/// </summary>
internal static class IndexEmitter
{
    public const string HintName = "Articles.g.cs";

    public static string Emit(EquatableArray<IndexEntry> entries, bool utf8)
    {
        var slots = Buckets.Slots(entries.Select(entry => entry.Id))
            .ToDictionary(bucket => bucket.Number, bucket => bucket.Ids);
        var positions = entries
            .Select((entry, position) => (entry.Id, position))
            .ToDictionary(entry => entry.Id, entry => entry.position, System.StringComparer.Ordinal);
        var directory = Enumerable.Range(0, Buckets.Count).Select(bucket =>
        {
            var ids = slots.TryGetValue(bucket, out var inBucket) ? inBucket : new List<string>();
            var comment = "bucket " + Literals.Number(bucket) + ": " + Literals.Number(ids.Count)
                + (ids.Count == 1 ? " article" : " articles");
            return (comment, DirectoryFormat.Write(ids.Select(id => (id, positions[id])).ToList()));
        }).ToList();

        var writer = new SourceWriter();
        FileHeader.Write(writer, "every article file");
        writer.WriteLine("internal static partial class GeneratedArticles");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>The number of articles.</summary>");
        writer.WriteLine("internal const int Count = " + Literals.Number(entries.Count) + ";");
        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>The directory record of <paramref name=\"bucket\"/> (see <see cref=\"DirectoryFormat\"/>)."
            + "</summary>");
        writer.WriteLine(
            "internal static RecordParts Directory(int bucket) => "
            + RecordBlock.Split("DirectoryRecords", "bucket") + ";");
        writer.WriteLine();
        RecordBlock.Write(
            writer,
            "The directory, one record per bucket (see <see cref=\"Directory\"/>).",
            "DirectoryRecords",
            directory,
            utf8);
        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>The record in <paramref name=\"slot\"/> of <paramref name=\"bucket\"/>.</summary>");
        writer.WriteSwitchMethod(
            "internal static RecordParts Record(int bucket, int slot)",
            "bucket",
            slots.Keys.OrderBy(bucket => bucket).Select(bucket =>
                (bucket, (string?)null, RecordBlock.Split(ArticleEmitter.BucketRecords(bucket), "slot"))));
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
