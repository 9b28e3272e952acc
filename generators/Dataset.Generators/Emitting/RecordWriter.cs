using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dataset.Generators.Outputs;
using Dataset.Generators.Utilities;

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

    /// <summary>What was written: the text table and the numbers, from which either form of the record is made (see <see cref="RecordBlock"/>).</summary>
    public RecordData ToData() => new(_texts.ToEquatableArray(), _numbers.ToString());

    /// <summary>
    /// The record's text: the number of texts, each text as its length and its code units, then the numbers. A text's
    /// length counts UTF-8 bytes in a record stored as UTF-8 (so the reader decodes each text where it lies), UTF-16
    /// code units otherwise.
    /// </summary>
    public static string Format(RecordData record, bool utf8Lengths)
    {
        var text = new StringBuilder();
        Append(text, record.Texts.Count);
        foreach (var value in record.Texts)
        {
            Append(text, utf8Lengths ? Encoding.UTF8.GetByteCount(value) : value.Length);
            text.Append(value);
        }

        return text.Append(record.Numbers).ToString();
    }

    /// <summary>Writes <paramref name="value"/> in the record format at the end of <paramref name="builder"/>.</summary>
    public static void Append(StringBuilder builder, int value)
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

    /// <summary>How many code units <paramref name="value"/> takes in the record format.</summary>
    public static int UnitsOf(int value)
    {
        var units = 1;
        for (; value >= More; value >>= GroupBits)
        {
            units++;
        }

        return units;
    }

    /// <summary>The length in UTF-16 code units of <see cref="Format"/> with UTF-16 lengths, without making it.</summary>
    public static int Utf16Length(RecordData record) =>
        UnitsOf(record.Texts.Count) + record.Texts.Sum(value => UnitsOf(value.Length) + value.Length) + record.Numbers.Length;

    /// <summary>Whether the record can be UTF-8 data: a lone surrogate has no UTF-8 form.</summary>
    public static bool HasUtf8Form(RecordData record) => !record.Texts.Any(HasLoneSurrogate);

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
}
