using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Dataset.Site;

/// <summary>
/// The site's stylesheet and search script (<c>Assets/site.css</c>, <c>Assets/search.js</c>, embedded in this
/// assembly): written beside the pages byte for byte, so no page asks anything of another host.
/// </summary>
public static class Assets
{
    public static string Css { get; } = Read("site.css");

    /// <summary>
    /// The search page's script: an entry matches when it holds every word of the query (or the whole phrase, when
    /// the query is in double quotes), ignoring case, curly quotes and apostrophes read as straight ones.
    /// </summary>
    public static string SearchScript { get; } = Read("search.js");

    /// <summary>
    /// The speakers' background colours, cycled by speaker: read from the stylesheet's <c>mark.quote.sN</c> rules, so
    /// the legend's swatches and the highlights cannot differ. Each is at least 12:1 against the text (#1b1b1b).
    /// </summary>
    public static IReadOnlyList<string> SpeakerColours { get; } = ColoursOf(Css);

    /// <summary>
    /// The page every page of the site is, around its content: <c>{{name}}</c> slots for what differs.
    /// </summary>
    internal static string PageTemplate { get; } = Read("page.html");

    private static List<string> ColoursOf(string css)
    {
        const string Rule = "mark.quote.s", Background = "{ background: ";
        var colours = css.Split('\n').Where(line => line.StartsWith(Rule, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(Background, StringComparison.Ordinal) + Background.Length)..])
            .Select(rest => rest[..rest.IndexOf(';')])
            .ToList();
        return colours.Count > 0 ? colours : throw new InvalidDataException("site.css has no mark.quote.sN colour");
    }

    private static string Read(string name)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(name + " is not embedded in " + typeof(Assets).Assembly.FullName);
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return reader.ReadToEnd();
    }
}
