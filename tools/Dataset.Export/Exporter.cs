using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Dataset.Export;

/// <summary>
/// Writes the dataset in open formats, each table or document a file under one folder, the same bytes on every run.
/// </summary>
public static class Exporter
{
    /// <summary>
    /// Each format: its name on the command line, and what writes it into a folder (returning the files written).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Func<string, IReadOnlyList<string>>> Formats =
        new Dictionary<string, Func<string, IReadOnlyList<string>>>(StringComparer.Ordinal)
        {
            ["jsonl"] = dir => WriteTables(dir, "jsonl", JsonLines.Write),
            ["csv"] = dir => WriteTables(dir, "csv", Csv.Write),
#if PARQUET
            ["parquet"] = dir => WriteTables(dir, "parquet", ParquetFiles.Write),
#endif
            ["jsonld"] = JsonLd.Write,
            ["brat"] = Brat.Write,
        };

    /// <summary>
    /// Writes <paramref name="format"/> (or every format, for <c>all</c>) into <paramref name="dir"/>; the files
    /// written, relative to it.
    /// </summary>
    public static IReadOnlyList<string> Export(string format, string dir)
    {
        Directory.CreateDirectory(dir);
        return format == "all"
            ? Formats.Keys.SelectMany(name => Formats[name](dir)).ToList()
            : Formats[format](dir);
    }

    private static IReadOnlyList<string> WriteTables(string dir, string extension, Action<Table, Stream> write)
    {
        var written = new List<string>();
        foreach (var table in Tables.All())
        {
            var name = table.Name + "." + extension;
            using (var file = File.Create(Path.Combine(dir, name)))
            {
                write(table, file);
            }

            written.Add(name);
        }

        return written;
    }
}
