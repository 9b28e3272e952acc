using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Export;

/// <summary>
/// brat standoff, which brat and INCEpTION open: <c>brat/&lt;article-id&gt;.txt</c> (the headline, dateline, byline,
/// body and captions, a blank line apart) and <c>.ann</c> beside it, offsets in code points of the text file. Text
/// annotations: each mention occurrence (typed by the entity's kind, its entity id as a note), each quote, cue,
/// date and figure; relations: <c>Cue</c> (quote to cue) and <c>Speaker</c> (quote to a mention of its speaker in the
/// article, the nearest before it, else the first after); a speaker the article never names is a note on the quote.
/// <c>annotation.conf</c> declares the types.
/// </summary>
public static class Brat
{
    // brat's entity types: each kind's name, capitalized as brat types are (Person, Media).
    private static readonly string[] EntityTypes = Names.EntityKinds.Select(Capitalized).ToArray();

    public static IReadOnlyList<string> Write(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "brat"));
        var written = new List<string> { "brat/annotation.conf" };
        Save(dir, written[0], Configuration());
        foreach (var article in Corpus.Articles)
        {
            var (text, bases) = Text(article);
            Save(dir, "brat/" + article.Id + ".txt", text);
            Save(dir, "brat/" + article.Id + ".ann", Annotations(article, text, bases));
            written.Add("brat/" + article.Id + ".txt");
            written.Add("brat/" + article.Id + ".ann");
        }

        return written;
    }

    /// <summary>
    /// The text file, and where each part starts in it (in code points), by the part's name
    /// (<see cref="Tables.PartName"/>).
    /// </summary>
    private static (string Text, Dictionary<string, int> Bases) Text(Article a)
    {
        var parts = new List<(string Name, string? Text)>
        {
            ("headline", a.Headline), ("dateline", a.Dateline), ("byline", a.Byline), ("body", a.Body),
        };
        parts.AddRange(a.Captions.Select((c, i) => ("caption:" + Number(i), (string?)c.Text)));
        var text = new StringBuilder();
        var bases = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var (name, part) in parts.Where(p => p.Text is not null))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            bases[name] = Tables.CodePointIndex(text.ToString(), text.Length);
            text.Append(part);
        }

        return (text.Append('\n').ToString(), bases);
    }

    private static string Annotations(Article a, string text, Dictionary<string, int> bases)
    {
        var lines = new List<string>();
        var mentions = new List<(Entity Entity, string Id, int Start)>();
        int next = 1, relation = 1, note = 1;
        int Offset(TextSpan span, int index) =>
            bases[Tables.PartName(span)] + Tables.CodePointIndex(span.PrintedIn, index);
        string Bound(string type, TextSpan span)
        {
            var (start, end) = (Offset(span, span.Start), Offset(span, span.End));
            var id = "T" + Number(next++);
            // brat shows a span's text on one line: a span across a paragraph break keeps its offsets, its newlines
            // shown as spaces.
            lines.Add(id + "\t" + type + " " + Number(start) + " " + Number(end) + "\t" + span.Text.Replace('\n', ' '));
            return id;
        }

        void Note(string target, string value) =>
            lines.Add("#" + Number(note++) + "\tAnnotatorNotes " + target + "\t" + value);

        foreach (var mention in a.Mentions)
        {
            foreach (var occurrence in mention.Occurrences)
            {
                var id = Bound(TypeOf(mention.Entity.Kind), occurrence);
                Note(id, mention.Entity.Id);
                mentions.Add((mention.Entity, id, Offset(occurrence, occurrence.Start)));
            }
        }

        foreach (var quote in a.Quotes)
        {
            var id = Bound("Quote", quote.Span);
            Note(id, quote.Key + " (" + Names.Of(quote.Mode) + ")");
            if (quote.CueSpan is { } cueSpan)
            {
                var cue = Bound("Cue", cueSpan);
                lines.Add("R" + Number(relation++) + "\tCue Arg1:" + id + " Arg2:" + cue);
            }

            var at = Offset(quote.Span, quote.Span.Start);
            var named = mentions.Where(m => m.Entity == quote.Speaker)
                .OrderBy(m => m.Start <= at ? at - m.Start : int.MaxValue / 2 + m.Start)
                .Select(m => m.Id).FirstOrDefault();
            if (named is not null)
            {
                lines.Add("R" + Number(relation++) + "\tSpeaker Arg1:" + id + " Arg2:" + named);
            }
            else
            {
                Note(id, "speaker: " + quote.Attribution.DisplayName + " (" + Names.Of(quote.Attribution.Basis) + ")");
            }
        }

        foreach (var date in a.Dates)
        {
            Note(Bound("Date", date.Span), date.Date.Value + " (" + Names.Of(date.Date.Basis) + ")");
        }

        foreach (var figure in a.Figures)
        {
            Bound("Figure", figure.Span);
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string TypeOf(EntityKind kind) => Capitalized(Names.Of(kind));

    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static string Configuration() =>
        "[entities]\n" + string.Join("\n", EntityTypes) + "\nQuote\nCue\nDate\nFigure\n\n"
        + "[relations]\nSpeaker\tArg1:Quote, Arg2:" + string.Join("|", EntityTypes) + "\nCue\tArg1:Quote, Arg2:Cue\n\n"
        + "[events]\n\n[attributes]\n";

    private static void Save(string dir, string name, string text) =>
        File.WriteAllText(Path.Combine(dir, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
