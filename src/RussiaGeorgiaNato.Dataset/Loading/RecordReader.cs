using System;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// Reads a record of the generated data. A record is text: the number of texts, each text as its length and its
/// code units, then the numbers that build the objects. Stored as UTF-8 data (where the target has UTF-8 literals) a
/// text's length counts its bytes, stored as a string literal its UTF-16 code units. A number is written 14 bits a
/// code unit, low bits first, 0x4000 marking that more follow (so no code unit is a surrogate); an optional number or
/// text is written plus one, 0 for null; a text is its index in the table. Records are stored in blocks (a bucket of
/// articles, a chunk of entities), one literal each (a method returning UTF-8 data, or a string constant): the number
/// of records, each one's length, then the records. Splitting a record decodes its numbers only; each text is decoded
/// when first read (see <see cref="RecordParts"/>).
/// The generator's <c>RecordWriter</c> and <c>RecordBlock</c> write them, field for field in the order
/// <see cref="ArticleReader"/> and <see cref="EntityReader"/> read them.
/// </summary>
internal sealed class RecordReader
{
    private const int GroupBits = 14;
    private const int More = 1 << GroupBits;

    private readonly RecordParts _parts;
    private readonly string _numbers;
    private int _at;

    private RecordReader(RecordParts parts)
    {
        _parts = parts;
        _numbers = parts.Numbers;
    }

    /// <summary>Splits a record stored as a string (an index) into its texts and its numbers, which <see cref="Open(RecordParts)"/> reads.</summary>
    public static RecordParts Split(string record)
    {
        var at = 0;
        var places = Places(record, ref at);
        return new RecordParts(new string?[places.Length / 2], places, record.Substring(at), record);
    }

    /// <summary>
    /// Splits the record in <paramref name="slot"/> of a block stored as a string; each text is cut from the block when
    /// first read. <paramref name="offsets"/> keeps where each record of the block starts, read from the block's header
    /// on first use, so finding a record does not walk the header again.
    /// </summary>
    public static RecordParts Split(string block, int slot, ref int[]? offsets)
    {
        var starts = offsets ?? ReadOnly.Once(ref offsets, Offsets(block));
        var at = Start(starts, slot);
        var places = Places(block, ref at);
        return new RecordParts(new string?[places.Length / 2], places, block.Substring(at, starts[slot + 1] - at), block);
    }

    /// <summary>Where each record of a block starts, and where the last ends: after the header (the number of records and their lengths), plus the lengths before it.</summary>
    private static int[] Offsets(string block)
    {
        var at = 0;
        var offsets = new int[ReadNumber(block, ref at) + 1];
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] = ReadNumber(block, ref at);
        }

        return StartsAt(offsets, at);
    }

    /// <summary>Turns the records' lengths (from index 1 on) into where each starts, the first where the header ends.</summary>
    private static int[] StartsAt(int[] lengths, int headerEnd)
    {
        lengths[0] = headerEnd;
        for (var i = 1; i < lengths.Length; i++)
        {
            lengths[i] += lengths[i - 1];
        }

        return lengths;
    }

    private static int Start(int[] offsets, int slot) => slot >= 0 && slot < offsets.Length - 1 ? offsets[slot] : throw new ArgumentOutOfRangeException(nameof(slot));

    /// <summary>The text table of a record: each text's start and length, read up to the record's numbers.</summary>
    private static int[] Places(string record, ref int at)
    {
        var places = new int[2 * ReadNumber(record, ref at)];
        for (var i = 0; i < places.Length; i += 2)
        {
            places[i + 1] = ReadNumber(record, ref at);
            places[i] = at;
            at += places[i + 1];
        }

        return places;
    }

