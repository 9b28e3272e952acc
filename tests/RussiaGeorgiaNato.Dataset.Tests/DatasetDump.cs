using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>
/// Every record of the dataset as plain, stable text: one line a fact, so a YAML edit shows up in the
/// whole-dataset snapshot as a diff a reviewer can read.
/// </summary>
public static class DatasetDump
{
    public static string Write()
    {
        var w = new StringBuilder();
        foreach (var article in Corpus.Articles)
        {
            w.Append("# article ").Append(article.Id).Append('\n');
            Line(w, "seed", article.Seed);
            Line(w, "headline", article.Headline);
            Line(w, "published", Date(article.Published));
            Line(w, "dateline", article.Dateline);
            Line(w, "byline", article.Byline);
            Line(w, "publisher", Credit(article.Publisher));
            Line(w, "origin", Credit(article.Origin));
            Line(w, "editor", article.Editor is null ? null : Credit(article.Editor));
            w.Append("body:\n");
            foreach (var paragraph in article.Paragraphs)
            {
                w.Append("  | ").Append(paragraph).Append('\n');
            }

            Section(w, "captions", article.Captions, c =>
                c.Text + (c.Credit is null ? string.Empty : " [credit " + c.Credit.Entity!.Id + "]"));
            Section(w, "errata", article.Errata, e =>
                e.Printed + " @" + e.Span + " -> " + (e.Intended ?? "(unknown)")
                + (e.Note is null ? string.Empty : " (" + e.Note + ")"));
            Section(w, "mentions", article.Mentions, m => m.Entity.Id + ": " + string.Join(" | ", m.Forms)
                + "\n      at: " + string.Join(", ", m.Occurrences.Select(o =>
                    o + (m.Forms.Count > 1 ? " " + o.Text : string.Empty))));
            Section(w, "cites", article.CitedSources, e => e.Id);
            Section(w, "quotes", article.Quotes, q =>
                q.Id + " [" + q.Mode.ToString().ToLowerInvariant() + "] " + Speaker(q) + " @" + Where(q) + "\n"
                + "      text: " + q.Text
                + (q.Attribution.Evidence is null
                    ? string.Empty
                    : "\n      speaker evidence: " + q.Attribution.Evidence)
                + (q.SpeakerDescriptionSpan is { } described ? "\n      speaker described @" + described : string.Empty)
                + (q.Cue is null ? string.Empty : "\n      cue: " + q.Cue + " @" + q.CueSpan)
                + (q.Relays.Count == 0 ? string.Empty : "\n      via: " + string.Join(", ", q.Relays.Select(v => v.Id)))
                + "\n      chain: " + string.Join(" > ", q.ReportingChain)
                + (q.StatementDate is null ? string.Empty : "\n      said: " + Date(q.StatementDate))
                + (q.SameStatementAs.Count == 0
                    ? string.Empty
                    : "\n      same statement as: " + string.Join(", ", q.SameStatementAs))
                + (q.OtherCopies.Count == 0
                    ? string.Empty
                    : "\n      copies: " + string.Join(", ", q.OtherCopies.Select(o => o.Key))));
            Section(w, "dates", article.Dates, d =>
                d.Text + " @" + d.Span + " = " + Date(d.Date)
                + (d.IsScheduled ? " [scheduled]" : string.Empty)
                + (d.Event is null ? string.Empty : "\n      event: " + d.Event + " @" + d.EventSpan));
            Section(w, "figures", article.Figures, f => f.Text + " @" + f.Span + " = " + f);
            w.Append('\n');
        }

        foreach (var entity in Entities.All)
        {
            w.Append("# entity ")
                .Append(entity.Id)
                .Append(" (")
                .Append(entity.Kind.ToString().ToLowerInvariant())
                .Append("): ")
                .Append(entity.Name)
                .Append('\n');
            Line(w, "aliases", entity.Aliases.Count == 0 ? null : string.Join(" | ", entity.Aliases));
            foreach (var role in entity.Roles)
            {
                Line(w, "role", role.Title + " [" + role.ArticleId + "]");
            }
        }

        return w.ToString();
    }

    private static string Date(KnownDate date) =>
        date.Value + " " + (date.IsRange ? "range" : date.Precision.ToString().ToLowerInvariant())
        + ", " + date.Basis.ToString().ToLowerInvariant()
        + (date.Evidence is null ? string.Empty : ": " + date.Evidence);

    private static string Speaker(Quote q) =>
        (q.Speaker?.Id ?? (q.Attribution.Description is null ? "(unknown)" : "(" + q.Attribution.Description + ")"))
        + (q.Attribution.Basis == AttributionBasis.Stated
            ? string.Empty
            : " [speaker " + q.Attribution.Basis.ToString().ToLowerInvariant() + "]");

    private static string Where(Quote q) => q.Span.ToString();

    private static string Credit(Attribution credit) =>
        (credit.Entity?.Id ?? "unknown") + ", " + credit.Basis.ToString().ToLowerInvariant()
        + (credit.Evidence is null ? string.Empty : ": " + credit.Evidence);

    private static void Line(StringBuilder w, string name, string? value)
    {
        if (value is not null)
        {
            w.Append(name).Append(": ").Append(value).Append('\n');
        }
    }

    private static void Section<T>(StringBuilder w, string name, IReadOnlyList<T> items, System.Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Append(name).Append(":\n");
        foreach (var item in items)
        {
            w.Append("  - ").Append(line(item)).Append('\n');
        }
    }
}
