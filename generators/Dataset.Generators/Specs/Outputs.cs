using Dataset.Generators.Diagnostics;

namespace Dataset.Generators.Specs;

/// <summary>An article after validation: what the emitter writes when it may be emitted (no errors), and every diagnostic.</summary>
internal sealed record ValidatedArticle(ValidArticle? Article, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The registry as parsed (entities that failed to parse are left out) and its parse diagnostics.</summary>
internal sealed record ParsedRegistry(RegistrySpec Spec, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The registry after validation: the handles to write (null when validation failed), and every diagnostic.</summary>
internal sealed record ValidatedRegistry(EntityHandles? Handles, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One generated file, or the located failure that prevented it.</summary>
internal sealed record GeneratedFile
{
    public required string HintName { get; init; }

    /// <summary>The C# source, or null when <see cref="Failure"/> says why there is none.</summary>
    public required string? Text { get; init; }

    public required DiagnosticInfo? Failure { get; init; }
}

/// <summary>A record's content (see <c>RecordWriter</c>): its table of texts and its numbers, from which its UTF-8 or its string form is written.</summary>
internal sealed record RecordData(EquatableArray<string> Texts, string Numbers);

/// <summary>One article's record, or the located failure that prevented it.</summary>
internal sealed record ArticleRecord
{
    public required string Id { get; init; }

    public required string Path { get; init; }

    /// <summary>The earliest day the article can have been published (the corpus order), as <c>DateLiteral.EarliestDay</c> counts it.</summary>
    public required int EarliestDay { get; init; }

    /// <summary>The record, or null when <see cref="Failure"/> says why there is none.</summary>
    public required RecordData? Data { get; init; }

    public required DiagnosticInfo? Failure { get; init; }
}

/// <summary>The articles of one bucket (see <c>Buckets</c>), ordered by id: their position in it is their slot.</summary>
internal sealed record RecordBucket(int Number, EquatableArray<ArticleRecord> Articles);
