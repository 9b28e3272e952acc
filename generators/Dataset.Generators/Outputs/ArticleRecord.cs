using Dataset.Generators.Utilities;

namespace Dataset.Generators.Outputs;

/// <summary>
/// A record's content, as <c>RecordWriter</c> (src/RussiaGeorgiaNato.Dataset/Records/Record.cs) makes it: its table
/// of texts and its numbers, from which its UTF-8 or its string form is written.
/// </summary>
internal sealed record RecordData(EquatableArray<string> Texts, string Numbers);

/// <summary>One article's record, and what the index and the buckets need to know of the article.</summary>
internal sealed record ArticleRecord
{
    public required string Id { get; init; }

    public required string Path { get; init; }

    /// <summary>
    /// The earliest day the article can have been published (the corpus order), as <c>DateLiteral.EarliestDay</c>
    /// counts it.
    /// </summary>
    public required int EarliestDay { get; init; }

    public required RecordData Data { get; init; }
}

/// <summary>
/// The articles of one bucket (see <c>Buckets</c>), ordered by id: their position in it is their slot.
/// </summary>
internal sealed record RecordBucket(int Number, EquatableArray<ArticleRecord> Articles);
