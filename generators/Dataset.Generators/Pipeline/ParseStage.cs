using System;
using System.Collections.Immutable;
using System.Linq;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Parsing;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Pipeline;

/// <summary>
/// YAML text to specs: each article on its own branch, the one registry, and what articles know of each other.
/// </summary>
internal static class ParseStage
{
    public static IncrementalValuesProvider<ParsedArticle> Articles(
        IncrementalValuesProvider<DatasetFile?> files, StepGuard guard) =>
        files
            .Where(static file => file is { Role: DatasetRole.Article })
            .Select((file, _) => new ParsedArticle(
                file!.Path,
                guard.Run(TrackingNames.ParseArticle, file.Path, () => DatasetParser.ParseArticle(file))))
            .WithTrackingName(TrackingNames.ParseArticle);

    public static IncrementalValueProvider<ParsedRegistry> Registry(
        IncrementalValuesProvider<DatasetFile?> files, StepGuard guard) =>
        files
            .Where(static file => file is { Role: DatasetRole.Entities })
            .Collect()
            .Select((registries, _) => ParseRegistry(registries.Select(file => file!).ToImmutableArray(), guard))
            .WithTrackingName(TrackingNames.ParseRegistry);

    /// <summary>
    /// The ids, files and quote ids of every article: it changes only when one of those does, so an edit to an
    /// article's text leaves every other article's validation cached.
    /// </summary>
    public static IncrementalValueProvider<ArticleDirectory> Directory(
        IncrementalValuesProvider<ParsedArticle> articles) =>
        articles
            .Select(static (parsed, _) => KeyOf(parsed))
            .Collect()
            .Select(static (keys, _) => new ArticleDirectory(
                keys.Where(key => key.Id.Length > 0)
                    .OrderBy(key => key.Path, StringComparer.Ordinal)
                    .ToEquatableArray(),
                keys.Where(key => key.Id.Length == 0)
                    .Select(key => key.Path)
                    .OrderBy(path => path, StringComparer.Ordinal)
                    .ToEquatableArray()))
            .WithTrackingName(TrackingNames.ArticleDirectory);

    /// <summary>An article as the directory knows it; an unreadable one has no id.</summary>
    private static ArticleKey KeyOf(ParsedArticle parsed) =>
        parsed.Spec is { } spec
            ? new ArticleKey
            {
                Id = spec.Id.Value,
                Path = spec.Path,
                QuoteIds = spec.Quotes.Select(quote => quote.Id.Value).ToEquatableArray(),
            }
            : new ArticleKey { Id = string.Empty, Path = parsed.Path, QuoteIds = EquatableArray<string>.Empty };

    /// <summary>
    /// The dataset has exactly one registry: none, or a second one, is reported; with none (or an unreadable one)
    /// articles are validated against <see cref="RegistrySpec.Unreadable"/>.
    /// </summary>
    private static ParsedRegistry ParseRegistry(ImmutableArray<DatasetFile> registries, StepGuard guard)
    {
        var diagnostics = new DiagnosticBag();
        if (registries.IsEmpty)
        {
            diagnostics.Report(
                DiagnosticDescriptors.RegistryCount,
                LocationInfo.None,
                "The dataset has no entity registry; add entities.yaml to AdditionalFiles with "
                + "DatasetRole=\"entities\"");
            return new ParsedRegistry(RegistrySpec.Unreadable(string.Empty), diagnostics.ToEquatableArray());
        }

        var ordered = registries.OrderBy(file => file.Path, StringComparer.Ordinal).ToArray();
        var first = ordered[0];
        var parsed = guard.Run(TrackingNames.ParseRegistry, first.Path, () => DatasetParser.ParseRegistry(first));
        diagnostics.AddRange(parsed.Diagnostics);
        foreach (var extra in ordered.Skip(1))
        {
            diagnostics.Report(
                DiagnosticDescriptors.RegistryCount,
                LocationInfo.StartOf(extra.Path),
                "A second entity registry; the dataset has exactly one (" + first.Path
                    + "), so merge this file into it");
        }

        return new ParsedRegistry(parsed.Value ?? RegistrySpec.Unreadable(first.Path), diagnostics.ToEquatableArray());
    }
}
