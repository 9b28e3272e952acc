using Dataset.Generators.Diagnostics;
using Dataset.Generators.Parsing;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;
using Dataset.Generators.Validation;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Pipeline;

/// <summary>
/// The rules: each article against the registry and the directory, and the registry against the articles.
/// </summary>
internal static class ValidateStage
{
    /// <summary>
    /// Each readable article, placed and checked; an unreadable one has nothing to validate. The registry and the
    /// directory are single values: combined once, then with each article.
    /// </summary>
    public static IncrementalValuesProvider<StepResult<ValidArticle>> Articles(
        IncrementalValuesProvider<ParsedArticle> articles,
        IncrementalValueProvider<ParsedRegistry> registry,
        IncrementalValueProvider<ArticleDirectory> directory,
        StepGuard guard) =>
        articles
            .Combine(registry.Combine(directory))
            .Select((input, _) => input.Left.Spec is { } spec
                ? guard.Run(
                    TrackingNames.ValidateArticle,
                    spec.Path,
                    () => ArticleValidator.Validate(spec, input.Right.Left.Spec, input.Right.Right))
                : StepResult<ValidArticle>.Nothing)
            .WithTrackingName(TrackingNames.ValidateArticle);

    /// <summary>The entities that get a C# handle, and the registry-wide rules.</summary>
    public static IncrementalValueProvider<StepResult<EntityHandles>> Registry(
        IncrementalValueProvider<ParsedRegistry> registry,
        IncrementalValueProvider<ArticleDirectory> directory,
        StepGuard guard) =>
        registry
            .Combine(directory)
            .Select((input, _) => guard.Run(
                TrackingNames.ValidateRegistry,
                input.Left.Spec.Path,
                () => RegistryValidator.Validate(input.Left.Spec, input.Right)))
            .WithTrackingName(TrackingNames.ValidateRegistry);

    /// <summary>
    /// What each article prints of the registry's forms, for the check that every form is printed by some article
    /// (see <see cref="UnprintedFormsCheck"/>). Each article is scanned on its own, so an edit rescans that article
    /// only.
    /// </summary>
    public static IncrementalValuesProvider<StepResult<FormsPrintedByArticle>> ScanForRegistryForms(
        IncrementalValuesProvider<ParsedArticle> articles,
        IncrementalValueProvider<ParsedRegistry> registry,
        StepGuard guard)
    {
        var searched = registry
            .Select(static (parsed, _) => UnprintedFormsCheck.FormsToScanFor(parsed.Spec))
            .WithTrackingName(TrackingNames.RegistryForms);

        return articles
            .Combine(searched)
            .Select((input, _) => guard.Run(
                TrackingNames.PrintedForms,
                input.Left.Path,
                () => UnprintedFormsCheck.Scan(input.Left.Spec, input.Right)))
            .WithTrackingName(TrackingNames.PrintedForms);
    }

    /// <summary>
    /// A located error for each registry form no article prints. What an article prints rarely changes when its
    /// text does, so the articles' scans combined stay equal and the registry-wide check stays cached.
    /// </summary>
    public static IncrementalValueProvider<EquatableArray<DiagnosticInfo>> EveryFormPrinted(
        IncrementalValueProvider<ParsedRegistry> registry,
        IncrementalValuesProvider<StepResult<FormsPrintedByArticle>> scans,
        StepGuard guard)
    {
        var corpus = scans
            .Collect()
            .Select(static (prints, _) => UnprintedFormsCheck.Combine(prints))
            .WithTrackingName(TrackingNames.CorpusPrints);

        return registry
            .Combine(corpus)
            .Select((input, _) => guard.Check(
                TrackingNames.CheckPrintedForms,
                input.Left.Spec.Path,
                () => UnprintedFormsCheck.Check(input.Left.Spec, input.Right)))
            .WithTrackingName(TrackingNames.CheckPrintedForms);
    }
}
