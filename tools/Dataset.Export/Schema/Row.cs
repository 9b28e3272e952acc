using System.Collections.Generic;
using System.Linq;

namespace Dataset.Export;

/// <summary>
/// A record every format writes the same way: its fields in order, each under its one name. A value is null, a
/// string, an int, a decimal, a bool, another <see cref="IRow"/> (an object) or an <see cref="IReadOnlyList{T}"/> of
/// values. The tables' rows (<see cref="QuoteRow"/>, ...), the tool's <c>--json</c> and the site's JSON are rows, so
/// JSON Lines, CSV, Parquet, the tool and the site cannot disagree about a field's name.
/// </summary>
public interface IRow
{
    IReadOnlyList<Field> Fields { get; }
}

/// <summary>A row whose field names are known without a value: an optional one still has columns in a CSV.</summary>
/// <typeparam name="TSelf">The row type.</typeparam>
public interface IShapedRow<TSelf> : IRow
    where TSelf : class, IShapedRow<TSelf>
{
    /// <summary>A row with every field empty: only its field names are read.</summary>
    static abstract TSelf Empty { get; }
}

/// <summary>
/// One field of a row. <see cref="ColumnsWhenNull"/> is set for an optional nested row that is absent: the names its
/// fields would have, so a flat table keeps the same columns whether a row has the object or not.
/// </summary>
public readonly record struct Field(string Name, object? Value, IReadOnlyList<string>? ColumnsWhenNull = null)
{
    /// <summary>An optional nested row: null when absent, with the columns it would have.</summary>
    public static Field Optional<T>(string name, T? row)
        where T : class, IShapedRow<T> =>
        new(name, row, row is null ? T.Empty.Fields.Select(field => field.Name).ToList() : null);

    /// <summary>A list of values (text, rows) as the writers take it.</summary>
    public static Field List<T>(string name, IEnumerable<T> items) =>
        new(name, items.Select(item => (object?)item).ToList());
}

/// <summary>
/// An exported table: its file name without extension (<c>quotes</c>) and its rows, in a stable order.
/// </summary>
public sealed record Table(string Name, IReadOnlyList<IRow> Rows);
