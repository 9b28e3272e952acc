using System;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// Reads a record of the generated data. A record is text: the number of texts, each text as its length and its
/// code units, then the numbers that build the objects. Stored as UTF-8 data (where the target has UTF-8 literals) a
/// text's length counts its bytes, stored as a string literal its UTF-16 code units. A number is written 14 bits a
/// code unit, low bits first, 0x4000 marking that more follow (so no code unit is a surrogate); an optional number or
/// text is written plus one, 0 for null; a text is its index in the table. Records are stored in blocks (a bucket of
/// articles, a chunk of entities), one literal each: the number of records, each one's length, then the records.
/// The generator's <c>RecordWriter</c> and <c>RecordBlock</c> write them, field for field in the order
/// <see cref="ArticleReader"/> and <see cref="EntityReader"/> read them.
/// </summary>
internal sealed class RecordReader
{
    private const int GroupBits = 14;
    private const int More = 1 << GroupBits;

    private readonly string _numbers;
    private readonly string[] _texts;
    private int _at;

    private RecordReader(string[] texts, string numbers)
    {
        _texts = texts;
        _numbers = numbers;
    }

    /// <summary>Splits a record stored as a string into its texts and its numbers, which <see cref="Open(RecordParts)"/> reads.</summary>
    public static RecordParts Split(string record) => Split(record, 0, record.Length);

    /// <summary>Splits the record in <paramref name="slot"/> of a block stored as a string.</summary>
    public static RecordParts Split(string block, int slot)
    {
        var at = 0;
        var count = ReadNumber(block, ref at);
        int start = 0, length = 0;
        for (var i = 0; i < count; i++)
        {
            var size = ReadNumber(block, ref at);
            start += i < slot ? size : 0;
            length = i == slot ? size : length;
        }

        // The records start where the header (their number and lengths) ends.
        return slot >= 0 && slot < count ? Split(block, at + start, at + start + length) : throw new ArgumentOutOfRangeException(nameof(slot));
    }

    private static RecordParts Split(string text, int at, int end)
    {
        var texts = new string[ReadNumber(text, ref at)];
        for (var i = 0; i < texts.Length; i++)
        {
            var length = ReadNumber(text, ref at);
            texts[i] = text.Substring(at, length);
            at += length;
        }

        return new RecordParts(texts, text.Substring(at, end - at));
    }

#if NET6_0_OR_GREATER
    /// <summary>
    /// Splits a record stored as UTF-8 data, whose text lengths count bytes: each text is decoded where it lies, so no
    /// string of the whole record is made.
    /// </summary>
    public static RecordParts Split(ReadOnlySpan<byte> record) => Split(record, 0, record.Length);

    /// <summary>Splits the record in <paramref name="slot"/> of a block stored as UTF-8 data (the walk of <see cref="Split(string, int)"/>, over bytes: netstandard2.0 has no spans to share it).</summary>
    public static RecordParts Split(ReadOnlySpan<byte> block, int slot)
    {
        var at = 0;
        var count = ReadNumber(block, ref at);
        int start = 0, length = 0;
        for (var i = 0; i < count; i++)
        {
            var size = ReadNumber(block, ref at);
            start += i < slot ? size : 0;
            length = i == slot ? size : length;
        }

        return slot >= 0 && slot < count ? Split(block, at + start, at + start + length) : throw new ArgumentOutOfRangeException(nameof(slot));
    }

    private static RecordParts Split(ReadOnlySpan<byte> record, int at, int end)
    {
        var texts = new string[ReadNumber(record, ref at)];
        for (var i = 0; i < texts.Length; i++)
        {
            var length = ReadNumber(record, ref at);
            texts[i] = System.Text.Encoding.UTF8.GetString(record.Slice(at, length));
            at += length;
        }

        return new RecordParts(texts, System.Text.Encoding.UTF8.GetString(record.Slice(at, end - at)));
    }

    /// <summary>A number of the text table, each of its code units read from UTF-8 (below U+8000: one to three bytes).</summary>
    private static int ReadNumber(ReadOnlySpan<byte> utf8, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += GroupBits)
        {
            int lead = utf8[at++];
            var unit = lead < 0x80 ? lead
                : lead < 0xE0 ? ((lead & 0x1F) << 6) | (utf8[at++] & 0x3F)
                : ((lead & 0x0F) << 12) | ((utf8[at++] & 0x3F) << 6) | (utf8[at++] & 0x3F);
            value |= (unit & (More - 1)) << shift;
            if ((unit & More) == 0)
            {
                return value;
            }
        }
    }
#endif

    /// <summary>A reader at the first number of a split record.</summary>
    public static RecordReader Open(RecordParts parts) => new(parts.Texts, parts.Numbers);

    /// <summary>A reader at the first number of <paramref name="record"/>.</summary>
    public static RecordReader Open(string record) => Open(Split(record));

    public int Number() => ReadNumber(_numbers, ref _at);

    public int? OptionalNumber() => Number() is var value and > 0 ? value - 1 : null;

    public bool Flag() => Number() != 0;

    public string Text() => _texts[Number()];

    public string? OptionalText() => Number() is var value and > 0 ? _texts[value - 1] : null;

    /// <summary>A count, then that many items.</summary>
    public T[] List<T>(Func<RecordReader, T> item) => List(this, item);

    /// <summary>A count, then that many items, each read by <paramref name="item"/> with <paramref name="reader"/> (which reads from this record).</summary>
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

    private static int ReadNumber(string text, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += GroupBits)
        {
            int unit = text[at++];
            value |= (unit & (More - 1)) << shift;
            if ((unit & More) == 0)
            {
                return value;
            }
        }
    }
}

/// <summary>A record split once: its texts (the strings the objects hold) and its numbers. Kept, so a rebuild decodes nothing again.</summary>
internal sealed class RecordParts
{
    public RecordParts(string[] texts, string numbers)
    {
        Texts = texts;
        Numbers = numbers;
    }

    public string[] Texts { get; }

    public string Numbers { get; }
}
