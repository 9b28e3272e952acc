using System.Linq;

namespace Dataset.Site;

/// <summary>The site's stylesheet and script: written beside the pages, so no page asks anything of another host.</summary>
public static class Assets
{
    /// <summary>Background colours for speakers, each at least 12:1 against the text colour (#1b1b1b), cycled by speaker.</summary>
    public static readonly string[] SpeakerColours = { "#fde2a7", "#cde8f6", "#d5f0d0", "#f6d0de", "#e3d7f7", "#fbd9c4", "#d2ece9", "#eee3c8" };

    public static string Css() => BaseCss() + string.Concat(SpeakerColours.Select((colour, i) => "mark.quote.s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " { background: " + colour + "; }\n"));

    private static string BaseCss() => """
        :root { color-scheme: light; --text: #1b1b1b; --muted: #4a4a4a; --link: #0b4f9c; --rule: #c8c8c8; --focus: #b35c00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1.05rem/1.6 Georgia, "Times New Roman", serif; color: var(--text); background: #fff; }
        a { color: var(--link); }
        a:focus-visible, [tabindex]:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
        header, main, footer { max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
        header nav ul { list-style: none; display: flex; gap: 1.25rem; padding: 0; flex-wrap: wrap; }
        header { border-bottom: 1px solid var(--rule); }
        footer { border-top: 1px solid var(--rule); margin-top: 3rem; color: var(--muted); font-size: .9rem; }
        h1 { line-height: 1.25; }
        .meta, .evidence { color: var(--muted); font-size: .92rem; }
        details.evidence summary { cursor: pointer; color: var(--link); }
        mark.quote { color: var(--text); padding: 0 .1em; border-radius: .2em; }
        mark.quote.unknown { background: #e6e6e6; outline: 1px dashed #6b6b6b; }
        .cue { text-decoration: underline dotted; text-underline-offset: .2em; }
        .erratum { border-bottom: 2px wavy #a33; cursor: help; }
        a.mention { color: inherit; text-decoration: underline; text-decoration-color: var(--link); }
        time, .date { border-bottom: 1px dotted var(--muted); }
        .erratum[data-note]:is(:hover, :focus)::after, .date[data-note]:is(:hover, :focus)::after { content: " [" attr(data-note) "]"; color: var(--muted); font-size: .85em; }
        .legend li { margin: .2rem 0; } .swatch { display: inline-block; width: 1em; height: 1em; border-radius: .2em; vertical-align: -.15em; margin-right: .3em; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); }
        .copies { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; }
        .copies article { border: 1px solid var(--rule); padding: .75rem; border-radius: .3rem; }
        .copies h2 { font-size: 1.05rem; margin: 0 0 .4rem; }
        .wide { overflow-x: auto; } .wide svg { min-width: 40rem; }
        svg text { font: 13px sans-serif; fill: var(--text); } svg .axis { stroke: #6b6b6b; } svg .box { fill: #f4f4f4; stroke: #6b6b6b; }
        @media print {
          header nav, .skip, form[role=search], .json { display: none; }
          body { font-size: 11pt; } a { color: inherit; text-decoration: none; }
          mark.quote { outline: 1px solid #555; } main { max-width: none; }
          a.mention::after { content: ""; }
          .erratum[data-note]::after { content: " [" attr(data-note) "]"; }
        }

        """;

    /// <summary>
    /// The search page's script: an entry matches when it holds every word of the query (or the whole phrase, when the
    /// query is in double quotes), ignoring case, curly quotes and apostrophes read as straight ones.
    /// </summary>
    public static string SearchScript() => """
        "use strict";
        (function () {
          const form = document.getElementById("search");
          const input = document.getElementById("q");
          const results = document.getElementById("results");
          const status = document.getElementById("status");
          function escape(text) { return text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" })[c]); }
          function fold(text) { return text.toLowerCase().replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, "\""); }
          // A quote matches when its statement does: its own text or one of its copies' (headline, body, another article).
          const folded = window.SEARCH_INDEX.map(entry => fold(entry.match));
          function run(query) {
            const wanted = fold(query.trim());
            const phrase = /^".+"$/.test(wanted);
            const needles = phrase ? [wanted.slice(1, -1)] : wanted.split(/\s+/).filter(word => word.length > 0);
            results.textContent = "";
            if (needles.length === 0) { status.textContent = ""; return; }
            const hits = window.SEARCH_INDEX.filter((entry, i) => needles.every(needle => folded[i].includes(needle)));
            status.textContent = hits.length + (hits.length === 1 ? " result" : " results") + " for \u201c" + query.trim() + "\u201d";
            for (const hit of hits) {
              const item = document.createElement("li");
              item.className = "hit " + hit.kind;
              if (hit.quote) { item.dataset.quote = hit.quote; }
              item.innerHTML = "<a href=\"" + escape(hit.href) + "\">" + escape(hit.title) + "</a> <span class=\"meta\">" + escape(hit.where) + "</span><br>" + escape(hit.text);
              results.appendChild(item);
            }
          }
          form.addEventListener("submit", event => { event.preventDefault(); run(input.value); });
          input.addEventListener("input", () => run(input.value));
          const initial = new URLSearchParams(window.location.search).get("q");
          if (initial) { input.value = initial; run(initial); }
        })();
        """;
}
