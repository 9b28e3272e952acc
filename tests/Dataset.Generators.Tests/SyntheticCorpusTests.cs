using System;
using System.Linq;
using Dataset.Synthetic;
using Microsoft.CodeAnalysis;
using Xunit;
using static Dataset.Generators.Tests.GeneratorHarness.LoadedDataset;

namespace Dataset.Generators.Tests;

/// <summary>The synthetic corpus the benchmarks and the scale build use is valid, realistic in size, and deterministic.</summary>
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
        Assert.Contains(dataset.Articles.SelectMany(article => List(article, "Quotes")), quote => ((System.Collections.Generic.IReadOnlyList<string>)Get(quote, "SameStatementAs")!).Count > 0);
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
