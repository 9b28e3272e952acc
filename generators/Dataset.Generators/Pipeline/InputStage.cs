using System;
using System.Linq;
using System.Threading;
using Dataset.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Generators.Pipeline;

/// <summary>What the generator takes from the compilation: the dataset's files, and what the target can hold.</summary>
internal static class InputStage
{
    /// <summary>Each AdditionalFile with a dataset role, read as text; null for every other file.</summary>
    public static IncrementalValuesProvider<DatasetFile?> Files(IncrementalGeneratorInitializationContext context) =>
        context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadFile(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Files);

    /// <summary>
    /// Whether the target can hold records as UTF-8 literals (see RecordBlock): a bool, so C# edits leave it cached.
    /// </summary>
    public static IncrementalValueProvider<bool> Utf8Target(IncrementalGeneratorInitializationContext context) =>
        context.CompilationProvider
            .Select(static (compilation, _) => SupportsUtf8Literals(compilation))
            .WithTrackingName(TrackingNames.Utf8Texts);

    /// <summary>
    /// C# 11 or later and a <c>ReadOnlySpan&lt;byte&gt;</c> overload of <c>Encoding.GetString</c> (net8.0, not
    /// netstandard2.0).
    /// </summary>
    private static bool SupportsUtf8Literals(Compilation compilation) =>
        compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 }
        && compilation.GetTypeByMetadataName("System.Text.Encoding") is { } encoding
        && encoding.GetMembers("GetString").OfType<IMethodSymbol>().Any(IsGetStringOfByteSpan);

    private static bool IsGetStringOfByteSpan(IMethodSymbol method) =>
        method.Parameters.Length == 1
        && method.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", IsGenericType: true };

    private static DatasetFile? ReadFile(
        AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!options.GetOptions(text).TryGetValue(DatasetGenerator.RoleMetadata, out var value)
            || RoleOf(value) is not { } role)
        {
            return null;
        }

        // The compiler decodes the bytes: strictly as UTF-8 when it can, else with a fallback code page, which would
        // silently turn every non-ASCII character into something else. The parse step reports that.
        var source = text.GetText(cancellationToken);
        var fallback = source?.Encoding is { } decodedWith && decodedWith.CodePage != System.Text.Encoding.UTF8.CodePage
            ? decodedWith.WebName
            : null;
        return new DatasetFile
        {
            Path = text.Path,
            Role = role,
            Text = source?.ToString() ?? string.Empty,
            FallbackEncoding = fallback,
        };
    }

    private static DatasetRole? RoleOf(string metadata) =>
        string.Equals(metadata, "entities", StringComparison.OrdinalIgnoreCase) ? DatasetRole.Entities
        : string.Equals(metadata, "article", StringComparison.OrdinalIgnoreCase) ? DatasetRole.Article
        : null;
}
