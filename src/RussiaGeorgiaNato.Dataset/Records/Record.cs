using System;
#if RECORD_WRITER
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dataset.Generators.Outputs;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;
#endif

namespace RussiaGeorgiaNato.Dataset;

#if RECORD_WRITER
/// <summary>
/// Writes the fields of one record (see <see cref="RecordFormat"/>), which <see cref="RecordReader"/> reads back
/// with the method of the same name.
/// </summary>
internal sealed class RecordWriter
{
    private readonly StringBuilder _numbers = new();
    private readonly List<string> _texts = new();
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    public void Number(int value) => RecordFormat.AppendNumber(_numbers, value);

    public void OptionalNumber(int? value) => Number(value is { } number ? number + 1 : 0);

    public void Flag(bool value) => Number(value ? 1 : 0);

    /// <summary>A text, as its index in the record's table (one entry for each distinct text).</summary>
    public void Text(string value) => Number(IndexOf(value));

    public void OptionalText(string? value) => Number(value is null ? 0 : IndexOf(value) + 1);

    /// <summary>A count, then each item written by <paramref name="item"/>.</summary>
    public void List<T>(IReadOnlyList<T> items, Action<RecordWriter, T> item)
    {
        Number(items.Count);
        foreach (var value in items)
        {
            item(this, value);
        }
    }

    /// <summary>
    /// What was written: the text table and the numbers, from which either form of the record is made.
    /// </summary>
    public RecordData ToData() => new(_texts.ToEquatableArray(), _numbers.ToString());

    /// <summary>
    /// The record's text: the text table, then the numbers. A text's length counts UTF-8 bytes in a record stored as
    /// UTF-8 (so the reader decodes each text where it lies), UTF-16 code units otherwise.
    /// </summary>
    public static string Format(RecordData record, bool utf8Lengths)
    {
        var text = new StringBuilder();
        RecordFormat.AppendNumber(text, record.Texts.Count);
        foreach (var value in record.Texts)
        {
            RecordFormat.AppendNumber(text, utf8Lengths ? Encoding.UTF8.GetByteCount(value) : value.Length);
            text.Append(value);
        }

        return text.Append(record.Numbers).ToString();
    }

    /// <summary>
    /// The length in UTF-16 code units of <see cref="Format"/> with UTF-16 lengths, without making it.
    /// </summary>
    public static int Utf16Length(RecordData record) =>
        RecordFormat.UnitsOf(record.Texts.Count)
        + record.Texts.Sum(value => RecordFormat.UnitsOf(value.Length) + value.Length)
        + record.Numbers.Length;

    /// <summary>Whether the record can be UTF-8 data: a lone surrogate has no UTF-8 form.</summary>
    public static bool HasUtf8Form(RecordData record) => !record.Texts.Any(HasLoneSurrogate);

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
#endif

/// <summary>
/// Reads the fields of one record (see <see cref="RecordFormat"/>), each with the method of the name the
/// generator's <c>RecordWriter</c> wrote it with. A reader has its own cursor; <see cref="At"/> makes another.
/// </summary>
internal sealed class RecordReader
{
    private readonly RecordParts _parts;
    private readonly string _numbers;
    private int _at;

    private RecordReader(RecordParts parts)
    {
        _parts = parts;
        _numbers = parts.Numbers;
    }

    /// <summary>Splits a record stored as a string (an index) into its texts and its numbers.</summary>
    public static RecordParts Split(string record)
    {
        var at = 0;
        var places = Places(record, ref at);
        return new RecordParts(new string?[places.Length / 2], places, record.Substring(at), record);
    }

    /// <summary>The text table of a record: each text's start and length, read up to the record's numbers.</summary>
    internal static int[] Places(string record, ref int at)
    {
        var places = new int[2 * RecordFormat.ReadNumber(record, ref at)];
        for (var i = 0; i < places.Length; i += 2)
        {
            places[i + 1] = RecordFormat.ReadNumber(record, ref at);
            places[i] = at;
            at += places[i + 1];
        }

        return places;
    }

#if NET6_0_OR_GREATER || RECORD_WRITER
    /// <summary>Splits a record stored as UTF-8 data (an index), decoding its texts at once.</summary>
    public static RecordParts Split(ReadOnlySpan<byte> record)
    {
        var at = 0;
        var places = Places(record, ref at);
        var texts = new string?[places.Length / 2];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Utf8(record.Slice(places[2 * i], places[(2 * i) + 1]));
        }

        return new RecordParts(texts, places, Utf8(record.Slice(at)), (string?)null);
    }

