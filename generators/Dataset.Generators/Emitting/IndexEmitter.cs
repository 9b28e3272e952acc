using System.Linq;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>An article's place in the corpus: all the index file needs, so body edits leave it unchanged.</summary>
internal sealed record IndexEntry(string Id, int EarliestDay);

/// <summary>
/// Writes the article index: the ids in corpus order with the bucket and slot of each record (a record itself, so no
/// method grows with the corpus), and the way from a bucket and a slot to a record (see <see cref="Buckets"/>).
/// </summary>
internal static class IndexEmitter
{
    public const string HintName = "Articles.g.cs";

    public static string Emit(EquatableArray<IndexEntry> entries, bool utf8)
    {
        var places = Buckets.Places(entries.Select(entry => entry.Id));
        var index = new RecordWriter();
        index.Number(entries.Count);
        foreach (var entry in entries)
        {
            var (bucket, slot) = places[entry.Id];
            index.Text(entry.Id);
            index.Number(bucket);
            index.Number(slot);
        }

        var writer = new SourceWriter();
        FileHeader.Write(writer, "every article file");
        writer.WriteLine("internal static partial class GeneratedArticles");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>The articles ordered by the earliest day each can have been published, then by id: their number, then each one's id, bucket and slot.</summary>");
        writer.WriteLine("internal static RecordParts Index() => " + RecordBlock.Single(index.ToData(), utf8) + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The record in <paramref name=\"slot\"/> of <paramref name=\"bucket\"/>.</summary>");
        writer.WriteSwitchMethod(
            "internal static RecordParts Record(int bucket, int slot)", "bucket",
            places.Values.Select(place => place.Bucket).Distinct().OrderBy(bucket => bucket).Select(bucket => (bucket, (string?)null, "RecordReader.Split(" + ArticleEmitter.BucketRecords(bucket) + ", slot)")));
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
