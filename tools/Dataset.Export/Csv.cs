using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Dataset.Export;

/// <summary>
/// CSV (RFC 4180) for spreadsheets: one table a file, a header row, CRLF line ends, a field quoted when it holds a
/// comma, a quote or a line break. Nested objects become columns named by their path (<c>speaker.entity</c>); a list
/// is its items joined with <c>|</c>, a span written <c>part:start:end</c> (code points, as in the JSON Lines), an
/// object in a list its values joined with <c>;</c> (an entity's role: <c>title;article</c>).
/// A list item that holds <c>|</c> itself is not split safely: the JSON Lines and Parquet files keep lists as lists.
/// </summary>
public static class Csv
{
    public static void Write(Table table, Stream stream)
    {
        var flat = table.Rows.Select(row => Flatten(row, string.Empty).ToList()).ToList();
        var columns = flat.FirstOrDefault()?.Select(cell => cell.Name).ToList() ?? new List<string>();
        var text = new StringBuilder();
        Line(text, columns);
        foreach (var cells in flat)
        {
            if (!cells.Select(cell => cell.Name).SequenceEqual(columns))
            {
                throw new InvalidOperationException(
                    "every row of " + table.Name + " must have the same fields, in the same order");
            }

            Line(text, cells.Select(cell => cell.Value));
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// The cells of a row: a nested object's fields under its name, its fields written empty when it is null (the
    /// columns come from the row's type, not from one row's values).
    /// </summary>
    private static IEnumerable<(string Name, string Value)> Flatten(IRow row, string prefix)
    {
        foreach (var field in row.Fields)
        {
            if (field.Value is IRow nested and not SpanRow)
            {
                foreach (var cell in Flatten(nested, prefix + field.Name + "."))
                {
                    yield return cell;
                }
            }
            else if (field.ColumnsWhenNull is { } columns)
            {
                foreach (var column in columns)
                {
                    yield return (prefix + field.Name + "." + column, string.Empty);
                }
            }
            else
            {
                yield return (prefix + field.Name, Scalar(field.Value));
            }
        }
    }

    private static string Scalar(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        SpanRow span => span.Part + ":" + Scalar(span.Start) + ":" + Scalar(span.End),
        IReadOnlyList<object?> list => string.Join("|", list.Select(Scalar)),
        IRow row => string.Join(";", row.Fields.Select(f => Scalar(f.Value))),
        _ => throw new ArgumentException("not a table value: " + value.GetType(), nameof(value)),
    };

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.Append(string.Join(",", fields.Select(Quoted))).Append("\r\n");
    }

    private static string Quoted(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
