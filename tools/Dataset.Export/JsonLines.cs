using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dataset.Export;

/// <summary>
/// JSON Lines: one table a file (<c>quotes.jsonl</c>), one record a line, UTF-8 without a byte order mark, keys in
/// the table's order, <c>\n</c> line ends; the same bytes on every run and machine.
/// </summary>
public static class JsonLines
{
    // Text as itself (apostrophes, non-ASCII letters), not \u escapes: readable, and still valid JSON.
    private static readonly JsonWriterOptions Options =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private static readonly JsonWriterOptions IndentedOptions = Options with { Indented = true };

    public static void Write(Table table, Stream stream)
    {
        foreach (var row in table.Rows)
        {
            using (var writer = new Utf8JsonWriter(stream, Options))
            {
                Write(writer, row);
            }

            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// One value as indented JSON, for people to read: the site's JSON files and the tool's <c>--json</c>.
    /// </summary>
    public static string Indented(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, IndentedOptions))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One value as JSON; used by the JSON-LD writer, the tool's <c>--json</c> and the site too.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case int number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case IRow row:
                writer.WriteStartObject();
                foreach (var field in row.Fields)
                {
                    writer.WritePropertyName(field.Name);
                    Write(writer, field.Value);
                }

                writer.WriteEndObject();
                break;
            case IReadOnlyList<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default: throw new ArgumentException("not a table value: " + value.GetType(), nameof(value));
        }
    }
}
