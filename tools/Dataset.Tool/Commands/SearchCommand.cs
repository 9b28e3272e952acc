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
            var texts = new[] { (Where: "headline", Text: article.Headline) }
                .Concat(article.Paragraphs.Select((p, i) => (Where: "paragraph " + Number(i + 1), Text: p)))
                .Concat(article.Captions.Select(c => (Where: "caption", c.Text)));
            hits.AddRange(texts.Where(t => t.Text.Contains(words, StringComparison.OrdinalIgnoreCase))
                .Select(t => new SearchHit(article.Id, t.Where, t.Text)));
        }

        return hits;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text that holds the words: its article, where in it (<c>paragraph 3</c>), and the text.</summary>
    private sealed record SearchHit(string Article, string Where, string Text) : IRow
    {
        public IReadOnlyList<Field> Fields => [new("article", Article), new("where", Where), new("text", Text)];
    }
}
