using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Tests.Shared;

/// <summary>
/// What the compiler gives the generator, rebuilt in-process (linked into the generator tests and the
/// benchmarks): additional files held in memory, their DatasetRole metadata, and the package's model sources.
/// </summary>
internal static class GeneratorHost
{
    /// <summary>
    /// C# as the package's net8.0 build compiles it: the latest language and the symbols of a modern target.
    /// </summary>
    public static readonly CSharpParseOptions ModernOptions = new(
        LanguageVersion.Latest,
        preprocessorSymbols: new[] { "NET", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER" });

    /// <summary>
    /// A compilation holding the package's hand-written model (src/RussiaGeorgiaNato.Dataset), so generated code
    /// is compiled against the real records exactly as in the package.
    /// </summary>
    public static CSharpCompilation Model(
        CSharpParseOptions options,
        OptimizationLevel optimization = OptimizationLevel.Debug)
    {
        var sourceDir = Path.Combine(RepoPaths.Root(), "src", "RussiaGeorgiaNato.Dataset");
        var separator = Path.DirectorySeparatorChar;
        var trees = Directory.GetFiles(sourceDir, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(separator + "obj" + separator) && !p.Contains(separator + "bin" + separator))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), options, p));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create(
            "RussiaGeorgiaNato.Dataset",
            trees,
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: optimization,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));
    }

    /// <summary>
    /// A driver running the dataset generator over <paramref name="texts"/>, as the compiler would create it;
    /// <paramref name="files"/> supply the role metadata. Tests track the steps; benchmarks do not pay for it.
    /// <paramref name="generator"/> is the compiler's <c>DatasetGenerator</c> unless a test wires one of its own.
    /// </summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<YamlFile> files,
        IEnumerable<AdditionalText> texts,
        CSharpParseOptions options,
        bool trackSteps,
        IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            new[] { (generator ?? new global::Dataset.Generators.DatasetGenerator()).AsSourceGenerator() },
            texts,
            options,
            new RoleOptions(files.Select(file => (file.Path, file.Role))),
            new GeneratorDriverOptions(
                IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The files' texts as additional files held in memory.</summary>
    public static AdditionalText[] Texts(IEnumerable<YamlFile> files) =>
        files.Select(file => (AdditionalText)new InMemoryText(file.Path, file.Text)).ToArray();

    /// <summary>An additional file held in memory.</summary>
    public sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
            : this(path, SourceText.From(text))
        {
        }

        /// <summary>Text already decoded, as the compiler hands it over (with the encoding it used).</summary>
        public InMemoryText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The DatasetRole item metadata MSBuild passes through the editorconfig, by file path.</summary>
    public sealed class RoleOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, string> _roles;

        public RoleOptions(IEnumerable<(string Path, string Role)> files) =>
            _roles = files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Role);

        public override AnalyzerConfigOptions GlobalOptions => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _roles.TryGetValue(textFile.Path, out var role) && role.Length > 0
                ? new Options(
                    ImmutableDictionary<string, string>.Empty.Add(
                        global::Dataset.Generators.DatasetGenerator.RoleMetadata,
                        role))
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
