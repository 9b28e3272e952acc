using System.Linq;
using Dataset.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// What the generator writes for a valid dataset: reviewed as snapshots, and compiled against the real model.
/// </summary>
public class EmitTests
{
    [Fact]
    public void Valid_dataset_reports_nothing_and_the_output_compiles()
    {
        var (result, output) = GeneratorHarness.Run(Fixture.All);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(
            new[]
            {
                ArticleEmitter.HintName(Buckets.Of(Fixture.FreezeId)),
                ArticleEmitter.HintName(Buckets.Of(Fixture.SlamDoorId)),
                "Articles.g.cs",
                "Entities.g.cs",
            }.OrderBy(hint => hint, System.StringComparer.Ordinal),
            result
                .GeneratedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath))
                .OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Entity_ids_named_like_the_dataset_types_compile()
    {
        // A handle is a property of Entities, beside the hand-written Entities.All: ids such as 'corpus' or
        // 'keyed-list' must not hide the types that code uses (the reserved ones, such as 'entity-kind', are DSG208).
        var ids = new[]
        {
            "corpus",
            "keyed-list",
            "article",
            "quote",
            "attribution",
            "known-date",
            "corpus-lookups",
            "generated-entities",
        };

        // Each named by a word the fixture articles print and recorded where printed, so the registry stays clean
        // (DSG210) and every printed form is a mention (DSG315).
        var names = new[]
        {
            "Russia",
            "Georgia",
            "Moscow",
            "Brussels",
            "Thursday",
            "Mikheil Saakashvili",
            "Georgian President",
            "alliance",
        };
        var (registry, slam, freeze) = (Fixture.Entities, Fixture.SlamDoor, Fixture.Freeze);
        for (var i = 0; i < ids.Length; i++)
        {
            (registry, slam, freeze) = (
                registry.Registering(ids[i], names[i], "place"),
                slam.Mentioning(ids[i], names[i]),
                freeze.Mentioning(ids[i], names[i]));
        }

        var (result, output) = GeneratorHarness.Run(registry, slam, freeze);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("Articles.g.cs")]
    [InlineData("Entities.g.cs")]
    public void Generated_source_matches_snapshot(string hintName)
    {
        var (result, _) = GeneratorHarness.Run(Fixture.All);
        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName);

        Snapshot.Match(
            source.SourceText.ToString(),
            SnapshotNameExtension.Create(hintName.Replace(".g.cs", string.Empty)));
    }

    [Theory]
    [InlineData(Fixture.SlamDoorId)]
    [InlineData(Fixture.FreezeId)]
    public void An_articles_bucket_matches_snapshot(string articleId)
    {
        var (result, _) = GeneratorHarness.Run(Fixture.All);
        var source = result
            .Results.Single()
            .GeneratedSources.Single(s => s.HintName == ArticleEmitter.HintName(Buckets.Of(articleId)));

        Assert.Contains("// - " + articleId + "\n", source.SourceText.ToString(), System.StringComparison.Ordinal);
        Snapshot.Match(source.SourceText.ToString(), SnapshotNameExtension.Create("Bucket." + articleId));
    }

    [Fact]
    public void Below_CSharp_11_texts_are_string_literals_and_the_output_compiles()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.LiteralsOptions, Fixture.All);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = result
            .Results.Single()
            .GeneratedSources.Single(s => s.HintName == ArticleEmitter.HintName(Buckets.Of(Fixture.SlamDoorId)));
        Assert.DoesNotContain("u8", source.SourceText.ToString(), System.StringComparison.Ordinal);
        Snapshot.Match(
            source.SourceText.ToString(),
            SnapshotNameExtension.Create("Bucket." + Fixture.SlamDoorId + ".literals"));
    }

    [Fact]
    public void Snapshots_are_read_from_the_repository() =>
        Assert.StartsWith(
            global::Dataset.Tests.Shared.RepoPaths.Root(),
            global::Dataset.Tests.Shared.RepoPaths.CallerFile(),
            System.StringComparison.Ordinal);

    [Fact]
    public void Output_is_byte_identical_whatever_the_file_order()
    {
        var forward = GeneratorHarness.Run(Fixture.All).Result;
        var backward = GeneratorHarness.Run(Fixture.All.Reverse().ToArray()).Result;

        static string[] Texts(GeneratorDriverRunResult run) =>
            run
                .Results.Single()
                .GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal)
                .Select(s => s.HintName + "\n" + s.SourceText)
                .ToArray();

        Assert.Equal(Texts(forward), Texts(backward));
    }

    [Fact]
    public void Files_without_the_dataset_role_are_ignored()
    {
        var stray = new YamlFile("/elsewhere/config.yaml", string.Empty, "not: [valid");
        var (result, _) = GeneratorHarness.Run(Fixture.All.Append(stray).ToArray());

        Assert.Empty(result.Diagnostics);
    }
}
