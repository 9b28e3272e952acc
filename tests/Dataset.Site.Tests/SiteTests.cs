using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Dataset.Tests.Shared;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RussiaGeorgiaNato.Dataset;
using Xunit;

namespace Dataset.Site.Tests;

/// <summary>The site as a reader meets it: opened from disk in headless Chromium, clicked through, searched.</summary>
public class SiteTests : IClassFixture<SiteFixture>
{
    private static readonly Article Lavrov = Corpus.Articles["2008-08-21-lavrov-no-plans-to-slam-door"];
    private readonly SiteFixture _site;

    public SiteTests(SiteFixture site) => _site = site;

    [BrowserFact]
    public async Task Every_page_is_reached_from_the_index_links_its_JSON_and_has_no_broken_link_error_or_request()
    {
        var reached = new SortedSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(reached);
        var problems = new List<string>();
        await using var page = await _site.OpenAsync("index.html");
        while (queue.TryDequeue(out var file))
        {
            await page.Page.GotoAsync(_site.Url(file));
            var links = await page.Page.EvalOnSelectorAllAsync<string[]>(
                "a[href], link[href], script[src]",
                "els => els.map(e => new URL(e.getAttribute('href') ?? e.getAttribute('src'), document.baseURI).href)");
            foreach (var link in links.Select(l => l.Split('#', '?')[0]).Distinct())
            {
                var target = Path.GetRelativePath(_site.Dir, new Uri(link).LocalPath).Replace('\\', '/');
                if (!File.Exists(Path.Combine(_site.Dir, target)))
                {
                    problems.Add($"{file} links to {target}, which is not there");
                }
                else if (target.EndsWith(".html", StringComparison.Ordinal) && reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }

            // Its JSON: named in the head for tools and in the footer for readers, and well formed.
            var footer = await page.Page.Locator("footer .json a").EvaluateAsync<string>("a => a.href");
            var json = new Uri(footer).LocalPath;
            var alternate = await page.Page.Locator("link[rel=alternate][type=\"application/json\"]")
                .EvaluateAsync<string>("l => l.href");
            Assert.Equal(json, new Uri(alternate).LocalPath);
            Assert.EndsWith(".json", json, StringComparison.Ordinal);
            using var _ = JsonDocument.Parse(File.ReadAllText(json));
        }

        // The search page reads its index as a script; its JSON is the same index.
        var index = File.ReadAllText(Path.Combine(_site.Dir, "search-index.json"));
        Assert.Equal(
            "window.SEARCH_INDEX = " + index.TrimEnd('\n') + ";\n",
            File.ReadAllText(Path.Combine(_site.Dir, "search-index.js")));

        problems.AddRange(page.Problems);
        Assert.Empty(problems);
        Assert.Equal(
            _site.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            reached);
    }

    [BrowserFact]
    public async Task The_index_lists_the_articles_by_date_each_with_its_precision_and_basis()
    {
        await using var page = await _site.OpenAsync("index.html");

        var rows = await page.Page.Locator("main tbody tr").AllAsync();
        Assert.Equal(Corpus.Articles.Count, rows.Count);
        var ordered = Corpus.Articles.OrderBy(a => a.Published.Earliest).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var text = await rows[i].InnerTextAsync();
            var a = ordered[i];
            Assert.Contains(a.Headline, text, StringComparison.Ordinal);
            Assert.Contains($"{a.Published.Value} ({HowKnown(a.Published)})", text, StringComparison.Ordinal);
        }
    }

