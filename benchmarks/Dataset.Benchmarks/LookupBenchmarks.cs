using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Dataset.Tests.Shared;

namespace Dataset.Benchmarks;

/// <summary>
/// Queries on 1,000 synthetic articles: the package's precomputed lookups against the full scan a query would
/// otherwise need. Each pair shares a category, so the ratio column compares them.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private Func<string, object> _entity = null!;
    private Func<string, object> _entityScan = null!;
    private Func<string, int> _quotes = null!;
    private Func<string, int> _quotesScan = null!;
    private Func<DateTime, DateTime, int> _between = null!;
    private Func<DateTime, DateTime, int> _betweenScan = null!;
    private string _id = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = new CompiledDataset(YamlFile.Synthetic(1000));
        _entity = dataset.Entry<Func<string, object>>("EntityById");
        _entityScan = dataset.Entry<Func<string, object>>("EntityByIdScan");
        _quotes = dataset.Entry<Func<string, int>>("QuotesBySpeaker");
        _quotesScan = dataset.Entry<Func<string, int>>("QuotesBySpeakerScan");
        _between = dataset.Entry<Func<DateTime, DateTime, int>>("ArticlesBetween");
        _betweenScan = dataset.Entry<Func<DateTime, DateTime, int>>("ArticlesBetweenScan");

        // A speaker in the middle of the id order, so the scan is not lucky; then check both ways agree.
        var ids = dataset.Entry<Func<string[]>>("EntityIds")();
        _id = ids.Where(id => _quotes(id) > 0).ElementAt(ids.Count(id => _quotes(id) > 0) / 2);
        if (_quotes(_id) != _quotesScan(_id)
            || _between(From, To) != _betweenScan(From, To)
            || _entity(_id) != _entityScan(_id))
        {
            throw new InvalidOperationException("an index and its scan disagree");
        }
    }

    private static DateTime From => new(2001, 3, 1);

    private static DateTime To => new(2001, 3, 31);

    [BenchmarkCategory("entity by id"), Benchmark(Baseline = true, Description = "Entities.All[id]")]
    public object EntityById() => _entity(_id);

    [BenchmarkCategory("entity by id"), Benchmark(Description = "scan")]
    public object EntityByIdScan() => _entityScan(_id);

    [BenchmarkCategory("quotes by speaker"), Benchmark(Baseline = true, Description = "Entity.Quotes")]
    public int QuotesBySpeaker() => _quotes(_id);

    [BenchmarkCategory("quotes by speaker"), Benchmark(Description = "scan")]
    public int QuotesBySpeakerScan() => _quotesScan(_id);

    [BenchmarkCategory("articles in a month"), Benchmark(Baseline = true, Description = "Corpus.PublishedBetween")]
    public int ArticlesBetween() => _between(From, To);

    [BenchmarkCategory("articles in a month"), Benchmark(Description = "scan")]
    public int ArticlesBetweenScan() => _betweenScan(From, To);
}
