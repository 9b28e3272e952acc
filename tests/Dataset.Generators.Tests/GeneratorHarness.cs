using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Dataset.Generators;
using Dataset.Generators.Pipeline;
using Dataset.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>Runs <see cref="DatasetGenerator"/> in-process, the way the compiler does.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = GeneratorHost.ModernOptions;

    /// <summary>The pipeline's named steps: every constant of <see cref="TrackingNames"/>.</summary>
    public static readonly IReadOnlyCollection<string> TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A driver with step tracking on; <paramref name="texts"/> are the inputs, for ReplaceAdditionalText.
    /// </summary>
    public static GeneratorDriver CreateDriver(IEnumerable<YamlFile> files, out AdditionalText[] texts)
    {
        texts = GeneratorHost.Texts(files);
        return CreateDriver(files, texts);
    }

    /// <summary>
    /// A driver over <paramref name="texts"/> as given; <paramref name="files"/> supply the role metadata.
    /// </summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<YamlFile> files,
        IEnumerable<AdditionalText> texts,
        CSharpParseOptions? options = null,
        IIncrementalGenerator? generator = null) =>
        GeneratorHost.CreateDriver(files, texts, options ?? ParseOptions, trackSteps: true, generator);

    /// <summary>
    /// Runs the generator over <paramref name="files"/>; returns the result and the output compilation.
    /// Every run is also checked for caching (see <see cref="AssertRerunIsCached"/>).
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params YamlFile[] files) =>
        Run(ParseOptions, files);

    /// <summary>
    /// Runs with the model compiled at <paramref name="options"/>' language version: below C# 11 the generator
    /// writes texts as string literals (as for netstandard2.0), from C# 11 as UTF-8 data.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(
        CSharpParseOptions options,
        params YamlFile[] files) =>
        Run(
            files,
            files.Select(f => (AdditionalText)new GeneratorHost.InMemoryText(f.Path, f.Text)),
            ModelCompilation(options));

    /// <summary>
    /// Runs over <paramref name="texts"/> as given (such as text decoded from bytes) and over <paramref name="model"/>,
    /// which a test running many times compiles once; <paramref name="files"/> supply the role metadata.
    /// Checked for caching like every run.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(
        IEnumerable<YamlFile> files,
        IEnumerable<AdditionalText> texts,
        CSharpCompilation model,
        IIncrementalGenerator? generator = null)
    {
        var (driver, output) = RunOnce(files, texts, model, generator);
        var result = driver.GetRunResult();
        AssertRerunIsCached(driver, model, result);
        return (result, output);
    }

    /// <summary>
    /// Runs <paramref name="generator"/> (a <see cref="DatasetGenerator"/> wired by a test, such as one whose step
    /// throws) over <paramref name="files"/>; checked for caching like every run.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(
        IIncrementalGenerator generator, params YamlFile[] files) =>
        Run(files, GeneratorHost.Texts(files), ModelCompilation(), generator);

    private static (GeneratorDriver Driver, Compilation Output) RunOnce(
        IEnumerable<YamlFile> files,
        IEnumerable<AdditionalText> texts,
        CSharpCompilation model,
        IIncrementalGenerator? generator)
    {
        var options = (CSharpParseOptions)model.SyntaxTrees.First().Options;
        var driver = CreateDriver(files, texts, options, generator)
            .RunGeneratorsAndUpdateCompilation(model, out var output, out _);
        return (driver, output);
    }

    /// <summary>
    /// Asserts what makes the generator incremental, for the run <paramref name="first"/> that
    /// <paramref name="driver"/> made over <paramref name="model"/>: no tracked step outputs a Roslyn object, and
    /// running the same driver again on a clone of the compilation recomputes nothing (every tracked step and
    /// every source output is Cached or Unchanged).
    /// </summary>
    private static void AssertRerunIsCached(GeneratorDriver driver, Compilation model, GeneratorDriverRunResult first)
    {
        // A generator that threw keeps no state to reuse; the test that caused it asserts the exception itself.
        // A step made to throw by a test's StepGuard is caught and reported as DSG901 instead, so that run is
        // checked like any other: the rerun uses the same generator, so the same step throws again.
        if (first.Results.Single().Exception is not null)
        {
            return;
        }

        AssertNoRoslynObjects(first.Results.Single().TrackedSteps);

        var second = driver.RunGenerators(model.Clone()).GetRunResult().Results.Single();
        var steps = second.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)).Concat(second.TrackedOutputSteps);
        foreach (var (name, runs) in steps)
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                if (output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    Assert.Fail($"step {name} was {output.Reason} on an unchanged second run");
                }
            }
        }
    }

    /// <summary>
    /// Pipeline values must be plain data: a Compilation, symbol or syntax node would pin memory and defeat caching.
    /// </summary>
    private static void AssertNoRoslynObjects(
        ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps)
    {
        // One visited set for the whole run: later steps hand on the same specs, which need walking once.
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, runs) in steps.Where(s => TrackedSteps.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                Visit(output.Value, name, seen);
            }
        }
    }

    // Reflected once per type: the walk visits thousands of values of a dozen types on every run, and looking up
    // properties each time made the check cost more than the run it checks.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType =
        new();

    /// <summary>
    /// The generator's own types are walked through their properties; others only as collections or tuples.
    /// </summary>
    private static PropertyInfo[] PropertiesToVisit(Type type) =>
        type.Namespace?.StartsWith("Dataset.Generators", StringComparison.Ordinal) == true
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .ToArray()
            : Array.Empty<PropertyInfo>();

    /// <summary>Roslyn's value types and immutable descriptors: equatable, and holding no compilation.</summary>
    private static readonly HashSet<Type> AllowedRoslynTypes = new()
    {
        typeof(DiagnosticDescriptor),
        typeof(Microsoft.CodeAnalysis.Text.TextSpan),
        typeof(Microsoft.CodeAnalysis.Text.LinePosition),
        typeof(Microsoft.CodeAnalysis.Text.LinePositionSpan),
    };

    private static void Visit(object? value, string step, HashSet<object> seen)
    {
        if (value is null
            || value is string
            || value.GetType().IsPrimitive
            || value.GetType().IsEnum
            || !seen.Add(value))
        {
            return;
        }

        // Any Roslyn object (a Compilation, symbol, syntax node or tree, Location, SourceText, AdditionalText,
        // options...) would pin memory and defeat caching; only these plain values of Roslyn's may sit in a step
        // output.
        var type = value.GetType();
        if (type.Assembly.GetName().Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true
            && !AllowedRoslynTypes.Contains(type))
        {
            Assert.Fail($"step {step} outputs a {type.FullName}");
        }

        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                Visit(item, step, seen);
            }
        }

        if (value is System.Runtime.CompilerServices.ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                Visit(tuple[i], step, seen);
            }
        }

        foreach (var property in PropertiesByType.GetOrAdd(value.GetType(), PropertiesToVisit))
        {
            Visit(property.GetValue(value), step, seen);
        }
    }

    /// <summary>The language version at which the generator falls back to string literals.</summary>
    public static readonly CSharpParseOptions LiteralsOptions = new(LanguageVersion.CSharp10);

    /// <summary>
    /// The package's model sources, compiled as the package is (see <see cref="GeneratorHost.Model"/>).
    /// </summary>
    public static CSharpCompilation ModelCompilation(CSharpParseOptions? options = null) =>
        GeneratorHost.Model(options ?? ParseOptions);

    /// <summary>
    /// Compiles <paramref name="output"/> to an assembly, loads it in a collectible context and returns
    /// <c>Corpus.Articles</c> from it: the records exactly as a user of the package would see them.
    /// </summary>
    public static LoadedDataset Load(Compilation output)
    {
        var assembly = Compile(output, out var context);
        var corpus = assembly.GetType("RussiaGeorgiaNato.Dataset.Corpus", throwOnError: true)!;
        var articles = (System.Collections.IEnumerable)corpus.GetProperty("Articles")!.GetValue(null)!;
        return new LoadedDataset(context, articles.Cast<object>().ToArray());
    }

    /// <summary>
    /// Compiles <paramref name="output"/> and loads it in a collectible <paramref name="context"/>, which the caller
    /// unloads.
    /// </summary>
    public static System.Reflection.Assembly Compile(
        Compilation output,
        out System.Runtime.Loader.AssemblyLoadContext context)
    {
        using var pe = new MemoryStream();
        var emitted = output.Emit(pe);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(
                string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        pe.Position = 0;
        context = new System.Runtime.Loader.AssemblyLoadContext(
            "dataset-" + Guid.NewGuid().ToString("N"),
            isCollectible: true);
        return context.LoadFromStream(pe);
    }

    /// <summary>
    /// Articles loaded from a compiled dataset; read their properties with <see cref="Get"/>. Dispose unloads the
    /// assembly.
    /// </summary>
    public sealed record LoadedDataset(System.Runtime.Loader.AssemblyLoadContext Context, object[] Articles)
        : IDisposable
    {
        public static object? Get(object record, string property) =>
            record.GetType().GetProperty(property)!.GetValue(record);

        public static object[] List(object record, string property) =>
            ((System.Collections.IEnumerable)Get(record, property)!).Cast<object>().ToArray();

        public void Dispose() => Context.Unload();
    }

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
