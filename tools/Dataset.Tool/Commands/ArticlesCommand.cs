using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool.Commands;

/// <summary><c>articles</c>: every article, in publication order.</summary>
internal static class ArticlesCommand
{
    public static Command Create(CommandOutput output)
    {
        var command = new Command("articles", "List the articles, in publication order");
        command.SetAction(result => output.Print(
            result,
            Corpus.Articles.Select(ArticleListing.Of).ToList(),
            () => string.Join("\n", Corpus.Articles.Select(a =>
                $"{Dates.Text(a.Published),-24} {a.Id}\n{string.Empty,-24} {a.Headline}"))));
        return command;
    }

    /// <summary>
    /// An article in a list: the export's fields for it, but not its texts, and how many quotes it has.
    /// </summary>
    private sealed record ArticleListing(
        string Id, string Headline, DateRow Published, AttributionRow Publisher, AttributionRow Origin, int QuoteCount)
        : IRow
    {
        public IReadOnlyList<Field> Fields =>
        [
            new("id", Id),
            new("headline", Headline),
            new("published", Published),
            new("publisher", Publisher),
            new("origin", Origin),
            new("quote_count", QuoteCount),
        ];

        public static ArticleListing Of(Article a) => new(
            a.Id, a.Headline, DateRow.Of(a.Published), AttributionRow.Of(a.Publisher), AttributionRow.Of(a.Origin),
            a.Quotes.Count);
    }
}
