using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool.Commands;

/// <summary><c>search &lt;text&gt;</c>: headlines, paragraphs and captions that hold the text, ignoring case.</summary>
internal static class SearchCommand
{
    public static Command Create(CommandOutput output)
    {
        var text = new Argument<string>("text") { Description = "Words to find (case-insensitive)" };
        var command = new Command("search", "Find text in headlines, paragraphs and captions") { text };
        command.SetAction(result =>
        {
            var hits = Search(result.GetValue(text)!);
            return output.Print(result, hits, () => hits.Count == 0
                ? "no match"
                : string.Join("\n", hits.Select(h => $"{h.Article} [{h.Where}]\n    {h.Text}")));
        });
        return command;
    }

    private static List<SearchHit> Search(string words)
    {
        var hits = new List<SearchHit>();
        foreach (var article in Corpus.Articles)
        {
            var texts = new[] { ("headline", article.Headline) }
                .Concat(article.Paragraphs.Select((p, i) => ("paragraph " + (i + 1).ToString(CultureInfo.InvariantCulture), p)))
                .Concat(article.Captions.Select(c => ("caption", c.Text)));
            hits.AddRange(texts.Where(t => t.Item2.Contains(words, StringComparison.OrdinalIgnoreCase))
                .Select(t => new SearchHit(article.Id, t.Item1, t.Item2)));
        }

        return hits;
    }

    /// <summary>A text that holds the words: its article, where in it (<c>paragraph 3</c>), and the text.</summary>
    private sealed record SearchHit(string Article, string Where, string Text) : IRow
    {
        public IReadOnlyList<Field> Fields => [new("article", Article), new("where", Where), new("text", Text)];
    }
}
