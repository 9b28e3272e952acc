using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Explorer.Export;
using RussiaGeorgiaNato.Dataset;

namespace Explorer.Site;

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

        files["site.css"] = Assets.Css();
        files["search.js"] = Assets.SearchScript();
        files["index.html"] = Fragments.Page("Articles", string.Empty, "index.json", Pages.Index());
        files["index.json"] = Json(tables["articles"]);
        foreach (var article in Corpus.Articles)
        {
            files["articles/" + article.Id + ".html"] = Fragments.Page(article.Headline, "../", article.Id + ".json", ArticlePage.Render(article));
            files["articles/" + article.Id + ".json"] = Json(new Row()
                .With("article", tables["articles"].First(row => Is(row, "id", article.Id)))
                .With("quotes", Of(tables["quotes"], "article", article.Id))
                .With("mentions", Of(tables["mentions"], "article", article.Id))
                .With("dates", Of(tables["dates"], "article", article.Id))
                .With("figures", Of(tables["figures"], "article", article.Id))
                .With("errata", Of(tables["errata"], "article", article.Id)));
        }

        foreach (var entity in Entities.All)
        {
            files["entities/" + entity.Id + ".html"] = Fragments.Page(entity.Name, "../", entity.Id + ".json", Pages.EntityPage(entity));
            files["entities/" + entity.Id + ".json"] = Json(new Row()
                .With("entity", tables["entities"].First(row => Is(row, "id", entity.Id)))
                .With("mentions", Of(tables["mentions"], "entity", entity.Id))
                .With("quotes", entity.Quotes.Select(q => (object?)tables["quotes"].First(row => Is(row, "key", q.Key))).ToList()));
        }

        files["entities.html"] = Fragments.Page("Entities", string.Empty, "entities.json", Pages.EntityIndex());
        files["entities.json"] = Json(tables["entities"]);
        var statements = Pages.Statements();
        for (var i = 0; i < statements.Count; i++)
        {
            files[Pages.StatementPath(i)] = Fragments.Page("Statement " + (i + 1).ToString(CultureInfo.InvariantCulture), "../", Path.GetFileName(Pages.StatementPath(i, "json")), Pages.StatementPage(statements[i]));
            files[Pages.StatementPath(i, "json")] = Json(statements[i].Select(q => (object?)tables["quotes"].First(row => Is(row, "key", q.Key))).ToList());
        }

        files["statements.html"] = Fragments.Page("Statements", string.Empty, "statements.json", Pages.StatementIndex(statements));
        files["statements.json"] = Json(statements.Select(group => (object?)group.Select(q => (object?)q.Key).ToList()).ToList());
        files["timeline.html"] = Fragments.Page("Timeline", string.Empty, "timeline.json", Pages.TimelinePage());
        files["timeline.json"] = Json(tables["dates"].Where(row => row.Fields.First(f => f.Name == "event").Value is not null).Cast<object?>().ToList());
        // The page reads the index as a script (a page opened from file:// may not fetch a file); the same index is its JSON.
        var searchIndex = Json(Pages.SearchIndex(statements));
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

    private static bool Is(Row row, string field, string value) => row.Fields.First(f => f.Name == field).Value as string == value;

    private static List<object?> Of(IReadOnlyList<Row> rows, string field, string value) => rows.Where(row => Is(row, field, value)).Cast<object?>().ToList();

    private static string Json(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            JsonLines.Write(writer, value is IReadOnlyList<Row> rows ? rows.Cast<object?>().ToList() : value);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
