using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>An article's place in the corpus: all the index file needs, so body edits leave it unchanged.</summary>
internal sealed record IndexEntry(string Id, int EarliestDay);

/// <summary>Writes the list of article factories, in the corpus order it is given (see <see cref="DatasetGenerator"/>).</summary>
internal static class IndexEmitter
{
    public const string HintName = "Articles.g.cs";

    /// <summary>Makes an article's UTF-8 texts strings (see <see cref="TextTable"/>); written once, for every article.</summary>
    private const string DecodeHelper = """
        /// <summary>Article texts are UTF-8 data in the assembly (see each article's table); this makes them strings.</summary>
        private static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);
        """;

    private const string CreateHead = """
        /// <summary>Every article, ordered by the earliest day it can have been published, then by id.</summary>
        internal static Article[] Create() => new Article[]
        """;

    public static string Emit(EquatableArray<IndexEntry> entries, bool utf8)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, "every article file");
        writer.WriteLine("internal static partial class GeneratedArticles");
        writer.OpenBlock();
        if (utf8)
        {
            writer.WriteLine(DecodeHelper);
            writer.WriteLine();
        }

        writer.WriteLine(CreateHead);
        writer.OpenBlock();
        foreach (var entry in entries)
        {
            writer.WriteLine(Literals.ArticleMethod(entry.Id) + "(),");
        }

        writer.CloseBlock("};");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
