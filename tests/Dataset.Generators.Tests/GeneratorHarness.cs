using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Dataset.Generators;
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
        texts = files.Select(f => (AdditionalText)new YamlText(f.Path, f.Text)).ToArray();
        return CreateDriver(files, texts);
    }

    /// <summary>A driver over <paramref name="texts"/> as given; <paramref name="files"/> supply the role metadata.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<YamlFile> files, IEnumerable<AdditionalText> texts, CSharpParseOptions? options = null)
    {
        return CSharpGeneratorDriver.Create(
            new[] { new DatasetGenerator().AsSourceGenerator() },
            texts,
            options ?? ParseOptions,
            new RoleOptionsProvider(files),
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
        var texts = files.Select(f => (AdditionalText)new YamlText(f.Path, f.Text)).ToArray();
        var driver = CreateDriver(files, texts, options).RunGeneratorsAndUpdateCompilation(ModelCompilation(options), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The language version at which the generator falls back to string literals.</summary>
    public static readonly CSharpParseOptions LiteralsOptions = new(LanguageVersion.CSharp10);

    /// <summary>
    /// A compilation holding the package's hand-written model (src/RussiaGeorgiaNato.Dataset), so generated code
    /// is compiled against the real records exactly as in the package.
    /// </summary>
    public static CSharpCompilation ModelCompilation(CSharpParseOptions? options = null)
    {
        options ??= ParseOptions;
        var sourceDir = Path.Combine(global::Dataset.Tests.Shared.RepoPaths.Root(), "src", "RussiaGeorgiaNato.Dataset");
        var trees = Directory.GetFiles(sourceDir, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), options, p));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create(
            "RussiaGeorgiaNato.Dataset",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

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

    /// <summary>An in-memory additional file.</summary>
    public sealed class YamlText : AdditionalText
    {
        private readonly SourceText _text;

        public YamlText(string path, string text)
            : this(path, SourceText.From(text))
        {
        }

        /// <summary>Text already decoded, as the compiler hands it over (with the encoding it used).</summary>
        public YamlText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Supplies the DatasetRole item metadata that MSBuild would pass through the editorconfig.</summary>
    private sealed class RoleOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, string> _roles;

        public RoleOptionsProvider(IEnumerable<YamlFile> files) => _roles = files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Role);

        public override AnalyzerConfigOptions GlobalOptions => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _roles.TryGetValue(textFile.Path, out var role) && role.Length > 0
                ? new Options(ImmutableDictionary<string, string>.Empty.Add(DatasetGenerator.RoleMetadata, role))
                : Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
