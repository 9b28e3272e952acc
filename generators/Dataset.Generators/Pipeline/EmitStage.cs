using System;
using System.Linq;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Emitting;
using Dataset.Generators.Outputs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Pipeline;

/// <summary>
/// Specs to C#: each valid article a record, the records gathered in bucket files, the entity registry and the
/// article index. Each article's record is its own step, and each bucket's file is written only when one of its
/// records changed.
/// </summary>
internal static class EmitStage
{
    /// <summary>The record of each valid article; an article with errors has none.</summary>
    public static IncrementalValuesProvider<StepResult<ArticleRecord>> ArticleRecords(
        IncrementalValuesProvider<StepResult<ValidArticle>> articles, StepGuard guard) =>
        articles
            .Select((validated, _) => validated.Value is { } article
                ? guard.Run(TrackingNames.EmitArticle, article.Spec.Path, () => ArticleEmitter.Record(article))
                : StepResult<ArticleRecord>.Nothing)
            .WithTrackingName(TrackingNames.EmitArticle);

    /// <summary>Every record that was written, the input of the buckets and the index.</summary>
    public static IncrementalValueProvider<EquatableArray<ArticleRecord>> WrittenRecords(
        IncrementalValuesProvider<StepResult<ArticleRecord>> records) =>
        records
            .Collect()
            .Select(static (results, _) => results
                .Where(result => result.Value is not null)
                .Select(result => result.Value!)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.WrittenRecords);

    /// <summary>
    /// Records written as string literals must fit in the assembly's user-string heap: past it, one located error
    /// and no corpus (an empty index), instead of a compiler error for every literal past the limit.
    /// </summary>
    public static IncrementalValueProvider<DiagnosticInfo?> UserStringHeapCheck(
        IncrementalValueProvider<EquatableArray<ArticleRecord>> records, IncrementalValueProvider<bool> utf8) =>
        records
            .Combine(utf8)
            .Select(static (input, _) => UserStringHeap.Check(input.Left, input.Right))
            .WithTrackingName(TrackingNames.UserStringHeap);

    /// <summary>
    /// One file per bucket (see <see cref="Buckets"/>), ordered by hint name: the compiler lays out types and
    /// methods in the order sources are added, and the order of AdditionalFiles depends on the machine's directory
    /// listing.
    /// </summary>
    public static IncrementalValueProvider<EquatableArray<StepResult<GeneratedFile>>> BucketFiles(
        IncrementalValueProvider<EquatableArray<ArticleRecord>> records,
        IncrementalValueProvider<DiagnosticInfo?> heapFull,
        IncrementalValueProvider<bool> utf8,
        StepGuard guard) =>
        records
            .Combine(heapFull)
            .SelectMany(static (input, _) =>
                input.Right is null ? Buckets.Group(input.Left) : Enumerable.Empty<RecordBucket>())
            .WithTrackingName(TrackingNames.Buckets)
            .Combine(utf8)
            .Select((input, _) => Generate(
                guard,
                TrackingNames.EmitBucket,
                string.Empty,
                ArticleEmitter.HintName(input.Left.Number),
                () => ArticleEmitter.EmitBucket(input.Left, input.Right)))
            .WithTrackingName(TrackingNames.EmitBucket)
            .Collect()
            .Select(static (files, _) => files
                .OrderBy(file => file.Value?.HintName, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.BucketSources);

    /// <summary>
    /// The entity handles' file. Only the handles reach the emitter, so a change in the registry's diagnostics alone
    /// does not rewrite the file.
    /// </summary>
    public static IncrementalValueProvider<StepResult<GeneratedFile>> EntitiesFile(
        IncrementalValueProvider<StepResult<EntityHandles>> registry,
        IncrementalValueProvider<bool> utf8,
        StepGuard guard) =>
        registry
            .Select(static (validated, _) => validated.Value)
            .Combine(utf8)
            .Select((input, _) => input.Left is not { } handles
                ? StepResult<GeneratedFile>.Nothing
                : Generate(
                    guard,
                    TrackingNames.EmitEntities,
                    handles.RegistryPath,
                    EntitiesEmitter.HintName,
                    () => EntitiesEmitter.Emit(handles, input.Right)))
            .WithTrackingName(TrackingNames.EmitEntities);

    /// <summary>
    /// The article index: it lists the articles whose record was written, so it never names a missing one.
    /// </summary>
    public static IncrementalValueProvider<StepResult<GeneratedFile>> IndexFile(
        IncrementalValueProvider<EquatableArray<ArticleRecord>> records,
        IncrementalValueProvider<DiagnosticInfo?> heapFull,
        IncrementalValueProvider<bool> utf8,
        StepGuard guard) =>
        records
            .Combine(heapFull)
            .Select(
                static (input, _) => input.Right is null ? CorpusOrder(input.Left) : EquatableArray<IndexEntry>.Empty)
            .Combine(utf8)
            .Select(
                (input, _) =>
                    Generate(guard, TrackingNames.Index, string.Empty, IndexEmitter.HintName, () =>
                        IndexEmitter.Emit(input.Left, input.Right)))
            .WithTrackingName(TrackingNames.Index);

    /// <summary>
    /// The order of Corpus.Articles: by the earliest day each can have been published, then by id. The package's
    /// PublishedBetween search relies on it.
    /// </summary>
    private static EquatableArray<IndexEntry> CorpusOrder(EquatableArray<ArticleRecord> records) =>
        records
            .Select(record => new IndexEntry(record.Id, record.EarliestDay))
            .OrderBy(entry => entry.EarliestDay)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .ToEquatableArray();

    private static StepResult<GeneratedFile> Generate(
        StepGuard guard, string step, string path, string hintName, Func<string> emit) =>
        guard.Run(step, path, () => new GeneratedFile(hintName, emit()));
}
