using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool;

/// <summary>
/// The explorer's commands: <c>articles</c>, <c>article &lt;id&gt;</c>, <c>entities</c>, <c>quotes</c>, <c>timeline</c>
/// and <c>search</c>, each with <c>--json</c> and <c>--help</c>, and <c>export</c>, which writes the dataset as files. Without a command it prints the timeline and
/// every quote. Output goes to the writers given, so tests can read it.
/// </summary>
public static class Cli
{
    // Readable JSON for people and tools alike: apostrophes and non-ASCII letters as themselves, not \u escapes.
    private static readonly ViewJson Json = new(new JsonSerializerOptions(ViewJson.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = Build(output, error);
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Command Build(TextWriter output, TextWriter error)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text", Recursive = true };

        var articles = new Command("articles", "List the articles, in publication order");
        articles.SetAction(r => Print(r, json, output, Corpus.Articles.Select(Summary).ToList(), Json.ListArticleSummary, list =>
            string.Join("\n", list.Select(a => $"{Date(a.Published),-24} {a.Id}\n{string.Empty,-24} {a.Headline}"))));

        var articleId = new Argument<string>("id") { Description = "An article id (see 'articles')" };
        var article = new Command("article", "Show one article: its text, sources, quotes, dates and figures") { articleId };
        article.SetAction(r => Find(Corpus.Articles, r.GetValue(articleId)!, "article", error) is { } a
            ? Print(r, json, output, View(a), Json.ArticleView, ArticleText)
            : 1);

        // EntityKind.None is only default(EntityKind): no entity has it, so it is not offered.
        var kinds = Enum.GetValues<EntityKind>().Where(k => k != EntityKind.None).Select(k => k.ToString().ToLowerInvariant()).ToArray();
        var kind = new Option<string?>("--kind") { Description = "Only this kind: " + string.Join(", ", kinds) };
        kind.AcceptOnlyFromAmong(kinds);
        var entities = new Command("entities", "List the entities of the registry") { kind };
        entities.SetAction(r => Print(r, json, output,
            Entities.All.Where(e => r.GetValue(kind) is not { } k || e.Kind.ToString().Equals(k, StringComparison.OrdinalIgnoreCase)).Select(EntityOf).ToList(),
            Json.ListEntityView,
            list => string.Join("\n", list.Select(e => $"{e.Id,-36} {e.Kind,-12} {e.Name}  ({e.Mentions} mentions, {e.Quotes} quotes)"))));

        var speaker = new Option<string?>("--speaker") { Description = "Only quotes by this entity id" };
        var inArticle = new Option<string?>("--article") { Description = "Only quotes in this article id" };
        var quotes = new Command("quotes", "List quotes and reported statements") { speaker, inArticle };
        quotes.SetAction(r =>
        {
            Entity? who = null;
            Article? where = null;
            if ((r.GetValue(speaker) is { } s && (who = Find(Entities.All, s, "entity", error)) is null)
                || (r.GetValue(inArticle) is { } a && (where = Find(Corpus.Articles, a, "article", error)) is null))
            {
                return 1;
            }

            var list = (where?.Quotes ?? Corpus.Quotes).Where(q => who is null || q.Speaker == who).Select(QuoteOf).ToList();
            return Print(r, json, output, list, Json.ListQuoteView, QuoteText);
        });

        var from = new Option<DateTime?>("--from") { Description = "First day (yyyy-mm-dd)" };
        var to = new Option<DateTime?>("--to") { Description = "Last day (yyyy-mm-dd)" };
        var timeline = new Command("timeline", "Dated events the articles report, in date order") { from, to };
        timeline.SetAction(r => Print(r, json, output, Timeline(r.GetValue(from), r.GetValue(to)), Json.ListDateMentionView, TimelineText));

        var text = new Argument<string>("text") { Description = "Words to find (case-insensitive)" };
        var search = new Command("search", "Find text in headlines, paragraphs and captions") { text };
        search.SetAction(r => Print(r, json, output, Search(r.GetValue(text)!), Json.ListSearchHit,
            hits => hits.Count == 0 ? "no match" : string.Join("\n", hits.Select(h => $"{h.Article} [{h.Where}]\n    {h.Text}"))));

        var formats = Exporter.Formats.Keys.Append("all").ToArray();
        var format = new Option<string>("--format") { Description = "What to write: " + string.Join(", ", formats), Required = true };
        format.AcceptOnlyFromAmong(formats);
        var outDir = new Option<string>("--out") { Description = "The folder to write into (made if missing; files of the same name are replaced)", Required = true };
        var export = new Command("export", "Write the dataset as files: JSON Lines, CSV and Parquet tables, schema.org JSON-LD, brat standoff") { format, outDir };
        export.SetAction(r =>
        {
            var dir = r.GetValue(outDir)!;
            var files = Exporter.Export(r.GetValue(format)!, dir);
            output.WriteLine($"{files.Count} files in {dir}");
            var width = files.Max(file => file.Length);
            foreach (var file in files)
            {
                output.WriteLine($"  {file.PadRight(width)} {new FileInfo(Path.Combine(dir, file)).Length,7:N0} bytes");
            }

            return 0;
        });

        var siteDir = new Option<string>("--out") { Description = "The folder to write the site into (made if missing)", Required = true };
        var site = new Command("site", "Write a static site: articles with quotes highlighted, entities, statements, a timeline and search; works offline from file://") { siteDir };
        site.SetAction(r =>
        {
            var dir = r.GetValue(siteDir)!;
            var files = Dataset.Site.SiteWriter.Write(dir);
            output.WriteLine($"{files.Count} files in {dir}");
            var pages = files.Where(file => file.EndsWith(".html", StringComparison.Ordinal)).ToList();
            output.WriteLine("  " + string.Join(", ", pages.Where(page => !page.Contains('/', StringComparison.Ordinal))) + ": each with its JSON");
            foreach (var folder in pages.Where(page => page.Contains('/', StringComparison.Ordinal)).GroupBy(page => page[..(page.IndexOf('/', StringComparison.Ordinal) + 1)]))
            {
                output.WriteLine($"  {folder.Key,-12}{folder.Count(),3} pages, each with its JSON");
            }

            output.WriteLine("  " + string.Join(", ", files.Where(file => !file.EndsWith(".html", StringComparison.Ordinal) && !file.EndsWith(".json", StringComparison.Ordinal))));
            output.WriteLine($"Open {Path.Combine(dir, "index.html")} in a browser: it works from file:// and any static host, and asks nothing of another.");
            return 0;
        });

        // A fixed name, so help reads the same whatever the host process is called.
        var root = new Command("explorer", "Explore the Russia-Georgia-NATO dataset: articles, entities, quotes and dates")
        {
            json, articles, article, entities, quotes, timeline, search, export, site, new HelpOption(),
        };
        root.SetAction(r =>
        {
            output.WriteLine(TimelineText(Timeline(null, null)));
            output.WriteLine();
            output.WriteLine(QuoteText(Corpus.Quotes.Select(QuoteOf).ToList()));
            return 0;
        });
        return root;
    }

    private static int Print<T>(ParseResult result, Option<bool> json, TextWriter output, T value, JsonTypeInfo<T> type, Func<T, string> text)
    {
        output.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(value, type) : text(value));
        return 0;
    }

