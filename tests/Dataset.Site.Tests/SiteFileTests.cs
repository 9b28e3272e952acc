using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dataset.Site;
using RussiaGeorgiaNato.Dataset;
using Xunit;

namespace Dataset.Site.Tests;

/// <summary>
/// The site's files, read without a browser: the same bytes every run, and nothing fetched from elsewhere.
/// </summary>
public class SiteFileTests : IClassFixture<SiteFixture>
{
    private readonly SiteFixture _site;

    public SiteFileTests(SiteFixture site) => _site = site;

    [Fact]
    public void The_site_is_the_same_bytes_every_run_whatever_the_culture()
    {
        var again = Path.Combine(Path.GetTempPath(), "dataset-site-again-" + Guid.NewGuid().ToString("N"));
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // Turkish lower-cases I without a dot and writes other digits and separators: nothing may depend on it.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(_site.Files, SiteWriter.Write(again));
            Assert.All(_site.Files, file => Assert.Equal(
                File.ReadAllBytes(Path.Combine(_site.Dir, file)), File.ReadAllBytes(Path.Combine(again, file))));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void There_is_a_page_for_every_article_entity_and_statement()
    {
        Assert.All(Corpus.Articles, a => Assert.Contains("articles/" + a.Id + ".html", _site.Files));
        Assert.All(Entities.All, e => Assert.Contains("entities/" + e.Id + ".html", _site.Files));
        var statements = Corpus.Quotes.Where(q => q.OtherCopies.Count > 0)
            .Select(q => string.Join(" ", q.OtherCopies.Prepend(q).Select(c => c.Key).Order(StringComparer.Ordinal)))
            .Distinct().Count();
        Assert.Equal(statements, _site.Files.Count(f => IsStatement(f, ".html")));
    }

    [Fact]
    public void No_page_stylesheet_or_script_names_another_host()
    {
        // What a page loads: src, href of a stylesheet or script, CSS url() and @import. Article URLs in the JSON
        // are data.
        var loads = new Regex(
            @"(?:src|href)\s*=\s*""(?:[a-z][a-z0-9+.-]*:|//)|url\(\s*['""]?(?:[a-z][a-z0-9+.-]*:|//)|@import",
            RegexOptions.IgnoreCase);
        foreach (var file in _site.Files.Where(f => !f.EndsWith(".json", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(_site.Dir, file));
            Assert.False(loads.IsMatch(text), $"{file} loads from another host: {loads.Match(text).Value}");
        }
    }

    [Fact]
    public void Every_article_page_draws_each_reporting_chain_of_its_quotes()
    {
        foreach (var article in Corpus.Articles)
        {
            var html = File.ReadAllText(Path.Combine(_site.Dir, "articles", article.Id + ".html"));
            var chains = article.Quotes
                .Select(q => string.Join(" → ", q.ReportingChain.Select(link => link.Attribution.DisplayName)))
                .Distinct().ToList();
            var svg = html.Split("<h2 id=\"chains\">")[1].Split("</svg>")[0];
            var boxes = Regex.Matches(svg, "<rect class=\"box\"").Count;

            Assert.Equal(chains.Sum(chain => chain.Split(" → ").Length), boxes);
            Assert.All(
                chains,
                chain => Assert.Contains(System.Net.WebUtility.HtmlEncode(chain), html, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_stylesheet_and_script_are_the_asset_files_byte_for_byte()
    {
        var assets = Path.Combine(Dataset.Tests.Shared.RepoPaths.Root(), "tools", "Dataset.Site", "Assets");
        foreach (var file in new[] { "site.css", "search.js" })
        {
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(assets, file)),
                File.ReadAllBytes(Path.Combine(_site.Dir, file)));
        }
    }

    [Fact]
    public void Each_speaker_colour_is_a_rule_of_the_stylesheet_and_no_two_are_alike()
    {
        Assert.True(Assets.SpeakerColours.Count > 1, "speakers on a page have colours to tell them apart");
        Assert.Equal(
            Assets.SpeakerColours.Count,
            Assets.SpeakerColours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Assets.SpeakerColours.Select((colour, i) => (colour, i)), speaker =>
        {
            var rule = $"mark.quote.s{speaker.i} {{ background: {speaker.colour}; }}\n";
            Assert.Contains(rule, Assets.Css, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_sites_json_holds_the_exported_rows_under_their_names()
    {
        var exported = Path.Combine(Path.GetTempPath(), "dataset-site-rows-" + Guid.NewGuid().ToString("N"));
        try
        {
            Dataset.Export.Exporter.Export("jsonl", exported);
            List<JsonElement> Table(string name) => File.ReadAllLines(Path.Combine(exported, name + ".jsonl"))
                .Select(line => JsonDocument.Parse(line).RootElement).ToList();
            List<JsonElement> Site(string file) =>
                JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Dir, file))).RootElement
                    .EnumerateArray().ToList();
            void Same(IReadOnlyList<JsonElement> expected, IReadOnlyList<JsonElement> actual)
            {
                Assert.Equal(expected.Count, actual.Count);
                Assert.All(
                    expected.Zip(actual),
                    pair => Assert.True(JsonElement.DeepEquals(pair.First, pair.Second), pair.Second.ToString()));
            }

            Same(Table("articles"), Site("index.json"));
            Same(Table("entities"), Site("entities.json"));
            Same(
                Table("dates").Where(row => row.GetProperty("event").ValueKind != JsonValueKind.Null).ToList(),
                Site("timeline.json"));
            var quotes = Table(
                "quotes").ToDictionary(row => row.GetProperty("key").GetString()!,
                StringComparer.Ordinal);
            foreach (var statement in _site.Files.Where(f => IsStatement(f, ".json")))
            {
                var copies = Site(statement);
                Same(copies.Select(copy => quotes[copy.GetProperty("key").GetString()!]).ToList(), copies);
            }
        }
        finally
        {
            Directory.Delete(exported, recursive: true);
        }
    }

    private static bool IsStatement(string file, string extension) =>
        file.StartsWith("statements/", StringComparison.Ordinal) && file.EndsWith(extension, StringComparison.Ordinal);
}
