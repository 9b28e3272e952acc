using Dataset.Generators.Diagnostics;
using Dataset.Generators.Outputs;
using Dataset.Generators.Parsing;
using Dataset.Generators.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators.Pipeline;

/// <summary>
/// What reaches the compiler: every step's diagnostics and the generated files. Only the diagnostics of a step are
/// registered as its output, so a change to its value alone reports nothing again.
/// </summary>
internal static class ReportStage
{
    /// <summary>What parsing each article found; an article that parsed has none.</summary>
    public static void Diagnostics(
        IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedArticle> articles) =>
        Diagnostics(context, articles.Select(static (parsed, _) => parsed.Result));

    /// <summary>What reading the registry found: none or a second one, and its parse errors.</summary>
    public static void Diagnostics(
        IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ParsedRegistry> registry) =>
        Diagnostics(context, registry.Select(static (parsed, _) => parsed.Diagnostics));

    public static void Diagnostics<T>(
        IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<StepResult<T>> results)
        where T : class =>
        context.RegisterSourceOutput(results.Select(static (result, _) => result.Diagnostics), Report);

    public static void Diagnostics<T>(
        IncrementalGeneratorInitializationContext context, IncrementalValueProvider<StepResult<T>> result)
        where T : class =>
        context.RegisterSourceOutput(result.Select(static (result, _) => result.Diagnostics), Report);

    public static void Diagnostics(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics) =>
        context.RegisterSourceOutput(diagnostics, Report);

    public static void Diagnostic(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<DiagnosticInfo?> diagnostic) =>
        context.RegisterSourceOutput(diagnostic, static (context, diagnostic) =>
        {
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

    /// <summary>Adds each file in the order given; a file that failed is reported instead.</summary>
    public static void Files(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<EquatableArray<StepResult<GeneratedFile>>> files) =>
        context.RegisterSourceOutput(files, static (context, files) =>
        {
            foreach (var file in files)
            {
                Add(context, file);
            }
        });

    public static void File(
        IncrementalGeneratorInitializationContext context, IncrementalValueProvider<StepResult<GeneratedFile>> file) =>
        context.RegisterSourceOutput(file, Add);

    private static void Add(SourceProductionContext context, StepResult<GeneratedFile> file)
    {
        Report(context, file.Diagnostics);
        if (file.Value is { } generated)
        {
            context.AddSource(generated.HintName, SourceText.From(generated.Text, System.Text.Encoding.UTF8));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
