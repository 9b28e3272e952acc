using System;
using System.CommandLine;
using System.IO;
using Dataset.Export;
using Dataset.Generators.Diagnostics;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool;

/// <summary>
/// What every command shares: where it writes, and the <c>--json</c> switch that prints the export's typed rows
/// instead of text, so the tool and the files it exports name every field the same way.
/// </summary>
internal sealed class CommandOutput(TextWriter output, TextWriter error)
{
    public Option<bool> Json { get; } = new("--json") { Description = "Print JSON instead of text", Recursive = true };

    public TextWriter Text => output;

    /// <summary>
    /// Prints <paramref name="rows"/> as JSON with <c>--json</c>, else <paramref name="text"/>; exit code 0.
    /// </summary>
    public int Print(ParseResult result, object rows, Func<string> text)
    {
        output.WriteLine(result.GetValue(Json) ? JsonLines.Indented(rows) : text());
        return 0;
    }

    /// <summary>By id; an unknown id is an error that names the closest known one.</summary>
    public T? Find<T>(KeyedList<T> list, string id, string what)
        where T : class
    {
        if (list.TryGetValue(id, out var found))
        {
            return found;
        }

        error.WriteLine($"No {what} '{id}'. Did you mean '{ClosestName.Find(id, list.Keys, out _)}'?");
        return null;
    }
}
