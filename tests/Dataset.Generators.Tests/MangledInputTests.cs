using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The generator never throws and never hangs, whatever a file holds: random truncations and byte flips of the
/// real dataset files each either build cleanly or fail with errors that point at the damage.
/// </summary>
public class MangledInputTests
{
    private const int MutationsPerFile = 100;

    /// <summary>
    /// Errors a mangled file may cause in the files that refer to it, when the damage left it valid YAML with a
    /// changed id or name (a flipped letter in an entity id is an unknown entity in every article naming it; a name or
    /// alias changed into a word an article prints is a copy no mention records, DSG315, or turns an exception stale,
    /// DSG316; a flipped letter in the only article printing a registered form leaves that form printed nowhere,
    /// DSG210).
    /// </summary>
    private static readonly string[] ConsequentialIds =
    {
        "DSG201",
        "DSG202",
        "DSG203",
        "DSG207",
        "DSG210",
        "DSG303",
        "DSG315",
        "DSG316",
    };

    [Fact]
    public async Task Truncated_and_byte_flipped_files_never_crash_and_the_errors_point_at_the_damage()
    {
        var dataset = Fixture.RealDataset();
        var random = new Random(20090420);
        var model = GeneratorHarness.ModelCompilation();
        var runs = 0;
        var clean = 0;

        foreach (var target in dataset)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(target.Text);
            for (var i = 0; i < MutationsPerFile; i++)
            {
                var mangled = Mangle(bytes, random, out var how);
                var texts = dataset
                    .Select(f =>
                        f == target
                            ? new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(
                                f.Path,
                                SourceText.From(mangled, mangled.Length))
                            : new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(f.Path, f.Text))
                    .ToArray();

                // A hang is a failure too: every run must finish well within the time a build would allow. Every run is
                // also checked for caching (the harness reruns it): damaged input must cache like clean input.
                var run = Task.Run(() => GeneratorHarness.Run(dataset, texts, model).Result);
                var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
                Assert.True(finished == run, target.Path + " " + how + ": the generator did not finish");
                var result = await run;
                runs++;

                var context = target.Path + " " + how;
                Assert.Null(result.Results.Single().Exception);
                Assert.False(
                    result.Diagnostics.Any(d => d.Id is "CS8785" or "DSG901"),
                    context + ": " + string.Join("; ", result.Diagnostics));
                var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (errors.Count == 0)
                {
                    clean++;
                    // Every article, the handles and the index.
                    Assert.Equal(dataset.Length + 1, result.GeneratedTrees.Length);
                    continue;
                }

                Assert.All(errors, e =>
                    Assert.True(
                        e.Location.IsInSource || e.Location.Kind == LocationKind.ExternalFile,
                        context + ": unlocated " + e));
                var inTarget = errors.Any(e => e.Location.GetLineSpan().Path == target.Path);
                Assert.True(
                    inTarget || errors.All(e => ConsequentialIds.Contains(e.Id)),
                    context + ": " + string.Join("; ", errors));
            }
        }

        Assert.Equal(dataset.Length * MutationsPerFile, runs);
        Assert.True(clean < runs, "no mutation was caught: the test is not mangling anything");
    }

    /// <summary>A truncation at a random byte, or one random bit flipped (which may leave invalid UTF-8).</summary>
    private static byte[] Mangle(byte[] original, Random random, out string how)
    {
        if (random.Next(2) == 0)
        {
            var length = random.Next(0, original.Length);
            how = "truncated to " + length + " bytes";
            return original.Take(length).ToArray();
        }

        var copy = (byte[])original.Clone();
        var at = random.Next(copy.Length);
        var bit = random.Next(8);
        copy[at] ^= (byte)(1 << bit);
        how = "bit " + bit + " of byte " + at + " flipped";
        return copy;
    }
}
