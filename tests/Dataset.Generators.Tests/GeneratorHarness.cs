using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Dataset.Generators;
using Dataset.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators.Tests;

/// <summary>A dataset file as the compiler sees it: a path, its role metadata and its text.</summary>
public sealed record YamlFile(string Path, string Role, string Text)
{
    public static YamlFile Entities(string text, string path = "/data/entities.yaml") => new(path, "entities", text);

    public static YamlFile Article(string id, string text) => new("/data/" + id + ".yaml", "article", text);
}

/// <summary>Runs <see cref="DatasetGenerator"/> in-process, the way the compiler does.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static GeneratorDriver CreateDriver(IEnumerable<YamlFile> files) => CreateDriver(files, out _);

    /// <summary>A driver with step tracking on; <paramref name="texts"/> are the inputs, for ReplaceAdditionalText.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<YamlFile> files, out AdditionalText[] texts)
    {
        texts = files.Select(f => (AdditionalText)new GeneratorHost.InMemoryText(f.Path, f.Text)).ToArray();
        return CreateDriver(files, texts);
    }

    /// <summary>A driver over <paramref name="texts"/> as given; <paramref name="files"/> supply the role metadata.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<YamlFile> files, IEnumerable<AdditionalText> texts, CSharpParseOptions? options = null)
    {
        return CSharpGeneratorDriver.Create(
            new[] { new DatasetGenerator().AsSourceGenerator() },
            texts,
            options ?? ParseOptions,
            new GeneratorHost.RoleOptions(files.Select(f => (f.Path, f.Role))),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator over <paramref name="files"/>; returns the result and the output compilation.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params YamlFile[] files) => Run(ParseOptions, files);

    /// <summary>
    /// Runs with the model compiled at <paramref name="options"/>' language version: below C# 11 the generator
    /// writes texts as string literals (as for netstandard2.0), from C# 11 as UTF-8 data.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(CSharpParseOptions options, params YamlFile[] files)
    {
        var texts = files.Select(f => (AdditionalText)new GeneratorHost.InMemoryText(f.Path, f.Text)).ToArray();
        var driver = CreateDriver(files, texts, options).RunGeneratorsAndUpdateCompilation(ModelCompilation(options), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The language version at which the generator falls back to string literals.</summary>
    public static readonly CSharpParseOptions LiteralsOptions = new(LanguageVersion.CSharp10);

    /// <summary>The package's model sources, compiled as the package is (see <see cref="GeneratorHost.Model"/>).</summary>
    public static CSharpCompilation ModelCompilation(CSharpParseOptions? options = null) => GeneratorHost.Model(options ?? ParseOptions);

    /// <summary>
    /// Compiles <paramref name="output"/> to an assembly, loads it in a collectible context and returns
    /// <c>Corpus.Articles</c> from it: the records exactly as a user of the package would see them.
    /// </summary>
    public static LoadedDataset Load(Compilation output)
    {
        using var pe = new MemoryStream();
        var emitted = output.Emit(pe);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        pe.Position = 0;
        var context = new System.Runtime.Loader.AssemblyLoadContext("dataset-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(pe);
        var corpus = assembly.GetType("RussiaGeorgiaNato.Dataset.Corpus", throwOnError: true)!;
        var articles = (System.Collections.IEnumerable)corpus.GetProperty("Articles")!.GetValue(null)!;
        return new LoadedDataset(context, articles.Cast<object>().ToArray());
    }

    /// <summary>Articles loaded from a compiled dataset; read their properties with <see cref="Get"/>. Dispose unloads the assembly.</summary>
    public sealed record LoadedDataset(System.Runtime.Loader.AssemblyLoadContext Context, object[] Articles) : IDisposable
    {
        public static object? Get(object record, string property) => record.GetType().GetProperty(property)!.GetValue(record);

        public static object[] List(object record, string property) => ((System.Collections.IEnumerable)Get(record, property)!).Cast<object>().ToArray();

        public void Dispose() => Context.Unload();
    }

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
