using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using Dataset.Tool.Commands;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool;

/// <summary>
/// The tool's commands, each in its own class under <c>Commands/</c>, each with <c>--json</c> and <c>--help</c>.
/// Without a command it prints the timeline and every quote. Output goes to the writers given, so tests can read it.
/// </summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var commandOutput = new CommandOutput(output, error);
        // A fixed name, so help reads the same whatever the host process is called.
        var root = new Command("rgn", "Explore the Russia-Georgia-NATO dataset: articles, entities, quotes and dates")
        {
            commandOutput.Json,
            ArticlesCommand.Create(commandOutput),
            ArticleCommand.Create(commandOutput),
            EntitiesCommand.Create(commandOutput),
            QuotesCommand.Create(commandOutput),
            TimelineCommand.Create(commandOutput),
            SearchCommand.Create(commandOutput),
            ExportCommand.Create(commandOutput),
            SiteCommand.Create(commandOutput),
            new HelpOption(),
        };
        root.SetAction(_ =>
        {
            output.WriteLine(TimelineCommand.Text(TimelineCommand.Events(null, null)));
            output.WriteLine();
            output.WriteLine(QuotesCommand.Text(Corpus.Quotes));
            return 0;
        });
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
