using System;
using System.Linq;
using Dataset.Synthetic;
using Microsoft.CodeAnalysis;
using Xunit;
using static Dataset.Generators.Tests.GeneratorHarness.LoadedDataset;

namespace Dataset.Generators.Tests;

/// <summary>
/// The synthetic corpus the benchmarks and the scale build use is valid, realistic in size, and deterministic.
/// </summary>
public class SyntheticCorpusTests
{
    [Fact]
    public void A_synthetic_corpus_is_accepted_without_a_diagnostic_and_compiles()
    {
        var (result, output) = GeneratorHarness.Run(YamlFile.Synthetic(100));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        using var dataset = GeneratorHarness.Load(output);
        Assert.Equal(100, dataset.Articles.Length);

        // Realistic shapes: the sizes the benchmarks claim to measure.
        Assert.All(dataset.Articles, article =>
        {
            var body = (string)Get(article, "Body")!;
            Assert.InRange(body.Length, 2_000, 7_000);
            Assert.InRange(List(article, "Mentions").Length, 5, 22);
            Assert.InRange(List(article, "Quotes").Length, 3, 12);
            Assert.NotEmpty(List(article, "Dates"));
        });
        Assert.Contains(dataset.Articles, article => List(article, "Figures").Length > 0);
        Assert.Contains(dataset.Articles.SelectMany(article => List(article, "Quotes")), quote =>
            ((System.Collections.Generic.IReadOnlyList<string>)Get(quote, "SameStatementAs")!).Count > 0);
    }

    [Fact]
    public void An_article_is_found_by_id_before_any_other_id_is_read_and_is_the_instance_the_list_holds()
    {
        // 300 articles over 64 buckets: every bucket holds several, so a find walks a bucket's directory past others.
        var files = YamlFile.Synthetic(300);
        var ids = files
            .Select(file => System.IO.Path.GetFileNameWithoutExtension(file.Path))
            .Where(name => name != "entities")
            .ToList();
        var (_, output) = GeneratorHarness.Run(files);
        var assembly = GeneratorHarness.Compile(output, out var context);
        try
        {
            var articles = assembly
                .GetType("RussiaGeorgiaNato.Dataset.Corpus", throwOnError: true)!
                .GetProperty("Articles")!
                .GetValue(null)!;
            var byKey = articles.GetType().GetProperty("Item", new[] { typeof(string) })!;
            var byIndex = articles.GetType().GetProperty("Item", new[] { typeof(int) })!;
            object? Find(string id) =>
                articles.GetType().GetMethod("GetValueOrDefault")!.Invoke(articles, new object[] { id });

            // Fresh: nothing has read the ids in corpus order yet.
            var found = ids.Select(id => byKey.GetValue(articles, new object[] { id })!).ToList();
            Assert.Equal(ids, found.Select(article => (string)Get(article, "Id")!));
            Assert.Null(Find("no-such-article"));
            Assert.Null(Find(ids[0] + "-not"));

            var keys = (System.Collections.Generic.IReadOnlyList<string>)
                articles.GetType().GetProperty("Keys")!.GetValue(articles)!;
            Assert.Equal(ids.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
            for (var i = 0; i < keys.Count; i++)
            {
                var atIndex = byIndex.GetValue(articles, new object[] { i })!;
                Assert.Equal(keys[i], (string)Get(atIndex, "Id")!);
                Assert.Same(found[ids.IndexOf(keys[i])], atIndex);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_same_count_and_seed_give_the_same_bytes()
    {
        var first = SyntheticCorpus.Create(50);
        var second = SyntheticCorpus.Create(50);
        var other = SyntheticCorpus.Create(50, seed: 7);

        Assert.Equal(51, first.Count);
        Assert.Equal(first, second);
        Assert.NotEqual(first.Select(file => file.Text), other.Select(file => file.Text));
    }
}
