using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes one record of the dataset's data format: a table of the record's distinct texts, then numbers that build
/// the objects, texts written as their index in the table. The package's <c>RecordReader</c> reads it back, in the
/// same order; the format is documented there. A record is text, so it can be a UTF-8 literal (static data) or a
/// string literal; numbers are written as code units below U+8000, never surrogates.
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

    /// <summary>
    /// The record as a C# expression that makes it a <c>RecordParts</c>: where the target has UTF-8 literals, UTF-8
    /// data in the assembly (out of the 16 MiB user-string heap that string literals share), whose texts are decoded
    /// straight into their strings; otherwise a string literal. A record with a lone surrogate has no UTF-8 form, so
    /// it stays a string literal.
    /// </summary>
    /// <param name="utf8">Whether the target has UTF-8 literals.</param>
    /// <param name="userStringBytes">What the record takes of the assembly's user-string heap: none as UTF-8 data (see <see cref="UserStringHeap"/>).</param>
    public string ToExpression(bool utf8, out int userStringBytes)
    {
        var asUtf8 = utf8 && !_texts.Any(HasLoneSurrogate);
        var record = ToRecord(asUtf8);
        userStringBytes = asUtf8 ? 0 : UserStringHeap.BytesOf(record.Length);
        return "RecordReader.Split(" + Literals.String(record) + (asUtf8 ? "u8)" : ")");
    }

    /// <summary>
    /// The record's text: the number of texts, each text as its length and its code units, then the numbers. A text's
    /// length counts UTF-8 bytes in a record stored as UTF-8 (so the reader decodes each text where it lies), UTF-16
    /// code units otherwise.
    /// </summary>
    public string ToRecord(bool utf8Lengths)
    {
        var record = new StringBuilder();
        Append(record, _texts.Count);
        foreach (var text in _texts)
        {
            Append(record, utf8Lengths ? Encoding.UTF8.GetByteCount(text) : text.Length);
            record.Append(text);
        }

        return record.Append(_numbers).ToString();
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
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
