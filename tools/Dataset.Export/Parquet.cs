using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Parquet.Schema;
using Parquet.Serialization;

namespace Dataset.Export;

/// <summary>
/// Apache Parquet, for DuckDB, Spark, pandas and R: one table a file, with real column types: text, integers,
/// decimals and booleans, nested objects as structs (a span is a struct of part, start, end and text) and lists as
/// lists. The schema is read from the table's rows, so it is the JSON Lines' shape.
/// </summary>
public static class ParquetFiles
{
    public static void Write(Table table, Stream stream)
    {
        var schema = new ParquetSchema(FieldsOf(table.Rows.Cast<object?>().ToList()));
        // The untyped serializer: rows as dictionaries, nulls where a value is not known.
        var rows = table.Rows.Select(row => (IDictionary<string, object?>)Values(row, schema.Fields)).ToList();
        ParquetSerializer.SerializeUntypedAsync(rows, schema, stream).GetAwaiter().GetResult();
    }

    /// <summary>The fields of a list of rows: each field's type is that of its first value that is not null.</summary>
    private static List<Parquet.Schema.Field> FieldsOf(IReadOnlyList<object?> rows)
    {
        var first = rows.OfType<IRow>().First();
        return first.Fields
            .Select((field, i) => FieldOf(field.Name, rows.OfType<IRow>().Select(row => row.Fields[i].Value).ToList()))
            .ToList();
    }

    private static Parquet.Schema.Field FieldOf(string name, IReadOnlyList<object?> values)
    {
        var sample = values.FirstOrDefault(value => value is not null and not IReadOnlyList<object?> { Count: 0 });
        return sample switch
        {
            int => new DataField<int?>(name),
            // As many decimal places as the values have, so no figure is rounded.
            decimal => new DecimalDataField(
                name, precision: 28, scale: values.OfType<decimal>().Max(Scale), isNullable: true),
            bool => new DataField<bool?>(name),
            IRow => new StructField(name, FieldsOf(values.Where(value => value is not null).ToList()).ToArray()),
            IReadOnlyList<object?> => new ListField(
                name, FieldOf("element", values.OfType<IReadOnlyList<object?>>().SelectMany(list => list).ToList())),
            _ => new DataField<string>(name),
        };
    }

    /// <summary>The number of decimal places of a value (scale bits 16 to 23 of a decimal's flags).</summary>
    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>
    /// A row as the untyped serializer takes it: each value converted to its field's type (a list of text is a
    /// <c>List&lt;string&gt;</c>).
    /// </summary>
    private static Dictionary<string, object?> Values(IRow row, IReadOnlyList<Parquet.Schema.Field> fields) =>
        row.Fields.Select((field, i) => (field.Name, Value: Value(field.Value, fields[i])))
            .ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    private static object? Value(object? value, Parquet.Schema.Field field) => (value, field) switch
    {
        (null, _) => null,
        (IRow nested, StructField structure) => Values(nested, structure.Fields),
        (IReadOnlyList<object?> list, ListField { Item: StructField structure }) =>
            list.Select(item => Values((IRow)item!, structure.Fields)).ToList(),
        (IReadOnlyList<object?> list, ListField { Item: DataField<int?> }) => list.Cast<int?>().ToList(),
        // Parquet.Net reads a list of text as memory, not strings.
        (IReadOnlyList<object?> list, ListField) =>
            list.Cast<string?>().Select(text => text is null ? (ReadOnlyMemory<char>?)null : text.AsMemory()).ToList(),
        _ => value,
    };
}
