using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Emitting;
using Dataset.Generators.Parsing;
using Dataset.Generators.Specs;
using Dataset.Generators.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators;

/// <summary>
/// Compiles the curated YAML into the dataset's C#. Data flows one way:
/// file -> parse (spec) -> validate (against the registry and the article directory) -> emit (one record per article,
/// gathered in bucket files, plus the entity registry and the article index). Each article is its own branch up to
/// its record, so an edit to one article re-runs that branch and rewrites its bucket's file only.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFiles metadata that marks a dataset file: <c>entities</c> or <c>article</c>.</summary>
    public const string RoleMetadata = "build_metadata.AdditionalFiles.DatasetRole";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadFile(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Files);

        // Whether the target can hold records as UTF-8 literals (see RecordBlock): a bool, so C# edits leave it cached.
        var utf8 = context.CompilationProvider
            .Select(static (compilation, _) => SupportsUtf8Literals(compilation))
            .WithTrackingName(TrackingNames.Utf8Texts);

        var articles = files
            .Where(static file => file is { Role: DatasetRole.Article })
            .Select(static (file, _) => Guard(file!.Path, () => DatasetParser.ParseArticle(file), failure => new Parsed<ArticleSpec>(file.Path, null, Single(failure))))
            .WithTrackingName(TrackingNames.ParseArticle);

        var registry = files
            .Where(static file => file is { Role: DatasetRole.Entities })
            .Collect()
            .Select(static (registries, _) => ParseRegistry(registries.Select(file => file!).ToImmutableArray()))
            .WithTrackingName(TrackingNames.ParseRegistry);

        var directory = articles
            .Select(static (parsed, _) => parsed.Spec is { } spec
                ? new ArticleKey { Id = spec.Id.Value, Path = spec.Path, QuoteIds = spec.Quotes.Select(quote => quote.Id.Value).ToEquatableArray() }
                : new ArticleKey { Id = string.Empty, Path = parsed.Path, QuoteIds = EquatableArray<string>.Empty })
            .Collect()
            .Select(static (keys, _) => new ArticleDirectory(
                keys.Where(key => key.Id.Length > 0).OrderBy(key => key.Path, StringComparer.Ordinal).ToEquatableArray(),
                keys.Where(key => key.Id.Length == 0).Select(key => key.Path).OrderBy(path => path, StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(TrackingNames.ArticleDirectory);

        // The registry and the article directory are single values: combined once, then with each article.
        var validatedArticles = articles
            .Combine(registry.Combine(directory))
            .Select(static (input, _) => Validate(input.Left, input.Right.Left.Spec, input.Right.Right))
            .WithTrackingName(TrackingNames.ValidateArticle);

        var validatedRegistry = registry
            .Combine(directory)
            .Select(static (input, _) => Guard(
                input.Left.Spec.Path,
                () => RegistryValidator.Validate(input.Left, input.Right),
                failure => new ValidatedRegistry(null, input.Left.Diagnostics.Concat(new[] { failure }).ToEquatableArray())))
            .WithTrackingName(TrackingNames.ValidateRegistry);

        // Every registry form is printed by some article. Each article is scanned for the registry's forms on its own, so an
        // edit rescans that article only; what it prints rarely changes, so the registry-wide check stays cached.
        var registryForms = registry
            .Select(static (parsed, _) => FormPrinting.RegistryForms(parsed.Spec))
            .WithTrackingName(TrackingNames.RegistryForms);

        var printedForms = articles
            .Combine(registryForms)
            .Select(static (input, _) => input.Left.Spec is null
                ? FormPrinting.Scan(input.Left, input.Right) // an unreadable article: nothing to scan, and its own errors say why
                : Guard(
                    input.Left.Path,
                    () => FormPrinting.Scan(input.Left, input.Right),
                    failure => new ArticlePrints { Path = input.Left.Path, IsReadable = false, Forms = EquatableArray<string>.Empty, Credited = EquatableArray<string>.Empty, Failure = failure }))
            .WithTrackingName(TrackingNames.PrintedForms);

        var corpusPrints = printedForms
            .Collect()
            .Select(static (prints, _) => FormPrinting.Combine(prints))
            .WithTrackingName(TrackingNames.CorpusPrints);

        var unprintedForms = registry
            .Combine(corpusPrints)
            .Select(static (input, _) => Guard(input.Left.Spec.Path, () => FormPrinting.Check(input.Left.Spec, input.Right), Single))
            .WithTrackingName(TrackingNames.CheckPrintedForms);

        // Each article's record is its own step; the records are then gathered in buckets, one file each (see Buckets),
        // and each bucket's file is written only when one of its records changed.
        var articleRecords = validatedArticles
            .Select(static (validated, _) => validated.Article is { } article
                ? Guard(
                    article.Spec.Path,
                    () => ArticleEmitter.Record(article),
                    failure => new ArticleRecord { Id = article.Spec.Id.Value, Path = article.Spec.Path, EarliestDay = 0, Data = null, Failure = failure })
                : null)
            .WithTrackingName(TrackingNames.EmitArticle);

        // Records written as string literals must fit in the assembly's user-string heap: past it, one located error and
        // no corpus (an empty index), instead of a compiler error for every literal past the limit.
        var writtenRecords = articleRecords
            .Collect()
            .Select(static (records, _) => records.Where(record => record is { Data: not null }).Select(record => record!).ToEquatableArray())
            .WithTrackingName(TrackingNames.WrittenRecords);

        var heapFull = writtenRecords
            .Combine(utf8)
            .Select(static (input, _) => UserStringHeap.Check(input.Left, input.Right))
            .WithTrackingName(TrackingNames.UserStringHeap);

        var bucketSources = writtenRecords
            .Combine(heapFull)
            .SelectMany(static (input, _) => input.Right is null ? Buckets.Group(input.Left) : Enumerable.Empty<RecordBucket>())
            .WithTrackingName(TrackingNames.Buckets)
            .Combine(utf8)
            .Select(static (input, _) => Generate(string.Empty, ArticleEmitter.HintName(input.Left.Number), () => ArticleEmitter.EmitBucket(input.Left, input.Right)))
            .WithTrackingName(TrackingNames.EmitBucket);

        // Only the handles reach the emitter, so a change in the registry's diagnostics alone does not rewrite the file.
        var entitiesSource = validatedRegistry
            .Select(static (validation, _) => validation.Handles)
            .Combine(utf8)
            .Select(static (input, _) => input.Left is not { } handles
                ? null
                : Generate(handles.RegistryPath, EntitiesEmitter.HintName, () => EntitiesEmitter.Emit(handles, input.Right)))
            .WithTrackingName(TrackingNames.EmitEntities);

        // The index lists the articles whose record was written, so it never names one that is missing.
        var index = writtenRecords
            .Combine(heapFull)
            .Select(static (input, _) => input.Right is null ? input.Left.Select(record => new IndexEntry(record.Id, record.EarliestDay)).ToEquatableArray() : EquatableArray<IndexEntry>.Empty)
            .Combine(utf8)
            .Select(static (input, _) => Generate(string.Empty, IndexEmitter.HintName, () => IndexEmitter.Emit(CorpusOrder(input.Left), input.Right)))
            .WithTrackingName(TrackingNames.Index);

        context.RegisterSourceOutput(validatedArticles.Select(static (validatedArticle, _) => validatedArticle.Diagnostics), Report);
        context.RegisterSourceOutput(validatedRegistry.Select(static (validation, _) => validation.Diagnostics), Report);
        context.RegisterSourceOutput(unprintedForms, Report);
        context.RegisterSourceOutput(articleRecords.Select(static (record, _) => record?.Failure), ReportOne);
        context.RegisterSourceOutput(heapFull, ReportOne);

        // Added together, ordered by hint name: the compiler lays out types and methods in the order sources are
        // added, and the order of AdditionalFiles depends on the machine's directory listing.
        var orderedBucketSources = bucketSources
            .Collect()
            .Select(static (sources, _) => sources.OrderBy(source => source.HintName, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.BucketSources);

        context.RegisterSourceOutput(orderedBucketSources, static (context, sources) =>
        {
            foreach (var source in sources)
            {
                AddSource(context, source);
            }
        });
        context.RegisterSourceOutput(entitiesSource, AddSource);
        context.RegisterSourceOutput(index, AddSource);
    }

    /// <summary>C# 11 or later and a <c>ReadOnlySpan&lt;byte&gt;</c> overload of <c>Encoding.GetString</c> (net8.0, not netstandard2.0).</summary>
    private static bool SupportsUtf8Literals(Compilation compilation) =>
        compilation is Microsoft.CodeAnalysis.CSharp.CSharpCompilation { LanguageVersion: >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11 }
        && compilation.GetTypeByMetadataName("System.Text.Encoding") is { } encoding
        && encoding.GetMembers("GetString").OfType<IMethodSymbol>().Any(method => method.Parameters.Length == 1 && method.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", IsGenericType: true });

    private static DatasetFile? ReadFile(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!options.GetOptions(text).TryGetValue(RoleMetadata, out var value))
        {
            return null;
        }

        DatasetRole role;
        if (string.Equals(value, "entities", StringComparison.OrdinalIgnoreCase))
        {
            role = DatasetRole.Entities;
        }
        else if (string.Equals(value, "article", StringComparison.OrdinalIgnoreCase))
        {
            role = DatasetRole.Article;
        }
        else
        {
            return null;
        }

        // The compiler decodes the bytes: strictly as UTF-8 when it can, else with a fallback code page, which would
        // silently turn every non-ASCII character into something else. The parse step reports that.
        var source = text.GetText(cancellationToken);
        var encoding = source?.Encoding is { } decodedWith && decodedWith.CodePage != System.Text.Encoding.UTF8.CodePage ? decodedWith.WebName : null;
        return new DatasetFile { Path = text.Path, Role = role, Text = source?.ToString() ?? string.Empty, FallbackEncoding = encoding };
    }

    private static ParsedRegistry ParseRegistry(ImmutableArray<DatasetFile> registries)
    {
        var diagnostics = new DiagnosticBag();
        if (registries.IsEmpty)
        {
            diagnostics.Report(
                DiagnosticDescriptors.RegistryCount, LocationInfo.None,
                "The dataset has no entity registry; add entities.yaml to AdditionalFiles with DatasetRole=\"entities\"");
            return new ParsedRegistry(RegistrySpec.Unreadable(string.Empty), diagnostics.ToEquatableArray());
        }

        var ordered = registries.OrderBy(file => file.Path, StringComparer.Ordinal).ToArray();
        var first = ordered[0];
        var parsed = Guard(first.Path, () => DatasetParser.ParseRegistry(first), failure => new Parsed<RegistrySpec>(first.Path, null, Single(failure)));
        diagnostics.AddRange(parsed.Diagnostics);
        foreach (var extra in ordered.Skip(1))
        {
            diagnostics.Report(
                DiagnosticDescriptors.RegistryCount, LocationInfo.StartOf(extra.Path),
                "A second entity registry; the dataset has exactly one (" + first.Path + "), so merge this file into it");
        }

        return new ParsedRegistry(parsed.Spec ?? RegistrySpec.Unreadable(first.Path), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The order of Corpus.Articles: by the earliest day each can have been published, then by id. The package's
    /// PublishedBetween search relies on it.
    /// </summary>
    private static EquatableArray<IndexEntry> CorpusOrder(EquatableArray<IndexEntry> entries) =>
        entries.OrderBy(entry => entry.EarliestDay).ThenBy(entry => entry.Id, StringComparer.Ordinal).ToEquatableArray();

    private static ValidatedArticle Validate(Parsed<ArticleSpec> parsed, RegistrySpec registry, ArticleDirectory directory) =>
        parsed.Spec is { } spec
            ? Guard(spec.Path, () => ArticleValidator.Validate(spec, registry, directory), failure => new ValidatedArticle(null, Single(failure)))
            : new ValidatedArticle(null, parsed.Diagnostics);

    private static GeneratedFile Generate(string path, string hintName, Func<string> emit) =>
        Guard(
            path,
            () => new GeneratedFile { HintName = hintName, Text = emit(), Failure = null },
            failure => new GeneratedFile { HintName = hintName, Text = null, Failure = failure });

    /// <summary>
    /// Test seam: the path of a file whose every guarded step throws, so a test can prove the guard turns a crash
    /// into a located DSG901 (no real input is known to reach it). Async-local, so parallel runs are unaffected.
    /// </summary>
    internal static readonly AsyncLocal<string?> InjectFaultFor = new();

    /// <summary>
    /// Runs one step; an unexpected exception becomes a DSG901 diagnostic on the file instead of CS8785,
    /// which would hide every other diagnostic and name no file.
    /// </summary>
    private static T Guard<T>(string path, Func<T> step, Func<DiagnosticInfo, T> onFailure)
    {
        try
        {
            if (InjectFaultFor.Value is { } faulty && faulty == path)
            {
                throw new InvalidOperationException("fault injected by a test");
            }

            return step();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var location = path.Length == 0 ? LocationInfo.None : LocationInfo.StartOf(path);
            return onFailure(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static EquatableArray<DiagnosticInfo> Single(DiagnosticInfo diagnostic) => new(new[] { diagnostic });

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void ReportOne(SourceProductionContext context, DiagnosticInfo? diagnostic)
    {
        if (diagnostic is not null)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void AddSource(SourceProductionContext context, GeneratedFile? file)
    {
        if (file is null)
        {
            return;
        }

        if (file.Failure is { } failure)
        {
            context.ReportDiagnostic(failure.ToDiagnostic());
            return;
        }

        context.AddSource(file.HintName, SourceText.From(file.Text!, System.Text.Encoding.UTF8));
    }
}
