using System.CommandLine;
using System.Linq;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool.Commands;

/// <summary>
/// <c>article &lt;id&gt;</c>: one article's text and how many annotations it has; as JSON, all of them.
/// </summary>
internal static class ArticleCommand
{
    public static Command Create(CommandOutput output)
    {
        var id = new Argument<string>("id") { Description = "An article id (see 'articles')" };
        var command = new Command("article", "Show one article: its text, sources, quotes, dates and figures") { id };
        command.SetAction(result => output.Find(Corpus.Articles, result.GetValue(id)!, "article") is { } article
            ? output.Print(result, ArticleBundle.Of(article), () => Text(article))
            : 1);
        return command;
    }

    private static string Text(Article a) =>
        $"{a.Headline}\n{a.Id} | published {Dates.Text(a.Published)} | publisher {Credit(a.Publisher)}"
        + $" | origin {Credit(a.Origin)}\n\n"
        + string.Join("\n\n", a.Paragraphs) + "\n\n"
        + $"{a.Mentions.Count} entities, {a.Quotes.Count} quotes, {a.Dates.Count} dates, {a.Figures.Count} figures,"
        + $" {a.Errata.Count} errata\n"
        + string.Join("\n", a.Errata.Select(e => "erratum: " + e.Printed + " -> " + (e.Intended ?? "(unknown)")));

    private static string Credit(Attribution credit) =>
        (credit.Entity?.Id ?? "unknown") + " (" + Names.Of(credit.Basis) + ")";
}