    /// <summary>
    /// The walk of <see cref="Places(string, ref int)"/>, over bytes (netstandard2.0 cannot share it).
    /// </summary>
    internal static int[] Places(ReadOnlySpan<byte> record, ref int at)
    {
        var places = new int[2 * RecordFormat.ReadNumber(record, ref at)];
        for (var i = 0; i < places.Length; i += 2)
        {
            places[i + 1] = RecordFormat.ReadNumber(record, ref at);
            places[i] = at;
            at += places[i + 1];
        }

        return places;
    }

    internal static string Utf8(ReadOnlySpan<byte> bytes) =>
#if NET6_0_OR_GREATER
        System.Text.Encoding.UTF8.GetString(bytes);
#else
        System.Text.Encoding.UTF8.GetString(bytes.ToArray());
#endif
#endif

    /// <summary>A reader at the first number of a split record.</summary>
    public static RecordReader Open(RecordParts parts) => new(parts);

    /// <summary>A reader at the first number of <paramref name="record"/>.</summary>
    public static RecordReader Open(string record) => Open(Split(record));

    /// <summary>Where the next number is: a reader <see cref="At"/> it reads on from there.</summary>
    public int Position => _at;

    /// <summary>True once every number of the record is read.</summary>
    public bool AtEnd => _at == _numbers.Length;

    /// <summary>A new reader of the same record at <paramref name="position"/>, with a cursor of its own.</summary>
    public RecordReader At(int position) => new(_parts) { _at = position };

    public int Number() => RecordFormat.ReadNumber(_numbers, ref _at);

    public int? OptionalNumber() => Number() is var value and > 0 ? value - 1 : null;

    public bool Flag() => Number() != 0;

    public string Text() => _parts.Text(Number());

    public string? OptionalText() => Number() is var value and > 0 ? _parts.Text(value - 1) : null;

#if !RECORD_WRITER
    /// <summary>A text decoded only when its value is first asked for (see <see cref="RecordText"/>).</summary>
    public DeferredText DeferredText() => new RecordText(_parts, Number());
#endif

    /// <summary>A count, then that many items.</summary>
    public T[] List<T>(Func<RecordReader, T> item) => List(this, item);

    /// <summary>
    /// A count, then that many items, each read by <paramref name="item"/> with <paramref name="reader"/>.
    /// </summary>
    public T[] List<TReader, T>(TReader reader, Func<TReader, T> item)
    {
        var count = Number();
        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = item(reader);
        }

        return items;
    }
}

#if NET6_0_OR_GREATER || RECORD_WRITER
/// <summary>
/// A block of records stored as UTF-8 data: the generated method that returns it (static data, never moved).
/// </summary>
internal delegate ReadOnlySpan<byte> Utf8Block();
#endif

/// <summary>
/// A record split once: its numbers, and where each of its texts lies in its block. A text is decoded (or cut from a
/// string block) when first read and then kept, so an article's body is never decoded unless it is read, and a
/// rebuild (the benchmarks') decodes nothing again.
/// </summary>
internal sealed class RecordParts
{
    private readonly string?[] _texts;

    // Each text's start and length in the block, two numbers a text.
    private readonly int[] _places;
    private readonly string? _utf16;
#if NET6_0_OR_GREATER || RECORD_WRITER
    private readonly Utf8Block? _utf8;

    public RecordParts(string?[] texts, int[] places, string numbers, Utf8Block? block)
        : this(texts, places, numbers, (string?)null) => _utf8 = block;
#endif

    public RecordParts(string?[] texts, int[] places, string numbers, string? block)
    {
        _texts = texts;
        _places = places;
        _utf16 = block;
        Numbers = numbers;
    }

    /// <summary>The record's numbers, which <see cref="RecordReader"/> reads.</summary>
    public string Numbers { get; }

    /// <summary>The number of texts in the record's table.</summary>
    public int TextCount => _texts.Length;

    /// <summary>The text at <paramref name="index"/> of the table, decoded on first read.</summary>
    public string Text(int index) =>
        _texts[index] ?? LazyField.Publish(ref _texts[index], Decode(_places[2 * index], _places[(2 * index) + 1]));

    private string Decode(int start, int length)
    {
#if NET6_0_OR_GREATER || RECORD_WRITER
        if (_utf8 is not null)
        {
            return RecordReader.Utf8(_utf8().Slice(start, length));
        }
#endif
        return _utf16!.Substring(start, length);
    }
}

#if !RECORD_WRITER
/// <summary>
/// A text of a record that is decoded when first read: an article's body, which most queries never read.
/// </summary>
internal sealed class RecordText : DeferredText
{
    private readonly RecordParts _parts;
    private readonly int _index;

    public RecordText(RecordParts parts, int index)
    {
        _parts = parts;
        _index = index;
    }

    public override string Value => _parts.Text(_index);
}
#endif
