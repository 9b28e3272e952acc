using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dataset.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Benchmarks;

/// <summary>
/// The generator inside the compiler: a cold run over N synthetic articles, and the run after one article is
/// edited (the driver keeps its state, as the IDE and incremental builds do). The ratio column gives the edit
/// as a fraction of the cold run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class GeneratorBenchmarks
{
    private YamlFile[] _files = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [Params(100, 1000, 10000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = YamlFile.Synthetic(Articles);
        _compilation = CSharpCompilation.Create("Dataset");
        var texts = GeneratorHost.Texts(_files);
        _warm = CompiledDataset.CreateDriver(_files, texts).RunGenerators(_compilation);

        // Edit the headline of the article in the middle: its text changes, its ids and references do not.
        _original = texts[texts.Length / 2];
        var text = _original.GetText()!.ToString();
        _edited = new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(
            _original.Path, text.Replace("headline: \"", "headline: \"Edited: ", System.StringComparison.Ordinal));

        // The IDE and the compiler server run the generator on every change, so the edit path they run is JIT-compiled
        // at its final tier. A cold run tiers up within its first invocation (it makes each call thousands of times);
        // an edit makes each call a few times, so two warm-up edits leave it in tier-0 code (the times are in
        // docs/performance.md, *The generator*). Edit until the runtime has had the calls and the time to tier up.
        var warming = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 60 || warming.ElapsedMilliseconds < 3000; i++)
        {
            EditOne();
        }
    }

    [Benchmark(Baseline = true, Description = "cold run")]
    public GeneratorDriver Cold() => CompiledDataset.CreateDriver(_files).RunGenerators(_compilation);

    [Benchmark(Description = "one article edited")]
    public GeneratorDriver EditOne() => _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation);
}
