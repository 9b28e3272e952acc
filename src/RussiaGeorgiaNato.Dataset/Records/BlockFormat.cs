using System;
#if RECORD_WRITER
using System.Collections.Generic;
using System.Text;
#endif

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A block: a group of records (a bucket of articles, a chunk of entities, the directory) stored as one literal, the
/// number of records, each one's length, then the records. One literal a block, not one a record: the runtime
/// resolves every literal a method names when it JIT-compiles the method (docs/performance.md). A record is found by
/// its slot; each block keeps where its records start, read from its header on first use.
/// </summary>
internal static class BlockFormat
{
#if RECORD_WRITER
    /// <summary>
    /// The block of <paramref name="records"/> (each already in its stored form, see
    /// <see cref="RecordWriter.Format"/>):
    /// the header, then the records. The lengths count UTF-8 bytes in a block stored as UTF-8.
    /// </summary>
    public static string Write(IReadOnlyList<string> records, bool utf8)
    {
        var block = new StringBuilder();
        RecordFormat.AppendNumber(block, records.Count);
        foreach (var record in records)
        {
            RecordFormat.AppendNumber(block, utf8 ? Encoding.UTF8.GetByteCount(record) : record.Length);
        }

        foreach (var record in records)
        {
            block.Append(record);
        }

        return block.ToString();
    }
#endif

    /// <summary>
    /// Where each record of a block starts, and where the last ends: after the header (the number of records and
    /// their lengths), plus the lengths before it.
    /// </summary>
    public static int[] Offsets(string block)
    {
        var at = 0;
        var offsets = new int[RecordFormat.ReadNumber(block, ref at) + 1];
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] = RecordFormat.ReadNumber(block, ref at);
        }

        return StartsAt(offsets, at);
    }

    /// <summary>
    /// Splits the record in <paramref name="slot"/> of a block stored as a string; each text is cut from the block
    /// when first read. <paramref name="offsets"/> keeps where each record starts, so finding one does not walk the
    /// header again.
    /// </summary>
    public static RecordParts Split(string block, int slot, ref int[]? offsets)
    {
        var starts = offsets ?? LazyField.Publish(ref offsets, Offsets(block));
        var at = Start(starts, slot);
        var places = RecordReader.Places(block, ref at);
        return new RecordParts(
            new string?[places.Length / 2], places, block.Substring(at, starts[slot + 1] - at), block);
    }

#if NET6_0_OR_GREATER || RECORD_WRITER
    /// <summary>
    /// The walk of <see cref="Offsets(string)"/>, over bytes (netstandard2.0 has no spans to share it).
    /// </summary>
    public static int[] Offsets(ReadOnlySpan<byte> block)
    {
        var at = 0;
        var offsets = new int[RecordFormat.ReadNumber(block, ref at) + 1];
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] = RecordFormat.ReadNumber(block, ref at);
        }

        return StartsAt(offsets, at);
    }

    /// <summary>
    /// Splits the record in <paramref name="slot"/> of a block stored as UTF-8 data, whose text lengths count bytes:
    /// only its numbers are decoded now; each text is decoded where it lies when first read (the block is static
    /// data, reached again through <paramref name="block"/>), so no string of the whole record is made.
    /// </summary>
    public static RecordParts Split(Utf8Block block, int slot, ref int[]? offsets)
    {
        var data = block();
        var starts = offsets ?? LazyField.Publish(ref offsets, Offsets(data));
        var at = Start(starts, slot);
        var places = RecordReader.Places(data, ref at);
        var numbers = RecordReader.Utf8(data.Slice(at, starts[slot + 1] - at));
        return new RecordParts(new string?[places.Length / 2], places, numbers, block);
    }
#endif

    /// <summary>
    /// Turns the records' lengths (from index 1 on) into where each starts, the first where the header ends.
    /// </summary>
    private static int[] StartsAt(int[] lengths, int headerEnd)
    {
        lengths[0] = headerEnd;
        for (var i = 1; i < lengths.Length; i++)
        {
            lengths[i] += lengths[i - 1];
        }

        return lengths;
    }

    private static int Start(int[] offsets, int slot) =>
        slot >= 0 && slot < offsets.Length - 1 ? offsets[slot] : throw new ArgumentOutOfRangeException(nameof(slot));
}