#if NET6_0_OR_GREATER
    /// <summary>Splits a record stored as UTF-8 data (an index), decoding its texts at once.</summary>
    public static RecordParts Split(ReadOnlySpan<byte> record)
    {
        var at = 0;
        var places = Places(record, ref at);
        var texts = new string?[places.Length / 2];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = System.Text.Encoding.UTF8.GetString(record.Slice(places[2 * i], places[(2 * i) + 1]));
        }

        return new RecordParts(texts, places, System.Text.Encoding.UTF8.GetString(record.Slice(at)), (string?)null);
    }

    /// <summary>
    /// Splits the record in <paramref name="slot"/> of a block stored as UTF-8 data, whose text lengths count bytes:
    /// only its numbers are decoded now; each text is decoded where it lies when first read (the block is static data,
    /// reached again through <paramref name="block"/>), so no string of the whole record is made.
    /// </summary>
    public static RecordParts Split(Utf8Block block, int slot, ref int[]? offsets)
    {
        var data = block();
        var starts = offsets ?? ReadOnly.Once(ref offsets, Offsets(data));
        var at = Start(starts, slot);
        var places = Places(data, ref at);
        return new RecordParts(new string?[places.Length / 2], places, System.Text.Encoding.UTF8.GetString(data.Slice(at, starts[slot + 1] - at)), block);
    }

    /// <summary>The walk of <see cref="Offsets(string)"/>, over bytes (netstandard2.0 has no spans to share it).</summary>
    private static int[] Offsets(ReadOnlySpan<byte> block)
    {
        var at = 0;
        var offsets = new int[ReadNumber(block, ref at) + 1];
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] = ReadNumber(block, ref at);
        }

        return StartsAt(offsets, at);
    }

    private static int[] Places(ReadOnlySpan<byte> record, ref int at)
    {
        var places = new int[2 * ReadNumber(record, ref at)];
        for (var i = 0; i < places.Length; i += 2)
        {
            places[i + 1] = ReadNumber(record, ref at);
            places[i] = at;
            at += places[i + 1];
        }

        return places;
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
    public static RecordReader Open(RecordParts parts) => new(parts);

    /// <summary>A reader at the first number of <paramref name="record"/>.</summary>
    public static RecordReader Open(string record) => Open(Split(record));

    /// <summary>Where the next number is: a reader <see cref="At"/> it reads on from there.</summary>
    public int Position => _at;

    /// <summary>A new reader of the same record at <paramref name="position"/>, with a cursor of its own.</summary>
    public RecordReader At(int position) => new(_parts) { _at = position };

    public int Number() => ReadNumber(_numbers, ref _at);

    public int? OptionalNumber() => Number() is var value and > 0 ? value - 1 : null;

    public bool Flag() => Number() != 0;

    public string Text() => _parts.Text(Number());

    /// <summary>A text read only when its value is first asked for (see <see cref="RecordText"/>).</summary>
    public RecordText LazyText() => new(_parts, Number());

    public string? OptionalText() => Number() is var value and > 0 ? _parts.Text(value - 1) : null;

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

#if NET6_0_OR_GREATER
/// <summary>A block of records stored as UTF-8 data: the generated method that returns it (static data, never moved).</summary>
internal delegate ReadOnlySpan<byte> Utf8Block();
#endif

/// <summary>
/// A record split once: its numbers, and where each of its texts lies in its block. A text is decoded (or cut from a
/// string block) when first read and then kept, so an article's body is never decoded unless it is read, and a rebuild
/// (the benchmarks') decodes nothing again.
/// </summary>
internal sealed class RecordParts
{
    private readonly string?[] _texts;

    // Each text's start and length in the block, two numbers a text.
    private readonly int[] _places;
    private readonly string? _utf16;
#if NET6_0_OR_GREATER
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

    /// <summary>The text at <paramref name="index"/> of the table, decoded on first read (once, whichever thread reads it first).</summary>
    public string Text(int index) => _texts[index] ?? ReadOnly.Once(ref _texts[index], Decode(_places[2 * index], _places[(2 * index) + 1]));

    private string Decode(int start, int length)
    {
#if NET6_0_OR_GREATER
        if (_utf8 is not null)
        {
            return System.Text.Encoding.UTF8.GetString(_utf8().Slice(start, length));
        }
#endif
        return _utf16!.Substring(start, length);
    }
}

/// <summary>A text of a record that is decoded when first read: an article's body, which most queries never read.</summary>
internal sealed class RecordText
{
    private readonly RecordParts _parts;
    private readonly int _index;

    public RecordText(RecordParts parts, int index)
    {
        _parts = parts;
        _index = index;
    }

    public string Value => _parts.Text(_index);
}
