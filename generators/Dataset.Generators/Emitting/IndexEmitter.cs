using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>An article's place in the corpus: all the index file needs, so body edits leave it unchanged.</summary>
internal sealed record IndexEntry(string Id, int EarliestDay);

/// <summary>
/// Writes the article index: the ids in corpus order (a record, so no method grows with the corpus), and the way
/// from an article's position to its record. That dispatch is a switch of switches, <see cref="ChunkSize"/> articles
/// each, so reaching one article JIT-compiles two small methods, not one with a case per article.
/// </summary>
internal static class IndexEmitter
{
    public const string HintName = "Articles.g.cs";

    /// <summary>Articles per dispatch method.</summary>
    public const int ChunkSize = 256;

    /// <summary>Makes a UTF-8 record a string (see <see cref="Literals.Record"/>); written once, for every record.</summary>
    private const string DecodeHelper = """
        /// <summary>Records are UTF-8 data in the assembly where the target allows; this makes one a string.</summary>
        internal static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);
        """;

    private const string Throw = "_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),";

    public static string Emit(EquatableArray<IndexEntry> entries, bool utf8)
    {
        var ids = new RecordWriter();
        ids.Number(entries.Count);
        foreach (var entry in entries)
        {
            ids.Text(entry.Id);
        }

        var writer = new SourceWriter();
        FileHeader.Write(writer, "every article file");
        writer.WriteLine("internal static partial class GeneratedArticles");
        writer.OpenBlock();
        if (utf8)
        {
            writer.WriteLine(DecodeHelper);
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>The article ids, ordered by the earliest day each can have been published, then by id: the number of articles, then each id.</summary>");
        writer.WriteLine("internal static string Index() => " + Literals.Record(ids.ToString(), utf8) + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The record of the article at <paramref name=\"index\"/> in <see cref=\"Index\"/>'s order.</summary>");
        writer.WriteLine("internal static string Record(int index) => (index / " + Literals.Number(ChunkSize) + ") switch");
        writer.OpenBlock();
        var chunks = (entries.Count + ChunkSize - 1) / ChunkSize;
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            writer.WriteLine(Literals.Number(chunk) + " => Chunk" + Literals.Number(chunk) + "(index),");
        }

        writer.WriteLine(Throw);
        writer.CloseBlock("};");
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            writer.WriteLine();
            writer.WriteLine("private static string Chunk" + Literals.Number(chunk) + "(int index) => index switch");
            writer.OpenBlock();
            for (var i = chunk * ChunkSize; i < entries.Count && i < (chunk + 1) * ChunkSize; i++)
            {
                writer.WriteLine(Literals.Number(i) + " => " + Literals.RecordMethod(entries[i].Id) + "(),");
            }

            writer.WriteLine(Throw);
            writer.CloseBlock("};");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
