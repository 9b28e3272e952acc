using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Site;

/// <summary>
/// A static site of the dataset that makes no request to another host and works from <c>file://</c>: an index of
/// the articles by date, a page per article (quotes highlighted by speaker, mentions linked to their entity, cues,
/// errata and dates marked, its reporting chains drawn), a page per entity, per statement (its copies side by side),
/// a timeline and an offline search. Every page links to its JSON, made of the export's typed rows.
/// </summary>
public static class SiteWriter
{
    public static IReadOnlyList<string> Write(string dir)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        files["site.css"] = Assets.Css;
        files["search.js"] = Assets.SearchScript;
        files["index.html"] = Fragments.Page("Articles", string.Empty, "index.json", Pages.Index());
        files["index.json"] = Json(Corpus.Articles.Select(ArticleRow.Of).ToList());
        foreach (var article in Corpus.Articles)
        {
            files["articles/" + article.Id + ".html"] =
                Fragments.Page(article.Headline, "../", article.Id + ".json", ArticlePage.Render(article));
            files["articles/" + article.Id + ".json"] = Json(ArticleBundle.Of(article));
        }

        foreach (var entity in Entities.All)
        {
            files["entities/" + entity.Id + ".html"] =
                Fragments.Page(entity.Name, "../", entity.Id + ".json", Pages.EntityPage(entity));
            files["entities/" + entity.Id + ".json"] = Json(EntityBundle.Of(entity));
        }

        files["entities.html"] = Fragments.Page("Entities", string.Empty, "entities.json", Pages.EntityIndex());
        files["entities.json"] = Json(Entities.All.Select(EntityRow.Of).ToList());
        var statements = Pages.Statements();
        for (var i = 0; i < statements.Count; i++)
        {
            var title = "Statement " + (i + 1).ToString(CultureInfo.InvariantCulture);
            var json = Path.GetFileName(Pages.StatementPath(i, "json"));
            files[Pages.StatementPath(i)] = Fragments.Page(title, "../", json, Pages.StatementPage(statements[i]));
            files[Pages.StatementPath(i, "json")] = Json(statements[i].Select(QuoteRow.Of).ToList());
        }

        files["statements.html"] =
            Fragments.Page("Statements", string.Empty, "statements.json", Pages.StatementIndex(statements));
        files["statements.json"] = Json(statements.Select(group => group.Select(q => q.Key).ToList()).ToList());
        files["timeline.html"] = Fragments.Page("Timeline", string.Empty, "timeline.json", Pages.TimelinePage());
        files["timeline.json"] = Json(Corpus.Articles
            .SelectMany(a => a.Dates.Where(d => d.Event is not null).Select(d => DateMentionRow.Of(a, d))).ToList());
        // The page reads the index as a script (a page opened from file:// may not fetch a file); the same index is
        // its JSON.
        var searchIndex = Json(Pages.SearchIndex());
        files["search.html"] = Fragments.Page(
            "Search", string.Empty, "search-index.json", Pages.SearchPage(),
            script: "search.js", data: "search-index.js");
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

    private static string Json(object? value) => JsonLines.Indented(value) + "\n";
}
