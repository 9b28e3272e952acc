using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The pipeline is incremental: unchanged input re-runs nothing (asserted by <see cref="GeneratorHarness.Run(YamlFile[])"/>
/// on every run), an edit re-runs only its own article.
/// </summary>
public class CachingTests
{
    [Fact]
    public void The_fixture_runs_every_tracked_step_so_the_harness_checks_them_all()
    {
        var (result, _) = GeneratorHarness.Run(Fixture.All);

        var ran = result.Results.Single().TrackedSteps.Keys;
        Assert.All(GeneratorHarness.TrackedSteps, step => Assert.Contains(step, ran));
    }

    [Fact]
    public void Editing_one_article_reruns_only_that_article()
    {
        var compilation = GeneratorHarness.ModelCompilation();
        var driver = GeneratorHarness.CreateDriver(Fixture.All, out var texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var oldText = texts.Single(t => t.Path == Fixture.SlamDoor.Path);
        var edited = Fixture.SlamDoor.Text.Replace("Lavrov underlined.", "Lavrov underlined!", StringComparison.Ordinal);
        var replacement = new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(oldText.Path, edited);

        var rerun = driver.ReplaceAdditionalText(oldText, replacement).RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        var after = rerun.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        // Per-article steps: exactly one output was recomputed (the edited article).
        foreach (var step in new[] { TrackingNames.ParseArticle, TrackingNames.ValidateArticle, TrackingNames.EmitArticle })
        {
            var reasons = rerun.TrackedSteps[step].SelectMany(r => r.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.All(reasons.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }

        // Shared steps saw an equal value, so nothing downstream of them re-ran.
        foreach (var step in new[] { TrackingNames.ArticleDirectory, TrackingNames.ParseRegistry, TrackingNames.ValidateRegistry, TrackingNames.EmitEntities, TrackingNames.Index })
        {
            Assert.All(rerun.TrackedSteps[step].SelectMany(r => r.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        var changed = after.Keys.Where(k => before[k] != after[k]).ToArray();
        Assert.Equal(new[] { "Article." + Fixture.SlamDoorId + ".g.cs" }, changed);
    }
}