    /// <summary>By id; an unknown id is an error that names the closest known one.</summary>
    private static T? Find<T>(KeyedList<T> list, string id, string what, TextWriter error)
        where T : class
    {
        if (list.TryGetValue(id, out var found))
        {
            return found;
        }

        var closest = Dataset.Generators.Diagnostics.ClosestName.Find(id, list.Keys, out _);
        error.WriteLine($"No {what} '{id}'. Did you mean '{closest}'?");
        return null;
    }

    private static List<DateMentionView> Timeline(DateTime? from, DateTime? to) =>
        Corpus.Articles
            .SelectMany(a => a.Dates.Where(d => d.Event is not null && (from is null || d.Date.Latest >= from) && (to is null || d.Date.Earliest <= to)).Select(d => (a, d)))
            .OrderBy(x => x.d.Date.Earliest).ThenBy(x => x.a.Id, StringComparer.Ordinal)
            .Select(x => new DateMentionView(x.a.Id, x.d.Text, DateOf(x.d.Date), x.d.Event, x.d.IsScheduled))
            .ToList();

    private static List<SearchHit> Search(string words)
    {
        var hits = new List<SearchHit>();
        foreach (var article in Corpus.Articles)
        {
            void Match(string where, string text)
            {
                if (text.Contains(words, StringComparison.OrdinalIgnoreCase))
                {
                    hits.Add(new SearchHit(article.Id, where, text));
                }
            }

            Match("headline", article.Headline);
            for (var i = 0; i < article.Paragraphs.Count; i++)
            {
                Match("paragraph " + (i + 1).ToString(CultureInfo.InvariantCulture), article.Paragraphs[i]);
            }

            foreach (var caption in article.Captions)
            {
                Match("caption", caption.Text);
            }
        }

        return hits;
    }

