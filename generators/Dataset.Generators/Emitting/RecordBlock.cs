using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dataset.Generators.Outputs;
using Dataset.Generators.Specs;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes records as C# literals that the package's <see cref="BlockFormat"/> splits. A block (see there) is written
/// as one literal on one line below a comment that names its records in order. Not one line per record joined by
/// <c>+</c>: the compiler binds each <c>+</c> of UTF-8 literals as an operator, a tenth of a 10,000-article build
/// (docs/performance.md). A data change's diff is the dataset snapshot.
/// </summary>
internal static class RecordBlock
{
    /// <summary>
    /// Whether records are written as UTF-8 data: the target has UTF-8 literals (static data, outside the 16 MiB
    /// user-string heap that string literals share) and every record has a UTF-8 form (a lone surrogate has none).
    /// </summary>
    public static bool IsUtf8(IEnumerable<RecordData> records, bool utf8Target) =>
        utf8Target && records.All(RecordWriter.HasUtf8Form);

    /// <summary>One record on its own (an index) as an expression that makes it a <c>RecordParts</c>.</summary>
    public static string Single(RecordData record, bool utf8Target)
    {
        var utf8 = IsUtf8(new[] { record }, utf8Target);
        return "RecordReader.Split(" + Literal(RecordWriter.Format(record, utf8), utf8) + ")";
    }

    /// <summary>
    /// The expression that splits the record at <paramref name="slot"/> of the block written as
    /// <paramref name="name"/> (see <see cref="Write"/>), with the block's offsets cache.
    /// </summary>
    public static string Split(string name, string slot) =>
        "BlockFormat.Split(" + name + ", " + slot + ", ref " + OffsetsOf(name) + ")";

    /// <summary>
    /// Writes a member named <paramref name="name"/> that holds <paramref name="records"/> as one block, read by
    /// <see cref="Split"/>: a method that returns the block as UTF-8 data (the reader keeps the method, to decode each
    /// text when first read), or a string constant where the records cannot be UTF-8; then the field where the reader
    /// keeps each record's offset, read from the block's header when the block is first reached.
    /// </summary>
    public static void Write(
        SourceWriter writer,
        string summary,
        string name,
        IReadOnlyList<(string Comment, RecordData Record)> records,
        bool utf8Target)
    {
        var utf8 = IsUtf8(records.Select(record => record.Record), utf8Target);
        var block = BlockFormat.Write(
            records.Select(record => RecordWriter.Format(record.Record, utf8)).ToList(), utf8);

        writer.WriteLine("/// <summary>" + summary + "</summary>");
        writer.WriteLine(utf8
            ? "private static global::System.ReadOnlySpan<byte> " + name + "() =>"
            : "private const string " + name + " =");
        writer.Indentation++;
        writer.WriteLine("// " + Literals.Number(records.Count) + (records.Count == 1
            ? " record and its length, then the record:"
            : " records and their lengths, then the records:"));
        foreach (var record in records)
        {
            writer.WriteLine("// - " + Literals.CommentText(record.Comment));
        }

        writer.WriteLine(Literal(block, utf8) + ";");
        writer.Indentation--;
        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>Where each record of <see cref=\"" + name + "\"/> starts, read from its header on first use."
            + "</summary>");
        writer.WriteLine("private static int[]? " + OffsetsOf(name) + ";");
    }

    /// <summary>
    /// What a block of records takes of the user-string heap when it is a string literal: the header's code units,
    /// the records' own being counted with each record (see <see cref="RecordCost"/>), and the literal's length
    /// prefix and flag byte.
    /// </summary>
    public static int BlockCost(IReadOnlyList<RecordData> records)
    {
        var units = RecordFormat.UnitsOf(records.Count)
            + records.Sum(record => RecordFormat.UnitsOf(RecordWriter.Utf16Length(record)));
        var all = units + records.Sum(RecordWriter.Utf16Length);
        return UserStringHeap.BytesOf(all) - (2 * (all - units));
    }

    /// <summary>What one record takes of the user-string heap inside a string block: two bytes a code unit.</summary>
    public static int RecordCost(RecordData record) => 2 * RecordWriter.Utf16Length(record);

    private static string OffsetsOf(string name) => name + "Offsets";

    private static string Literal(string text, bool utf8) => Literals.String(text) + (utf8 ? "u8" : string.Empty);
}
