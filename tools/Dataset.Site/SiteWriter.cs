using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Site;

/// <summary>
/// A static site of the dataset that makes no request to another host and works from <c>file://</c>: an index of
/// the articles by date, a page per article (quotes highlighted by speaker, mentions linked to their entity, cues,
/// errata and dates marked, its reporting chains drawn), a page per entity, per statement (its copies side by side),
/// a timeline and an offline search. Every page links to its JSON, made from the export's tables.
/// </summary>
public static class SiteWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static IReadOnlyList<string> Write(string dir)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var tables = Tables.All().ToDictionary(table => table.Name, table => table.Rows, StringComparer.Ordinal);
        var articleRow = By(tables["articles"], "id");
        var entityRow = By(tables["entities"], "id");
        var quoteRow = By(tables["quotes"], "key");
        var mentionsOfArticle = By(tables["mentions"], "article");
        var mentionsOfEntity = By(tables["mentions"], "entity");
        var quotesOf = By(tables["quotes"], "article");
        var datesOf = By(tables["dates"], "article");
        var figuresOf = By(tables["figures"], "article");
        var errataOf = By(tables["errata"], "article");

        files["site.css"] = Assets.Css();
        files["search.js"] = Assets.SearchScript();
        files["index.html"] = Fragments.Page("Articles", string.Empty, "index.json", Pages.Index());
        files["index.json"] = Json(tables["articles"]);
        foreach (var article in Corpus.Articles)
        {
            files["articles/" + article.Id + ".html"] = Fragments.Page(article.Headline, "../", article.Id + ".json", ArticlePage.Render(article));
            files["articles/" + article.Id + ".json"] = Json(new Row()
                .With("article", articleRow[article.Id].Single())
                .With("quotes", quotesOf[article.Id].ToList())
                .With("mentions", mentionsOfArticle[article.Id].ToList())
                .With("dates", datesOf[article.Id].ToList())
                .With("figures", figuresOf[article.Id].ToList())
                .With("errata", errataOf[article.Id].ToList()));
        }

        foreach (var entity in Entities.All)
        {
            files["entities/" + entity.Id + ".html"] = Fragments.Page(entity.Name, "../", entity.Id + ".json", Pages.EntityPage(entity));
            files["entities/" + entity.Id + ".json"] = Json(new Row()
                .With("entity", entityRow[entity.Id].Single())
                .With("mentions", mentionsOfEntity[entity.Id].ToList())
                .With("quotes", entity.Quotes.Select(q => quoteRow[q.Key].Single()).ToList()));
        }

        files["entities.html"] = Fragments.Page("Entities", string.Empty, "entities.json", Pages.EntityIndex());
        files["entities.json"] = Json(tables["entities"]);
        var statements = Pages.Statements();
        for (var i = 0; i < statements.Count; i++)
        {
            files[Pages.StatementPath(i)] = Fragments.Page("Statement " + (i + 1).ToString(CultureInfo.InvariantCulture), "../", Path.GetFileName(Pages.StatementPath(i, "json")), Pages.StatementPage(statements[i]));
            files[Pages.StatementPath(i, "json")] = Json(statements[i].Select(q => quoteRow[q.Key].Single()).ToList());
        }

        files["statements.html"] = Fragments.Page("Statements", string.Empty, "statements.json", Pages.StatementIndex(statements));
        files["statements.json"] = Json(statements.Select(group => group.Select(q => q.Key).ToList()).ToList());
        files["timeline.html"] = Fragments.Page("Timeline", string.Empty, "timeline.json", Pages.TimelinePage());
        files["timeline.json"] = Json(tables["dates"].Where(row => Value(row, "event") is not null).ToList());
        // The page reads the index as a script (a page opened from file:// may not fetch a file); the same index is its JSON.
        var searchIndex = Json(Pages.SearchIndex());
        files["search.html"] = Fragments.Page("Search", string.Empty, "search-index.json", Pages.SearchPage(), script: "search.js", data: "search-index.js");
        files["search-index.json"] = searchIndex;
        files["search-index.js"] = "window.SEARCH_INDEX = " + searchIndex.TrimEnd('\n') + ";\n";

        foreach (var (name, text) in files)
        {
            var path = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return files.Keys.ToList();
    }

    /// <summary>The rows by the text of one field (an id, a key, the article or entity they belong to).</summary>
    private static ILookup<string, Row> By(IReadOnlyList<Row> rows, string field) => rows.ToLookup(row => (string)Value(row, field)!, StringComparer.Ordinal);

    private static object? Value(Row row, string field) => row.Fields.First(f => f.Name == field).Value;

    private static string Json(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            JsonLines.Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
