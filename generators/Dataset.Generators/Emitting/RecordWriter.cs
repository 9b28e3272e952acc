using System.Collections.Generic;
using System.Text;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes one record of the dataset's data format: a table of the record's distinct texts, then numbers that build
/// the objects, texts written as their index in the table. The package's <c>RecordReader</c> reads it back, in the
/// same order; the format is documented there. A record is plain UTF-16 text, so it can be a UTF-8 literal (static
/// data, decoded once) or a string literal; numbers are written as code units below U+8000, never surrogates.
/// </summary>
internal sealed class RecordWriter
{
    private const int GroupBits = 14;
    private const int More = 1 << GroupBits;

    private readonly StringBuilder _numbers = new();
    private readonly List<string> _texts = new();
    private readonly Dictionary<string, int> _indexes = new(System.StringComparer.Ordinal);

    /// <summary>A non-negative number: 14 bits a code unit, low bits first, 0x4000 marking that more follow.</summary>
    public void Number(int value) => Append(_numbers, value);

    /// <summary>A number or nothing: <c>value + 1</c>, or 0 for null.</summary>
    public void OptionalNumber(int? value) => Number(value is { } number ? number + 1 : 0);

    /// <summary>A flag: 1 or 0.</summary>
    public void Flag(bool value) => Number(value ? 1 : 0);

    /// <summary>A text, as its index in the record's table (one entry for each distinct text).</summary>
    public void Text(string value) => Number(IndexOf(value));

    /// <summary>A text or nothing: its index + 1, or 0 for null.</summary>
    public void OptionalText(string? value) => Number(value is null ? 0 : IndexOf(value) + 1);

    private int IndexOf(string value)
    {
        if (!_indexes.TryGetValue(value, out var index))
        {
            index = _texts.Count;
            _texts.Add(value);
            _indexes.Add(value, index);
        }

        return index;
    }

    /// <summary>The record: the number of texts, each text as its length and its code units, then the numbers.</summary>
    public override string ToString()
    {
        var record = new StringBuilder();
        Append(record, _texts.Count);
        foreach (var text in _texts)
        {
            Append(record, text.Length);
            record.Append(text);
        }

        return record.Append(_numbers).ToString();
    }

    private static void Append(StringBuilder builder, int value)
    {
        if (value < 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(value), value, "the record format holds non-negative numbers");
        }

        while (value >= More)
        {
            builder.Append((char)(More | (value & (More - 1))));
            value >>= GroupBits;
        }

        builder.Append((char)value);
    }
}
