using System;
using System.Linq;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>An article's place in the corpus: all the index file needs, so body edits leave it unchanged.</summary>
internal sealed record IndexEntry(string Id, int EarliestDay);

/// <summary>Writes the list of article factories, in corpus order.</summary>
internal static class IndexEmitter
{
    public const string HintName = "Articles.g.cs";

    public static string Emit(EquatableArray<IndexEntry> entries, bool utf8)
    {
        var w = new SourceWriter();
        w.FileStart("every article file");
        w.Line("internal static partial class GeneratedArticles").Open();
        if (utf8)
        {
            w.Line("/// <summary>Article texts are UTF-8 data in the assembly (see each article's table); this makes them strings.</summary>");
            w.Line("private static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);");
            w.Line();
        }

        w.Line("/// <summary>Every article, ordered by the earliest day it can have been published, then by id.</summary>");
        w.Line("internal static Article[] Create() => new Article[]").Open();
        foreach (var entry in entries.OrderBy(e => e.EarliestDay).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            w.Line(Literals.ArticleMethod(entry.Id) + "(),");
        }

        w.Close("};");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
