#if RECORD_WRITER
using System.Collections.Generic;
using Dataset.Generators.Outputs;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;
#endif

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A bucket's directory record: the number of its articles, then for each, in slot order (ids ordinal), its id and its
/// position in the corpus. Finding an article by id reads its bucket's directory alone.
/// </summary>
internal static class DirectoryFormat
{
#if RECORD_WRITER
    public static RecordData Write(IReadOnlyList<(string Id, int Position)> slots)
    {
        var record = new RecordWriter();
        record.List(slots, static (entry, slot) =>
        {
            entry.Text(slot.Id);
            entry.Number(slot.Position);
        });
        return record.ToData();
    }
#endif

    /// <summary>The number of slots, read first.</summary>
    public static int Count(RecordReader directory) => directory.Number();

    /// <summary>
    /// The next slot: its id as an index in the record's text table (decoded only when compared or first needed),
    /// and its position in the corpus.
    /// </summary>
    public static (int IdText, int Position) Slot(RecordReader directory) => (directory.Number(), directory.Number());
}
