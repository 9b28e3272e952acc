using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Generators.Emitting;
using Dataset.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Xunit;
using static Dataset.Generators.Diagnostics.DiagnosticDescriptors;

namespace Dataset.Generators.Tests;

/// <summary>
/// The generator never throws: a step that does (no real input is known to make one) becomes a DSG901 located at
/// the step's file instead of CS8785, which would hide every other diagnostic and name no file, and every file that
/// does not depend on the failed step is still generated. The failure is wired in through the generator's
/// test-only constructor, one step and file at a time.
/// </summary>
public class StepFailureTests
{
    private const string Message = "a step made to fail by a test";

    /// <summary>
    /// A step made to throw on one file (an empty path: every run of the step, which has no file), and the hint
    /// names that depend on it, so are missing.
    /// </summary>
    public sealed record Failure(string Step, string? File, params string[] Missing)
    {
        public string Path =>
            File is null
                ? string.Empty
                : Fixture.All.Single(f => f.Path.EndsWith("/" + File + ".yaml", StringComparison.Ordinal)).Path;

        public override string ToString() => Step + " on " + (File ?? "no file");
    }

    private static string SlamDoorBucket => ArticleEmitter.HintName(Buckets.Of(Fixture.SlamDoorId));

    private static string FreezeBucket => ArticleEmitter.HintName(Buckets.Of(Fixture.FreezeId));

    public static IEnumerable<Failure> Failures() => new[]
    {
        new Failure(TrackingNames.ParseArticle, Fixture.FreezeId, FreezeBucket),
        new Failure(TrackingNames.ParseRegistry, "entities"),
        new Failure(TrackingNames.ValidateArticle, Fixture.FreezeId, FreezeBucket),
        new Failure(TrackingNames.ValidateRegistry, "entities", EntitiesEmitter.HintName),
        new Failure(TrackingNames.PrintedForms, Fixture.FreezeId),
        new Failure(TrackingNames.CheckPrintedForms, "entities"),
        new Failure(TrackingNames.EmitArticle, Fixture.FreezeId, FreezeBucket),
        new Failure(TrackingNames.EmitBucket, null, SlamDoorBucket, FreezeBucket),
        new Failure(TrackingNames.EmitEntities, "entities", EntitiesEmitter.HintName),
        new Failure(TrackingNames.Index, null, IndexEmitter.HintName),
    };

    public static IEnumerable<object[]> Cases() => Failures().Select(failure => new object[] { failure });

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_failing_step_becomes_a_located_error_and_the_other_files_still_generate(Failure failure)
    {
        var generator = new DatasetGenerator(new StepGuard((step, path) =>
        {
            if (step == failure.Step && path == failure.Path)
            {
                throw new InvalidOperationException(Message);
            }
        }));

        var (result, _) = GeneratorHarness.Run(generator, Fixture.All);

        Assert.Null(result.Results.Single().Exception);
        // A step with a file fails once; one without (a bucket) fails for each of its runs.
        Assert.Equal(failure.File is null ? failure.Missing.Length : 1, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, diagnostic =>
        {
            Assert.Equal(InternalError.Id, diagnostic.Id);
            Assert.Contains(Message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            if (failure.File is null)
            {
                Assert.Equal(Location.None, diagnostic.Location);
            }
            else
            {
                Assert.Equal(failure.Path, diagnostic.Location.GetLineSpan().Path);
                Assert.Equal(default, diagnostic.Location.GetLineSpan().StartLinePosition);
            }
        });
        var expected = Generated(GeneratorHarness.Run(Fixture.All).Result).Except(failure.Missing);
        Assert.Equal(expected.OrderBy(name => name, StringComparer.Ordinal), Generated(result));
    }

    [Fact]
    public void Every_guarded_step_has_a_failure_case()
    {
        var guarded = new HashSet<string>(StringComparer.Ordinal);
        var generator = new DatasetGenerator(new StepGuard((step, _) =>
        {
            lock (guarded)
            {
                guarded.Add(step);
            }
        }));

        Assert.Empty(GeneratorHarness.Run(generator, Fixture.All).Result.Diagnostics);

        Assert.Equal(guarded.OrderBy(step => step), Failures().Select(failure => failure.Step).OrderBy(step => step));
    }

    private static IEnumerable<string> Generated(GeneratorDriverRunResult result) =>
        result
            .Results.Single()
            .GeneratedSources.Select(source => source.HintName)
            .OrderBy(name => name, StringComparer.Ordinal);
}