    [BrowserFact]
    public async Task Links_lead_from_the_index_to_an_article_to_an_entity_and_back()
    {
        await using var watched = await _site.OpenAsync("index.html");
        var page = watched.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = Lavrov.Headline, Exact = true }).ClickAsync();
        Assert.EndsWith("/articles/" + Lavrov.Id + ".html", page.Url, StringComparison.Ordinal);
        Assert.Equal(Lavrov.Headline, await page.Locator("main h1").TextContentAsync());

        await page.Locator("main article a[data-entity=\"sergei-lavrov\"]").First.ClickAsync();
        Assert.EndsWith("/entities/sergei-lavrov.html", page.Url, StringComparison.Ordinal);
        Assert.Equal(Entities.SergeiLavrov.Name, await page.Locator("main h1").TextContentAsync());
        var quoted = await page.Locator("main ul").Last.Locator("li").CountAsync();
        Assert.Equal(Entities.SergeiLavrov.Quotes.Count, quoted);

        await page.Locator($"main a[href=\"../articles/{Lavrov.Id}.html\"]").First.ClickAsync();
        Assert.EndsWith("/articles/" + Lavrov.Id + ".html", page.Url, StringComparison.Ordinal);

        await page.GoBackAsync();
        Assert.EndsWith("/entities/sergei-lavrov.html", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Articles" }).ClickAsync();
        Assert.EndsWith("/index.html", page.Url, StringComparison.Ordinal);
        Assert.Empty(watched.Problems);
    }

    [BrowserFact]
    public async Task Every_quote_is_highlighted_with_its_exact_text_and_every_mention_links_its_entity()
    {
        foreach (var article in Corpus.Articles)
        {
            await using var page = await _site.OpenAsync("articles/" + article.Id + ".html");

            // A quote is drawn as one element, or several where another annotation crosses it: joined, they are its
            // text.
            var shown = await Texts(page.Page, "main article [data-quote]", "quote");
            Assert.Equal(
                article.Quotes.Select(q => q.Key).Order(StringComparer.Ordinal),
                shown.Keys.Order(StringComparer.Ordinal));
            foreach (var q in article.Quotes)
            {
                Assert.Equal(q.Text, shown[q.Key]);
            }

            var links = await page.Page.Locator("main article a.mention[data-entity]")
                .EvaluateAllAsync<string[][]>("els => els.map(e => [e.dataset.entity, e.getAttribute('href')])");
            Assert.All(links, link => Assert.Equal("../entities/" + link[0] + ".html", link[1]));
            var mentioned = await Texts(page.Page, "main article a.mention[data-entity]", "entity");
            Assert.Equal(
                article.Mentions.Select(m => m.Entity.Id).Order(StringComparer.Ordinal),
                mentioned.Keys.Order(StringComparer.Ordinal));
            foreach (var m in article.Mentions)
            {
                Assert.Equal(
                    string.Concat(m.Occurrences.OrderBy(PageOrder).Select(o => o.Text)),
                    mentioned[m.Entity.Id]);
            }

            var cues = await page.Page.Locator("main article [data-cue]")
                .EvaluateAllAsync<string[]>("els => [...new Set(els.map(e => e.dataset.cue))]");
            Assert.Equal(
                article.Quotes.Where(q => q.CueSpan is not null).Select(q => q.Key).Order(StringComparer.Ordinal),
                cues.Order(StringComparer.Ordinal));
        }
    }

    [BrowserFact]
    public async Task Each_speaker_on_a_page_has_one_colour_of_its_own_and_an_unnamed_speaker_is_grey()
    {
        foreach (var article in Corpus.Articles)
        {
            await using var page = await _site.OpenAsync("articles/" + article.Id + ".html");
            var colours = await page.Page.Locator("main article mark[data-quote]").EvaluateAllAsync<string[][]>(
                "els => els.map(e => [e.dataset.quote, getComputedStyle(e).backgroundColor])");
            var bySpeaker = colours.GroupBy(
                c => Corpus.Quotes[c[0]].Speaker?.Id ?? "(unnamed)").ToDictionary(g => g.Key,
                g => g.Select(c => c[1]).Distinct().ToList());

            Assert.All(bySpeaker.Values, distinct => Assert.Single(distinct));
            var named = bySpeaker.Where(s => s.Key != "(unnamed)").Select(s => s.Value[0]).ToList();
            Assert.Equal(named.Count, named.Distinct().Count());
            if (bySpeaker.TryGetValue("(unnamed)", out var grey))
            {
                Assert.Equal("rgb(230, 230, 230)", grey[0]);
                Assert.DoesNotContain(grey[0], named);
            }
        }
    }

    [BrowserFact]
    public async Task Errata_are_shown_as_printed_with_the_intended_form_on_focus_and_in_print()
    {
        var article = Corpus.Articles.First(a => a.Errata.Count > 0);
        await using var page = await _site.OpenAsync("articles/" + article.Id + ".html");

        var shown = await Texts(page.Page, "main article .erratum[data-erratum]", "erratum");
        Assert.Equal(article.Errata.Count, shown.Count);
        for (var i = 0; i < article.Errata.Count; i++)
        {
            var erratum = article.Errata[i];
            var note = "as printed; intended: " + (erratum.Intended ?? "not known")
                + (erratum.Note is null ? string.Empty : " (" + erratum.Note + ")");
            var marked = page.Page.Locator($"main article .erratum[data-erratum=\"{i}\"]").First;
            Assert.Equal(erratum.Printed, shown[i.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            Assert.Equal("none", await After(marked));
            await marked.FocusAsync();
            Assert.StartsWith("\" [as printed; intended: ", await After(marked), StringComparison.Ordinal);
            Assert.Equal(note, await marked.GetAttributeAsync("data-note"));
        }

        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.NotEqual("none", await After(page.Page.Locator("main article .erratum").Last));
    }

    [BrowserFact]
    public async Task Each_date_in_the_text_tells_its_value_precision_basis_and_evidence_on_focus()
    {
        foreach (var article in Corpus.Articles)
        {
            await using var page = await _site.OpenAsync("articles/" + article.Id + ".html");
            var notes = await page.Page.Locator("main article .date[data-note]")
                .EvaluateAllAsync<string[]>("els => [...new Set(els.map(e => e.dataset.note))]");
            var expected = article.Dates
                .Select(d => $"{d.Date.Value} ({HowKnown(d.Date)})"
                    + (d.Date.Evidence is null ? string.Empty : ": " + d.Date.Evidence))
                .Distinct();
            Assert.Equal(expected.Order(StringComparer.Ordinal), notes.Order(StringComparer.Ordinal));

            var first = page.Page.Locator("main article .date[data-note]").First;
            await first.FocusAsync();
            Assert.NotEqual("none", await After(first));
        }
    }

    [BrowserFact]
    public async Task Search_finds_slam_the_door_in_all_four_copies_of_the_statement()
    {
        await using var watched = await _site.OpenAsync("search.html?q=slam%20the%20door");
        var page = watched.Page;

        // Every word, in a quote's own text or one of its copies'.
        var words = new[] { "slam", "the", "door" };
        var expected = Corpus.Quotes
            .Where(q => words.All(w =>
                q.OtherCopies.Prepend(q).Any(c => c.Text.Contains(w, StringComparison.OrdinalIgnoreCase))))
            .Select(q => q.Key).ToList();
        var found = await page.Locator("#results li.hit.quote")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.quote)");
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));

        // Typed, as a reader would: the results follow the words.
        await page.Locator("#q").FillAsync("Saakashvili");
        await page.Locator("#q").PressAsync("Enter");
        // A text hit shows the word; a quote hit is found by its statement, so the word is in it or in one of its
        // copies.
        var hits = await page.Locator("#results li")
            .EvaluateAllAsync<string[][]>("els => els.map(e => [e.dataset.quote ?? '', e.textContent])");
        Assert.NotEmpty(hits);
        string Statement(string key) =>
            string.Join(" ", Corpus.Quotes[key].OtherCopies.Prepend(Corpus.Quotes[key]).Select(q => q.Text));
        Assert.All(hits, hit => Assert.Contains(
            "Saakashvili", hit[0].Length == 0 ? hit[1] : Statement(hit[0]), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(
            $"{hits.Length} results for \u201cSaakashvili\u201d",
            await page.Locator("#status").TextContentAsync());

        // Every word, wherever it is; a phrase in double quotes; curly apostrophes typed straight.
        await page.Locator("#q").FillAsync("Lavrov Interfax");
        var both = await page.Locator("#results li.hit.text").AllTextContentsAsync();
        Assert.NotEmpty(both);
        Assert.All(both, hit => Assert.True(
            hit.Contains("Lavrov", StringComparison.Ordinal) && hit.Contains("Interfax", StringComparison.Ordinal),
            hit));
        await page.Locator("#q").FillAsync("\"Interfax Lavrov\"");
        Assert.Equal(0, await page.Locator("#results li").CountAsync());
        var curly = Corpus.Articles.SelectMany(a => a.Paragraphs)
            .First(p => p.Contains('\u2019', StringComparison.Ordinal));
        var typed = string.Join(
            " ",
            curly.Split(' ').SkipWhile(w => !w.Contains('\u2019', StringComparison.Ordinal)).Take(3)).Replace('\u2019',
            '\'');
        await page.Locator("#q").FillAsync(typed);
        var texts = await page.Locator("#results li.hit.text").AllTextContentsAsync();
        Assert.Contains(curly, string.Join("\n", texts), StringComparison.Ordinal);

        await page.Locator("#q").FillAsync("no such words anywhere");
        Assert.Equal(0, await page.Locator("#results li").CountAsync());
        Assert.Empty(watched.Problems);
    }

    [BrowserFact]
    public async Task The_statement_page_sets_the_copies_side_by_side()
    {
        await using var page = await _site.OpenAsync("statements.html");
        await page.Page.Locator("main a").Filter(new() { HasTextString = "slam the door" }).First.ClickAsync();

        var copies = await page.Page.Locator(".copies article mark[data-quote]")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.quote)");
        var quote = Corpus.Quotes[copies[0]];
        Assert.Equal(
            quote.OtherCopies.Prepend(quote).Select(q => q.Key).Order(StringComparer.Ordinal),
            copies.Order(StringComparer.Ordinal));
        var tops = await page.Page.Locator(".copies article")
            .EvaluateAllAsync<double[]>("els => els.map(e => e.getBoundingClientRect().top)");
        Assert.True(tops.Distinct().Count() < tops.Length, "copies share a row");
    }

    [BrowserFact]
    public async Task The_timeline_draws_one_mark_per_dated_event_in_date_order()
    {
        await using var page = await _site.OpenAsync("timeline.html");

        var events = Corpus.Articles.SelectMany(a => a.Dates).Where(d => d.Event is not null).ToList();
        Assert.Equal(events.Count, await page.Page.Locator("main svg circle, main svg rect").CountAsync());
        var labels = await page.Page.Locator("main svg g > text").AllTextContentsAsync();
        var values = labels.Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(events.Select(d => d.Date).OrderBy(d => d.Earliest).Select(d => d.Value), values);
    }

    [BrowserFact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_then_every_article()
    {
        await using var watched = await _site.OpenAsync("index.html");
        var page = watched.Page;

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await page.EvaluateAsync<string>("document.activeElement.className"));
        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("document.activeElement.getAttribute('href') || ''"));
        }

        Assert.All(Corpus.Articles, a => Assert.Contains("articles/" + a.Id + ".html", reached));
    }

    [BrowserFact]
    public async Task No_page_kind_has_an_accessibility_violation_axe_finds()
    {
        // axe-core's WCAG rules (landmarks, names, contrast, nesting, keyboard), run in the page: every kind of page.
        var problems = new List<string>();
        var others = new[]
        {
            "index.html", "entities/sergei-lavrov.html", "entities.html", "statements.html", "statements/1.html",
            "timeline.html", "search.html?q=slam%20the%20door",
        };
        var pages = Corpus.Articles.Select(a => "articles/" + a.Id + ".html").Concat(others)
            .Select(file => (File: file, Width: 1100))
            // A phone: the drawings scroll sideways.
            .Concat(new[] { ("articles/" + Lavrov.Id + ".html", 400), ("timeline.html", 400) });
        foreach (var (file, width) in pages)
        {
            await using var page = await _site.OpenAsync(file, width);
            var result = await page.Page.RunAxe();
            problems.AddRange(result.Violations.Select(v =>
                $"{file} at {width} px: {v.Id} ({v.Impact}) {v.Help}: "
                + string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))));
        }

        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task Printed_a_page_drops_the_navigation_and_outlines_the_quotes()
    {
        await using var page = await _site.OpenAsync("articles/" + Lavrov.Id + ".html");
        var quote = page.Page.Locator("main article mark[data-quote]").First;
        Assert.True(await page.Page.Locator("header nav").IsVisibleAsync());
        Assert.Equal("none", await quote.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Page.Locator("header nav").IsVisibleAsync());
        Assert.False(await page.Page.Locator("footer .json").IsVisibleAsync());
        Assert.Equal("solid", await quote.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
    }

    [BrowserFact]
    public async Task Screenshots_of_the_index_and_an_article_are_written_as_artifacts()
    {
        var dir = Path.Combine(RepoPaths.Root(), "artifacts", "site-screenshots");
        Directory.CreateDirectory(dir);
        var shots = new[] { ("index.html", "index.png"), ("articles/" + Lavrov.Id + ".html", "article.png") };
        foreach (var (file, name) in shots)
        {
            await using var page = await _site.OpenAsync(file);
            var path = Path.Combine(dir, name);
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(path).Take(4));
        }
    }

    [BrowserFact]
    public async Task Text_is_readable_against_its_background_on_every_kind_of_page()
    {
        // WCAG 2 AA: a contrast of at least 4.5 to 1 for body-size text, the colours as the browser computed them.
        var files = new[]
        {
            "index.html", "articles/" + Lavrov.Id + ".html", "entities/sergei-lavrov.html", "statements/1.html",
            "timeline.html",
        };
        foreach (var file in files)
        {
            await using var page = await _site.OpenAsync(file);
            const string Selector = "main p, main li, main a, main mark, main .meta, main summary, main td, main th,"
                + " main time, main .date, main .cue, main .erratum, footer p";
            var pairs = await page.Page.Locator(Selector).EvaluateAllAsync<string[][]>("""
                els => els.map(e => {
                  let back = e;
                  while (back && getComputedStyle(back).backgroundColor === 'rgba(0, 0, 0, 0)') {
                    back = back.parentElement;
                  }
                  return [e.tagName + '.' + e.className, getComputedStyle(e).color,
                    back ? getComputedStyle(back).backgroundColor : 'rgb(255, 255, 255)'];
                })
                """);
            Assert.NotEmpty(pairs);
            foreach (var pair in pairs)
            {
                var ratio = Contrast(pair[1], pair[2]);
                Assert.True(ratio >= 4.5, $"{file}: {pair[0]} is {pair[1]} on {pair[2]}, a contrast of {ratio:0.00}");
            }
        }
    }

    /// <summary>How a date is known as the pages print it: <c>day, inferred</c>.</summary>
    private static string HowKnown(KnownDate d) =>
        d.Precision.ToString().ToLowerInvariant() + ", " + d.Basis.ToString().ToLowerInvariant();

    /// <summary>
    /// The content of an element's <c>::after</c>, as the browser computed it (<c>none</c> when there is none).
    /// </summary>
    private static Task<string> After(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");

    /// <summary>
    /// Each value of <c>data-<paramref name="key"/></c> with the text of its elements joined in page order.
    /// </summary>
    private static async Task<Dictionary<string, string>> Texts(IPage page, string selector, string key)
    {
        var pairs = await page.Locator(selector)
            .EvaluateAllAsync<string[][]>($"els => els.map(e => [e.dataset.{key}, e.textContent])");
        return pairs.GroupBy(
            p => p[0],
            StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => string.Concat(g.Select(p => p[1])),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Where a span's part comes on the article page: headline, dateline, byline, body, then the captions.
    /// </summary>
    private static (int, int, int) PageOrder(TextSpan span) => (span.Part switch
    {
        TextPart.Headline => 0,
        TextPart.Dateline => 1,
        TextPart.Byline => 2,
        TextPart.Body => 3,
        _ => 4,
    }, span.CaptionIndex ?? 0, span.Start);

    private static double Contrast(string foreground, string background)
    {
        static double Luminance(string rgb)
        {
            var channels = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3)
                .Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) / 255)
                .Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
            return (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
        }

        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }
}
