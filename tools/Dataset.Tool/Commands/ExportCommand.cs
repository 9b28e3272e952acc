using System.CommandLine;
using System.IO;
using System.Linq;
using Dataset.Export;

namespace Dataset.Tool.Commands;

/// <summary><c>export --format f --out dir</c>: writes the dataset as files and lists them with their sizes.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandOutput output)
    {
        var formats = Exporter.Formats.Keys.Append("all").ToArray();
        var format = new Option<string>("--format")
        {
            Description = "What to write: " + string.Join(", ", formats),
            Required = true,
        };
        format.AcceptOnlyFromAmong(formats);
        var outDir = new Option<string>("--out")
        {
            Description = "The folder to write into (made if missing; files of the same name are replaced)",
            Required = true,
        };
        var command = new Command(
            "export",
            "Write the dataset as files: JSON Lines, CSV and Parquet tables, schema.org JSON-LD, brat standoff")
        {
            format, outDir,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(outDir)!;
            var files = Exporter.Export(result.GetValue(format)!, dir);
            output.Text.WriteLine($"{files.Count} files in {dir}");
            var width = files.Max(file => file.Length);
            foreach (var file in files)
            {
                var bytes = new FileInfo(Path.Combine(dir, file)).Length;
                output.Text.WriteLine($"  {file.PadRight(width)} {bytes,7:N0} bytes");
            }

            return 0;
        });
        return command;
    }
}
