using System;
using BenchmarkDotNet.Attributes;
using Dataset.Tests.Shared;

namespace Dataset.Benchmarks;

/// <summary>
/// Building the whole dataset in memory: the generated object graph (articles, quotes, dates, entities and the
/// id lookups; the other lookups are built on first use, measured here too) against parsing the same data at
/// start-up from embedded YAML (YamlDotNet) or JSON (System.Text.Json, source-generated). One process, side by
/// side, so the ratios hold on a noisy machine.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private Func<object> _generated = null!;
    private Func<object> _generatedWithLookups = null!;
    private RuntimeParsing _runtime = null!;

    /// <summary><c>real</c>: the five curated articles; a number: that many synthetic articles.</summary>
    [Params("real", "1000")]
    public string Dataset { get; set; } = "real";

    [GlobalSetup]
    public void Setup()
    {
        var files = Dataset == "real"
            ? YamlFile.Real()
            : YamlFile.Synthetic(int.Parse(Dataset, System.Globalization.CultureInfo.InvariantCulture));
        var dataset = new CompiledDataset(files);
        _generated = dataset.Entry<Func<object>>("BuildGraph");
        _generatedWithLookups = dataset.Entry<Func<object>>("BuildGraphAndLookups");
        _runtime = new RuntimeParsing(files);
    }

    [Benchmark(Baseline = true, Description = "generated graph")]
    public object Generated() => _generated();

    [Benchmark(Description = "generated graph + every lookup")]
    public object GeneratedWithLookups() => _generatedWithLookups();

    [Benchmark(Description = "YamlDotNet at start-up")]
    public object YamlDotNet() => _runtime.FromYaml();

    [Benchmark(Description = "System.Text.Json (source-generated) at start-up")]
    public object SystemTextJson() => _runtime.FromJson();
}
