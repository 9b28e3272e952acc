using System.Collections.Generic;

namespace Dataset.Export;

/// <summary>
/// One record of an exported table: its fields in the order every format writes them. A value is null, a string, an
/// int, a decimal, a bool, a nested <see cref="Row"/> (an object) or an <see cref="IReadOnlyList{T}"/> of values.
/// One shape for all formats, so JSON Lines, CSV and Parquet cannot disagree about what a table holds.
/// </summary>
public sealed class Row
{
    private readonly List<(string Name, object? Value)> _fields = new();

    public IReadOnlyList<(string Name, object? Value)> Fields => _fields;

    /// <summary>Adds a field; returns the row, so a row reads as one expression.</summary>
    public Row With(string name, object? value)
    {
        _fields.Add((name, value));
        return this;
    }
}

/// <summary>An exported table: its file name without extension (<c>quotes</c>) and its rows, in a stable order.</summary>
public sealed record Table(string Name, IReadOnlyList<Row> Rows);