    private static ArticleSummary Summary(Article a) =>
        new(a.Id, DateOf(a.Published), a.Headline, a.Publisher.Entity?.Name, a.Origin.Entity?.Name, a.Quotes.Count);

    private static ArticleView View(Article a) => new(
        a.Id, a.Headline, DateOf(a.Published), a.Dateline, a.Byline, AttributionOf(a.Publisher), AttributionOf(a.Origin), a.Editor is null ? null : AttributionOf(a.Editor),
        a.Paragraphs, a.Captions.Select(c => c.Text).ToList(), a.Errata.Select(e => new ErratumView(e.Printed, e.Intended, e.Note)).ToList(),
        a.Mentions.Select(m => m.Entity.Id + ": " + string.Join(" | ", m.Forms)).ToList(), a.Quotes.Select(QuoteOf).ToList(),
        a.Dates.Select(d => new DateMentionView(a.Id, d.Text, DateOf(d.Date), d.Event, d.IsScheduled)).ToList(),
        a.Figures.Select(f => new FigureView(f.Text, f.Minimum, f.Maximum, f.IsRange, f.Unit)).ToList());

    private static EntityView EntityOf(Entity e) => new(e.Id, e.Name, e.Kind.ToString().ToLowerInvariant(), e.Aliases, e.Mentions.Count, e.Quotes.Count);

    private static QuoteView QuoteOf(Quote q) => new(
        q.Key, q.Text, q.Mode.ToString().ToLowerInvariant(), q.Part.ToString().ToLowerInvariant(), AttributionOf(q.Attribution),
        q.Cue, q.Relays.Select(v => v.Id).ToList(), q.StatementDate is null ? null : DateOf(q.StatementDate),
        q.OtherCopies.Select(c => c.Key).ToList());

    private static AttributionView AttributionOf(Attribution a) => new(a.Entity?.Id, a.Description, a.DisplayName, a.Basis.ToString().ToLowerInvariant(), a.Evidence);

    private static DateView DateOf(KnownDate d) =>
        new(d.Value, d.Precision.ToString().ToLowerInvariant(), d.IsRange, d.Basis.ToString().ToLowerInvariant(), d.Evidence);

    private static string Date(DateView d) => d.Value + " (" + d.Basis + ")";

    private static string TimelineText(List<DateMentionView> events) =>
        "TIMELINE (date, how it is known, what happened)\n" + string.Join("\n", events.Select(e =>
            $"{e.Date.Value,-23} {e.Date.Basis,-9} {e.Event}{(e.Scheduled ? " [scheduled]" : string.Empty)}\n{string.Empty,-33}({e.Article}, \"{e.Text}\")"));

    private static string QuoteText(List<QuoteView> quotes) =>
        "QUOTES (speaker, mode, text)\n" + string.Join("\n", quotes.Select(q =>
            $"{q.Speaker.Entity ?? "(" + (q.Speaker.Description ?? "unattributed") + ")",-36} {q.Mode,-8} \"{q.Text}\""
            + (q.Relays.Count > 0 ? " via " + string.Join(", ", q.Relays) : string.Empty)
            + (q.Speaker.Basis != "stated" ? " [speaker " + q.Speaker.Basis + "]" : string.Empty)
            + $"\n{string.Empty,-36} {q.Key}"));

    private static string ArticleText(ArticleView a) =>
        $"{a.Headline}\n{a.Id} | published {Date(a.Published)} | publisher {a.Publisher.Entity ?? "unknown"} ({a.Publisher.Basis}) | origin {a.Origin.Entity ?? "unknown"} ({a.Origin.Basis})\n\n"
        + string.Join("\n\n", a.Paragraphs) + "\n\n"
        + $"{a.Mentions.Count} entities, {a.Quotes.Count} quotes, {a.Dates.Count} dates, {a.Figures.Count} figures, {a.Errata.Count} errata\n"
        + string.Join("\n", a.Errata.Select(e => "erratum: " + e.Printed + " -> " + (e.Intended ?? "(unknown)")));
}
