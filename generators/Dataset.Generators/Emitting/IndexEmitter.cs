using System;
using System.Linq;
using Dataset.Generators.Model;

namespace Dataset.Generators.Emitting;

/// <summary>An article's place in the corpus: all the index file needs, so body edits leave it unchanged.</summary>
internal sealed record IndexEntry(string Id, int EarliestDay);

/// <summary>Writes the list of article factories, in corpus order.</summary>
internal static class IndexEmitter
{
    public const string HintName = "Articles.g.cs";

    public static string Emit(EquatableArray<IndexEntry> entries)
    {
        var w = new SourceWriter();
        w.FileStart("every article file");
        w.Line("internal static partial class GeneratedArticles").Open();
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
