using System;
using System.Linq;
using Dataset.Generators.Emitting;
using Dataset.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The pipeline is incremental: unchanged input re-runs nothing (asserted by
/// <see cref="GeneratorHarness.Run(YamlFile[])"/> on every run), an edit re-runs only its own article and rewrites only
/// its bucket's file.
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
        var before = driver
            .GetRunResult()
            .Results.Single()
            .GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var oldText = texts.Single(t => t.Path == Fixture.SlamDoor.Path);
        var edited = Fixture.SlamDoor.Text.Replace(
            "Lavrov underlined.",
            "Lavrov underlined!",
            StringComparison.Ordinal);
        var replacement = new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(oldText.Path, edited);

        var rerun = driver
            .ReplaceAdditionalText(oldText, replacement)
            .RunGenerators(compilation.Clone())
            .GetRunResult()
            .Results.Single();
        var after = rerun.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        // Per-article steps: exactly one output was recomputed (the edited article).
        var perArticle = new[] { TrackingNames.ParseArticle, TrackingNames.ValidateArticle, TrackingNames.EmitArticle };
        foreach (var step in perArticle)
        {
            var reasons = rerun.TrackedSteps[step].SelectMany(r => r.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.All(reasons.Where(r => r != IncrementalStepRunReason.Modified), r =>
                Assert.True(
                    r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }

        // Shared steps saw an equal value, so nothing downstream of them re-ran. The edited article was rescanned for
        // the registry's forms, but it prints the same ones, so the registry-wide check did not run again.
        foreach (var step in new[]
            {
                TrackingNames.ArticleDirectory,
                TrackingNames.ParseRegistry,
                TrackingNames.ValidateRegistry,
                TrackingNames.EmitEntities,
                TrackingNames.Index,
                TrackingNames.RegistryForms,
                TrackingNames.PrintedForms,
                TrackingNames.CorpusPrints,
                TrackingNames.CheckPrintedForms,
            })
        {
            Assert.All(rerun.TrackedSteps[step].SelectMany(r => r.Outputs), o =>
                Assert.True(
                    o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{step}: {o.Reason}"));
        }

        // Only the edited article's bucket was written again (the fixture's two articles are in two buckets).
        Assert.NotEqual(Buckets.Of(Fixture.SlamDoorId), Buckets.Of(Fixture.FreezeId));
        var buckets = rerun
            .TrackedSteps[TrackingNames.EmitBucket]
            .SelectMany(r => r.Outputs)
            .Select(o => o.Reason)
            .ToList();
        Assert.Equal(1, buckets.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(buckets.Where(r => r != IncrementalStepRunReason.Modified), r =>
            Assert.True(
                r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{TrackingNames.EmitBucket}: {r}"));

        var changed = after.Keys.Where(k => before[k] != after[k]).ToArray();
        Assert.Equal(new[] { ArticleEmitter.HintName(Buckets.Of(Fixture.SlamDoorId)) }, changed);
    }

    [Fact]
    public void An_edit_that_stops_printing_a_form_reruns_the_registry_check_and_reports_it()
    {
        // Saakashvili is printed once, inside a quote of the slam-door article, the only article that mentions him: the
        // registry-wide check must notice when that article stops printing his name.
        var registry = Fixture.Entities.Registering("mikheil-saakashvili", "Mikheil Saakashvili", "person");
        var files = new[]
        {
            registry,
            Fixture.SlamDoor.Mentioning("mikheil-saakashvili", "Mikheil Saakashvili"),
            Fixture.Freeze,
        };
        var compilation = GeneratorHarness.ModelCompilation();
        var driver = GeneratorHarness.CreateDriver(files, out var texts).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var oldText = texts.Single(t => t.Path == Fixture.SlamDoor.Path);
        // The body and the quote alike.
        var edited = files[1].Text.Replace("Saakashvili", "Saakaschwili", StringComparison.Ordinal);
        var rerun = driver
            .ReplaceAdditionalText(
                oldText,
                new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(oldText.Path, edited))
            .RunGenerators(compilation.Clone())
            .GetRunResult();

        Assert.Contains(
            rerun.Results.Single().TrackedSteps[TrackingNames.CheckPrintedForms].SelectMany(r => r.Outputs),
            o => o.Reason == IncrementalStepRunReason.Modified);
        // The article reports its own mention form as unregistered (DSG303); the registry reports the name no one
        // prints.
        var unprinted = Assert.Single(rerun.Diagnostics, d => d.Id == "DSG210");
        Assert.Equal(registry.Path, unprinted.Location.GetLineSpan().Path);
        Assert.Contains(
            "'Mikheil Saakashvili'",
            unprinted.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }
}
