using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dataset.Site;

namespace Dataset.Tool.Commands;

/// <summary><c>site --out dir</c>: writes the static site and says what it holds.</summary>
internal static class SiteCommand
{
    public static Command Create(CommandOutput output)
    {
        var outDir = new Option<string>("--out")
        {
            Description = "The folder to write the site into (made if missing)",
            Required = true,
        };
        var command = new Command(
            "site",
            "Write a static site: articles with quotes highlighted, entities, statements, a timeline and search;"
            + " works offline from file://")
        {
            outDir,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(outDir)!;
            Summarize(output.Text, dir, SiteWriter.Write(dir));
            return 0;
        });
        return command;
    }

    /// <summary>The pages at the top, each folder's page count, and the other files.</summary>
    private static void Summarize(TextWriter text, string dir, IReadOnlyList<string> files)
    {
        static bool InFolder(string file) => file.Contains('/', StringComparison.Ordinal);
        text.WriteLine($"{files.Count} files in {dir}");
        var pages = files.Where(file => file.EndsWith(".html", StringComparison.Ordinal)).ToList();
        text.WriteLine("  " + string.Join(", ", pages.Where(page => !InFolder(page))) + ": each with its JSON");
        foreach (var folder in pages.Where(InFolder).GroupBy(page => page[..(page.IndexOf('/') + 1)]))
        {
            text.WriteLine($"  {folder.Key,-12}{folder.Count(),3} pages, each with its JSON");
        }

        var others = files.Where(file => !file.EndsWith(".html", StringComparison.Ordinal)
            && !file.EndsWith(".json", StringComparison.Ordinal));
        text.WriteLine("  " + string.Join(", ", others));
        text.WriteLine($"Open {Path.Combine(dir, "index.html")} in a browser:"
            + " it works from file:// and any static host, and asks nothing of another.");
    }
}
