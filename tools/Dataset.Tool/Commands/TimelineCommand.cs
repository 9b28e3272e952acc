using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool.Commands;

/// <summary><c>timeline [--from d] [--to d]</c>: the dated events, in date order, as rows of the dates table.</summary>
internal static class TimelineCommand
{
    public static Command Create(CommandOutput output)
    {
        var from = new Option<DateTime?>("--from") { Description = "First day (yyyy-mm-dd)" };
        var to = new Option<DateTime?>("--to") { Description = "Last day (yyyy-mm-dd)" };
        var command = new Command("timeline", "Dated events the articles report, in date order") { from, to };
        command.SetAction(result =>
        {
            var events = Events(result.GetValue(from), result.GetValue(to));
            var rows = events.Select(e => DateMentionRow.Of(e.Article, e.Date)).ToList();
            return output.Print(result, rows, () => Text(events));
        });
        return command;
    }

    /// <summary>The dates that date an event, overlapping [from, to], by earliest day then article id.</summary>
    public static List<(Article Article, DateMention Date)> Events(DateTime? from, DateTime? to) =>
        Corpus.Articles
            .SelectMany(a => a.Dates
                .Where(d => d.Event is not null
                    && (from is null || d.Date.Latest >= from)
                    && (to is null || d.Date.Earliest <= to))
                .Select(d => (Article: a, Date: d)))
            .OrderBy(x => x.Date.Date.Earliest).ThenBy(x => x.Article.Id, StringComparer.Ordinal)
            .ToList();

    public static string Text(List<(Article Article, DateMention Date)> events) =>
        "TIMELINE (date, how it is known, what happened)\n" + string.Join("\n", events.Select(e =>
            $"{e.Date.Date.Value,-23} {Names.Of(e.Date.Date.Basis),-9} {e.Date.Event}"
            + (e.Date.IsScheduled ? " [scheduled]" : string.Empty)
            + $"\n{string.Empty,-33}({e.Article.Id}, \"{e.Date.Text}\")"));
}
