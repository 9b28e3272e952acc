using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using RussiaGeorgiaNato.Dataset;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Dataset.Tool.Tests;

/// <summary>The tool's commands, run in-process: their text, JSON and help are reviewed as snapshots.</summary>
public class CommandTests
{
    [Theory]
    [InlineData("help", "--help")]
    [InlineData("quotes-help", "quotes --help")]
    [InlineData("articles", "articles")]
    [InlineData("article", "article 2009-04-russia-pulls-out-of-nato-meeting")]
    [InlineData("entities-media", "entities --kind media")]
    [InlineData("quotes-lavrov", "quotes --speaker sergei-lavrov")]
    [InlineData(
        "quotes-article-json", "quotes --article 2015-02-19-georgia-says-russia-trying-to-redraw-borders --json")]
    [InlineData("timeline-august-2008", "timeline --from 2008-08-20 --to 2008-08-22")]
    [InlineData("search-json", "search slam --json")]
    public void Command_output_matches_snapshot(string name, string command)
    {
        var (exit, output, error) = Run(command.Split(' '));

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Snapshot.Match(output, SnapshotNameExtension.Create(name));
    }

    [Theory]
    [InlineData("quotes --speaker sergei-lavrof", "No entity 'sergei-lavrof'. Did you mean 'sergei-lavrov'?")]
    [InlineData(
        "article 2009-04-russia-pulls-out",
        "No article '2009-04-russia-pulls-out'. Did you mean '2009-04-russia-pulls-out-of-nato-meeting'?")]
    [InlineData("quotes --article 2008-08-21-freeze", "Did you mean '2008-08-21-lavrov-no-plans-to-slam-door'?")]
    public void Unknown_ids_fail_and_suggest_the_closest(string command, string message)
    {
        var (exit, output, error) = Run(command.Split(' '));

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_usage_is_an_error_with_the_allowed_values()
    {
        var (exit, _, error) = Run(new[] { "entities", "--kind", "planet" });

        Assert.NotEqual(0, exit);
        Assert.Contains("planet", error, StringComparison.Ordinal);
        Assert.Contains("person", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_the_dataset_itself()
    {
        var (_, output, _) = Run(new[] { "quotes", "--speaker", "sergei-lavrov", "--json" });
        var keys = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(q => q.GetProperty("key").GetString()).ToList();

        Assert.Equal(Entities.SergeiLavrov.Quotes.Select(q => q.Key), keys);
    }

    [Theory]
    [InlineData("quotes --json", "quotes")]
    [InlineData("timeline --json", "dates")]
    public void Json_output_is_rows_of_the_exported_table(string command, string table)
    {
        var dir = Path.Combine(Path.GetTempPath(), "tool-rows-" + Guid.NewGuid().ToString("N"));
        try
        {
            Dataset.Export.Exporter.Export("jsonl", dir);
            var exported = File.ReadAllLines(Path.Combine(dir, table + ".jsonl"))
                .Select(line => JsonDocument.Parse(line).RootElement).ToList();
            var printed = JsonDocument.Parse(Run(command.Split(' ')).Output).RootElement.EnumerateArray().ToList();

            Assert.NotEmpty(printed);
            // Each printed row is an exported row, field for field: the same names and values (the timeline prints
            // the rows that date an event, in date order).
            Assert.All(printed, row => Assert.Contains(exported, line => JsonElement.DeepEquals(line, row)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Article_json_is_the_sites_json_of_the_article()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tool-site-" + Guid.NewGuid().ToString("N"));
        try
        {
            Dataset.Site.SiteWriter.Write(dir);
            foreach (var article in Corpus.Articles)
            {
                var printed = JsonDocument.Parse(Run(new[] { "article", article.Id, "--json" }).Output).RootElement;
                var site = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "articles", article.Id + ".json")));

                Assert.True(JsonElement.DeepEquals(site.RootElement, printed), article.Id);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Without_a_command_it_prints_the_timeline_and_every_quote()
    {
        var (exit, output, _) = Run(Array.Empty<string>());

        Assert.Equal(0, exit);
        Assert.StartsWith("TIMELINE", output, StringComparison.Ordinal);
        Assert.Equal(Corpus.Quotes.Count, Corpus.Quotes.Count(q => output.Contains(q.Key, StringComparison.Ordinal)));
    }

    [Fact]
    public void Export_writes_every_format_and_lists_the_files()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tool-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, error) = Run(new[] { "export", "--format", "all", "--out", dir });

            Assert.Equal(0, exit);
            Assert.Empty(error);
            var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            Assert.StartsWith(files.Count + " files in " + dir + "\n", output, StringComparison.Ordinal);
            Assert.All(files, file => Assert.Contains("  " + file + " ", output, StringComparison.Ordinal));
            Assert.Contains("quotes.jsonl", files);
            Assert.Contains("brat/annotation.conf", files);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Export_of_an_unknown_format_is_an_error_with_the_formats()
    {
        var (exit, _, error) = Run(new[] { "export", "--format", "xml", "--out", Path.GetTempPath() });

        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);
        Assert.Contains("jsonl", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = Cli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
