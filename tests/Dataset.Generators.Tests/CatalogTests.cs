using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Dataset.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The diagnostics catalog stays one thing: every descriptor is documented where its help link points,
/// tracked in the analyzer release files, and triggered by a test.
/// </summary>
public class CatalogTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    private static string RepoFile(string path) =>
        File.ReadAllText(Path.Combine(global::Dataset.Tests.Shared.RepoPaths.Root(), path))
            .Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Ids_are_unique_and_share_one_prefix()
    {
        Assert.NotEmpty(Descriptors);
        Assert.Equal(Descriptors.Length, Descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(Descriptors, d => Assert.Matches("^DSG[0-9]{3}$", d.Id));
        Assert.All(Descriptors, d => Assert.Equal(DiagnosticSeverity.Error, d.DefaultSeverity));
    }

    [Fact]
    public void Every_id_is_documented_under_its_own_heading()
    {
        var docs = RepoFile("docs/diagnostics.md");
        Assert.All(Descriptors, d =>
        {
            Assert.Contains("\n## " + d.Id.ToLowerInvariant() + "\n", docs, StringComparison.Ordinal);
            Assert.Contains("**" + d.Id + ": " + d.Title + "**", docs, StringComparison.Ordinal);
            Assert.Contains("> " + d.MessageFormat + "\n", docs, StringComparison.Ordinal);
        });
        Assert.Equal(Descriptors.Length, docs.Split("\n## dsg").Length - 1);
    }

    /// <summary>
    /// A help link is one an IDE can open: an absolute https URL to the id's section of docs/diagnostics.md. The
    /// repository has no public remote, so there is none; a relative path (which an IDE cannot open) fails.
    /// </summary>
    [Fact]
    public void Help_links_are_absolute_urls_to_the_ids_section_or_absent()
    {
        Assert.All(Descriptors, d =>
        {
            if (d.HelpLinkUri.Length == 0)
            {
                return;
            }

            Assert.True(Uri.TryCreate(d.HelpLinkUri, UriKind.Absolute, out var link), d.Id + ": " + d.HelpLinkUri);
            Assert.Equal(Uri.UriSchemeHttps, link!.Scheme);
            Assert.EndsWith("/docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri, StringComparison.Ordinal);
        });

        // One rule for all: every id links, or none does.
        Assert.Single(Descriptors.Select(d => d.HelpLinkUri.Length == 0).Distinct());
    }

    [Fact]
    public void Every_id_is_release_tracked()
    {
        var releases =
            RepoFile("generators/Dataset.Generators/AnalyzerReleases.Shipped.md")
            + RepoFile("generators/Dataset.Generators/AnalyzerReleases.Unshipped.md");
        Assert.All(Descriptors, d =>
            Assert.Contains(
                d.Id + " | " + d.Category + " | Error | " + d.Title + "\n",
                releases,
                StringComparison.Ordinal));
    }

    [Fact]
    public void Every_id_but_the_internal_guard_has_a_test_that_triggers_it()
    {
        var tested = DiagnosticTests.Mistakes().Select(mistake => mistake.Expected.Id).ToHashSet();
        var untested = Descriptors
            .Select(d => d.Id)
            .Where(id => id != DiagnosticDescriptors.InternalError.Id && !tested.Contains(id));
        Assert.Empty(untested);
    }
}
