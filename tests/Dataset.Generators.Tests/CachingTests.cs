using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>The pipeline is incremental: unchanged input re-runs nothing, an edit re-runs only its own article.</summary>
public class CachingTests
{
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Second_run_on_the_same_input_is_fully_cached()
    {
        var compilation = GeneratorHarness.ModelCompilation();
        var driver = GeneratorHarness.CreateDriver(Fixture.All).RunGenerators(compilation);
        var first = driver.GetRunResult();
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult();

        var firstSteps = first.Results.Single().TrackedSteps;
        var secondSteps = second.Results.Single().TrackedSteps;
        Assert.All(TrackedSteps, step => Assert.Contains(step, firstSteps.Keys));

        foreach (var (name, runs) in secondSteps.Where(s => TrackedSteps.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} was {output.Reason} on an unchanged second run");
            }
        }

        AssertNoRoslynObjects(firstSteps);
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
        foreach (var step in new[] { TrackingNames.Corpus, TrackingNames.ParseRegistry, TrackingNames.ValidateRegistry, TrackingNames.EmitEntities, TrackingNames.Index })
        {
            Assert.All(rerun.TrackedSteps[step].SelectMany(r => r.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        var changed = after.Keys.Where(k => before[k] != after[k]).ToArray();
        Assert.Equal(new[] { "Article." + Fixture.SlamDoorId + ".g.cs" }, changed);
    }

    /// <summary>Pipeline values must be plain data: a Compilation, symbol or syntax node would pin memory and defeat caching.</summary>
    private static void AssertNoRoslynObjects(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps)
    {
        foreach (var (name, runs) in steps.Where(s => TrackedSteps.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                Visit(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void Visit(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel, $"step {step} outputs a {value.GetType().Name}");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                Visit(item, step, seen);
            }
        }

        if (value.GetType().Namespace?.StartsWith("Dataset.Generators", StringComparison.Ordinal) == true)
        {
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                Visit(property.GetValue(value), step, seen);
            }
        }
    }
}
