using System;
using Dataset.Generators.Pipeline;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators;

/// <summary>
/// Compiles the curated YAML into the dataset's C#. Data flows one way: file -> parse (spec) -> validate (against
/// the registry and the article directory) -> emit (one record per article, gathered in bucket files, plus the
/// entity registry and the article index) -> report. Each article is its own branch up to its record, so an edit to
/// one article re-runs that branch and rewrites its bucket's file only.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFiles metadata that marks a dataset file: <c>entities</c> or <c>article</c>.</summary>
    public const string RoleMetadata = "build_metadata.AdditionalFiles.DatasetRole";

    private readonly StepGuard _guard;

    /// <summary>The generator as the compiler runs it.</summary>
    public DatasetGenerator()
        : this(StepGuard.Default)
    {
    }

    /// <summary>
    /// For tests: <paramref name="guard"/> may make a chosen step throw (see <see cref="StepGuard"/>).
    /// </summary>
    internal DatasetGenerator(StepGuard guard) => _guard = guard ?? throw new ArgumentNullException(nameof(guard));

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = InputStage.Files(context);
        var utf8 = InputStage.Utf8Target(context);

        var articles = ParseStage.Articles(files, _guard);
        var registry = ParseStage.Registry(files, _guard);
        var directory = ParseStage.Directory(articles);

        var validArticles = ValidateStage.Articles(articles, registry, directory, _guard);
        var entityHandles = ValidateStage.Registry(registry, directory, _guard);
        var formScans = ValidateStage.ScanForRegistryForms(articles, registry, _guard);
        var unprintedForms = ValidateStage.EveryFormPrinted(registry, formScans, _guard);

        var records = EmitStage.ArticleRecords(validArticles, _guard);
        var writtenRecords = EmitStage.WrittenRecords(records);
        var heapFull = EmitStage.UserStringHeapCheck(writtenRecords, utf8);
        var bucketFiles = EmitStage.BucketFiles(writtenRecords, heapFull, utf8, _guard);
        var entitiesFile = EmitStage.EntitiesFile(entityHandles, utf8, _guard);
        var indexFile = EmitStage.IndexFile(writtenRecords, heapFull, utf8, _guard);

        ReportStage.Diagnostics(context, articles);
        ReportStage.Diagnostics(context, registry);
        ReportStage.Diagnostics(context, validArticles);
        ReportStage.Diagnostics(context, entityHandles);
        ReportStage.Diagnostics(context, formScans);
        ReportStage.Diagnostics(context, unprintedForms);
        ReportStage.Diagnostics(context, records);
        ReportStage.Diagnostic(context, heapFull);
        ReportStage.Files(context, bucketFiles);
        ReportStage.File(context, entitiesFile);
        ReportStage.File(context, indexFile);
    }
}
