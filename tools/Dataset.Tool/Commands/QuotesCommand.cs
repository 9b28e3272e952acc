using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool.Commands;

/// <summary><c>quotes [--speaker id] [--article id]</c>: quotes and reported statements, as the quotes table.</summary>
internal static class QuotesCommand
{
    public static Command Create(CommandOutput output)
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes by this entity id" };
        var inArticle = new Option<string?>("--article") { Description = "Only quotes in this article id" };
        var command = new Command("quotes", "List quotes and reported statements") { speaker, inArticle };
        command.SetAction(result =>
        {
            Entity? who = null;
            Article? where = null;
            if ((result.GetValue(speaker) is { } s && (who = output.Find(Entities.All, s, "entity")) is null)
                || (result.GetValue(inArticle) is { } a
                    && (where = output.Find(Corpus.Articles, a, "article")) is null))
            {
                return 1;
            }

            var quotes = (where?.Quotes ?? Corpus.Quotes).Where(q => who is null || q.Speaker == who).ToList();
            return output.Print(result, quotes.Select(QuoteRow.Of).ToList(), () => Text(quotes));
        });
        return command;
    }

    public static string Text(IEnumerable<Quote> quotes) =>
        "QUOTES (speaker, mode, text)\n" + string.Join("\n", quotes.Select(q =>
            $"{Speaker(q),-36} {Names.Of(q.Mode),-8} \"{q.Text}\""
            + (q.Relays.Count > 0 ? " via " + string.Join(", ", q.Relays.Select(e => e.Id)) : string.Empty)
            + (q.Attribution.Basis != AttributionBasis.Stated
                ? " [speaker " + Names.Of(q.Attribution.Basis) + "]"
                : string.Empty)
            + $"\n{string.Empty,-36} {q.Key}"));

    /// <summary>The speaker's entity id, or the description of a speaker the article does not name.</summary>
    private static string Speaker(Quote q) =>
        q.Attribution.Entity?.Id ?? "(" + (q.Attribution.Description ?? "unattributed") + ")";
}
