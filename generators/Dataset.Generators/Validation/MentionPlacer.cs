using System.Collections.Generic;
using System.Globalization;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;

namespace Dataset.Generators.Validation;

/// <summary>
/// Places every occurrence of every mention, then checks coverage. An occurrence is a whole-word copy of a recorded
/// form anywhere in the article, in reading order; where recorded forms overlap, the leftmost, then the longest, is
/// the one printed. A recorded form with no occurrence of its own is an error. Coverage: every whole-word copy of any
/// registered form (a name or alias in <c>entities.yaml</c>) must lie inside an occurrence, or be excused by one of
/// the article's <c>unlinked</c> exceptions; an exception that excuses nothing is an error too.
/// </summary>
internal sealed class MentionPlacer
{
    private readonly ArticleSpec _article;
    private readonly ReadingOrderText _text;
    private readonly DiagnosticBag _diagnostics;

    private MentionPlacer(ArticleSpec article, ReadingOrderText text, DiagnosticBag diagnostics)
    {
        _article = article;
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Every mention with its occurrences, in order; problems are reported. Coverage is checked against
    /// <paramref name="registry"/> when there is one (null while the registry is unreadable: its own errors stand).
    /// </summary>
    public static EquatableArray<PlacedMention> Place(
        ArticleSpec article,
        ReadingOrderText text,
        RegistryFormIndex? registry,
        DiagnosticBag diagnostics)
    {
        var placer = new MentionPlacer(article, text, diagnostics);
        var (mentions, occurrences) = placer.Occurrences();
        if (registry is not null)
        {
            placer.CheckCoverage(registry, occurrences);
        }

        return mentions;
    }

    /// <summary>
    /// The mentions with their occurrences, and every occurrence as (position, length) in reading order.
    /// </summary>
    private (EquatableArray<PlacedMention> Mentions, List<(int Start, int Length)> All) Occurrences()
    {
        // Every recorded form, once. A form recorded for two entities is not registered for one of them (DSG303: the
        // registry gives each form one entity, DSG209), so its copies stay with the first mention that records it.
        var forms = new List<string>();
        var owners = new List<(int Mention, Located Form)>();
        var byForm = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var m = 0; m < _article.Mentions.Count; m++)
        {
            foreach (var form in _article.Mentions[m].Forms)
            {
                if (byForm.ContainsKey(form.Value))
                {
                    continue;
                }

                byForm.Add(form.Value, forms.Count);
                forms.Add(form.Value);
                owners.Add((m, form));
            }
        }

        var matcher = new WordMatcher(forms);
        var perMention = new List<SpanSpec>[_article.Mentions.Count];
        for (var m = 0; m < perMention.Length; m++)
        {
            perMention[m] = new List<SpanSpec>();
        }

        var found = new bool[forms.Count];
        var all = new List<(int Start, int Length)>();
        var matches = new List<WordMatch>();
        foreach (var segment in _text.Segments)
        {
            matches.Clear();
            matcher.Scan(segment.Text, matches);
            foreach (var match in matches)
            {
                found[match.Form] = true;
                perMention[owners[match.Form].Mention]
                    .Add(new SpanSpec(segment.Part, segment.CaptionIndex, match.Start, match.Length));
                all.Add((segment.Start + match.Start, match.Length));
            }
        }

        for (var f = 0; f < forms.Count; f++)
        {
            if (!found[f])
            {
                ReportUnplaced(owners[f].Form, _article.Mentions[owners[f].Mention].Entity.Value, all);
            }
        }

        var mentions = new PlacedMention[_article.Mentions.Count];
        for (var m = 0; m < mentions.Length; m++)
        {
            mentions[m] = new PlacedMention
            {
                Mention = _article.Mentions[m],
                Occurrences = new EquatableArray<SpanSpec>(perMention[m].ToArray()),
            };
        }

        return (new EquatableArray<PlacedMention>(mentions), all);
    }

    /// <summary>
    /// A recorded form with no occurrence: not printed at all (DSG302), or only inside longer words or forms (DSG314).
    /// </summary>
    private void ReportUnplaced(Located form, string entity, List<(int Start, int Length)> occurrences)
    {
        var copies = _text.Copies(form.Value);
        if (copies.Count == 0)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.TextNotVerbatim,
                form.Location,
                "Mention form",
                form.Value,
                "the article's text (headline, dateline, byline, body or captions)");
            return;
        }

        // Why the first copy is no occurrence: it lies inside another recorded form's occurrence, or inside a longer
        // word.
        var copy = copies[0];
        string why;
        if (Containing(occurrences, copy, form.Value.Length) is { } inside)
        {
            var longer = _text.TextAt(inside.Start, inside.Length);
            why = "where it is printed, it is part of the recorded form '" + longer + "'" + OwnerOf(longer);
        }
        else
        {
            why = "where it is printed, it is part of the longer word '" + WordAround(copy, form.Value.Length) + "'";
        }

        _diagnostics.Report(DiagnosticDescriptors.FormWithoutOccurrence, form.Location, form.Value, entity, why);
    }

    /// <summary>" of entity 'id'" for the mention that records <paramref name="form"/>.</summary>
    private string OwnerOf(string form)
    {
        foreach (var mention in _article.Mentions)
        {
            foreach (var recorded in mention.Forms)
            {
                if (recorded.Value == form)
                {
                    return " of entity '" + mention.Entity.Value + "'";
                }
            }
        }

        return string.Empty;
    }

    /// <summary>The characters at the copy, widened to the whole words it touches.</summary>
    private string WordAround(int position, int length)
    {
        var segment = _text.SegmentAt(position);
        var text = segment.Text;
        var start = position - segment.Start;
        var end = start + length;
        while (start > 0 && WordMatcher.IsWordCharacter(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && WordMatcher.IsWordCharacter(text[end]))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>The occurrence that covers the span, if any (occurrences do not overlap, and are in order).</summary>
    private static (int Start, int Length)? Containing(List<(int Start, int Length)> occurrences, int start, int length)
    {
        int low = 0, high = occurrences.Count - 1, candidate = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (occurrences[middle].Start <= start)
            {
                candidate = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return candidate >= 0 && occurrences[candidate].Start + occurrences[candidate].Length >= start + length
            ? occurrences[candidate]
            : null;
    }

    /// <summary>
    /// Every registered form printed outside an occurrence is reported there, unless an exception excuses it.
    /// </summary>
    private void CheckCoverage(RegistryFormIndex registry, List<(int Start, int Length)> occurrences)
    {
        var uncovered = new List<WordMatch>();
        var matches = new List<WordMatch>();
        foreach (var segment in _text.Segments)
        {
            matches.Clear();
            registry.Matcher.Scan(segment.Text, matches);
            foreach (var match in matches)
            {
                if (Containing(occurrences, segment.Start + match.Start, match.Length) is null)
                {
                    uncovered.Add(match with { Start = segment.Start + match.Start });
                }
            }
        }

        var excused = new bool[uncovered.Count];
        foreach (var exception in _article.Unlinked)
        {
            if (Excuse(exception, registry, uncovered, excused) is { } stale)
            {
                var which = exception.Occurrence is { } occurrence
                    ? " (occurrence " + occurrence.Value.ToString(CultureInfo.InvariantCulture) + ")"
                    : string.Empty;
                _diagnostics.Report(
                    DiagnosticDescriptors.StaleUnlinked,
                    exception.Form.Location,
                    exception.Form.Value,
                    which,
                    stale);
            }
        }

        for (var i = 0; i < uncovered.Count; i++)
        {
            if (!excused[i])
            {
                ReportUncovered(uncovered[i], registry);
            }
        }
    }

    /// <summary>
    /// Marks what the exception excuses; returns why it excuses nothing, or null when it excuses something.
    /// </summary>
    private string? Excuse(
        UnlinkedSpec exception,
        RegistryFormIndex registry,
        List<WordMatch> uncovered,
        bool[] excused)
    {
        var form = exception.Form.Value;
        if (registry.OwnersOf(form) is null)
        {
            return "'"
                + form
                + "' is not the name or an alias of any entity in entities.yaml, so mention coverage never asks for it";
        }

        // The N-th whole-word copy of the form, counted in reading order over every copy, recorded or not.
        var copies = WholeWordCopies(form);
        if (copies.Count == 0)
        {
            return "the article never prints '" + form + "' as a whole word";
        }

        int? position = null;
        if (exception.Occurrence is { } occurrence)
        {
            if (occurrence.Value > copies.Count)
            {
                return "the article prints '"
                    + form
                    + "' as a whole word only "
                    + (copies.Count == 1 ? "once" : copies.Count.ToString(CultureInfo.InvariantCulture) + " times");
            }

            position = copies[occurrence.Value - 1];
        }

        var any = false;
        for (var i = 0; i < uncovered.Count; i++)
        {
            if ((position is null || uncovered[i].Start == position) && registry.Forms[uncovered[i].Form] == form)
            {
                excused[i] = true;
                any = true;
            }
        }

        return any ? null
            : position is null
                ? "every whole-word copy of '"
                    + form
                    + "' is recorded in a mention, or is part of a longer registered form"
            : "that copy is recorded in a mention, or is part of a longer registered form";
    }

    /// <summary>
    /// The position of every whole-word copy of <paramref name="form"/>, without overlap, in reading order.
    /// </summary>
    private List<int> WholeWordCopies(string form)
    {
        var matcher = new WordMatcher(new[] { form });
        var matches = new List<WordMatch>();
        var copies = new List<int>();
        foreach (var segment in _text.Segments)
        {
            matches.Clear();
            matcher.Scan(segment.Text, matches);
            foreach (var match in matches)
            {
                copies.Add(segment.Start + match.Start);
            }
        }

        return copies;
    }

    private void ReportUncovered(WordMatch match, RegistryFormIndex registry)
    {
        var form = registry.Forms[match.Form];
        var entities = registry.Owners[match.Form];
        var named =
            entities.Count == 1
                ? "entity '" + entities[0] + "'"
                : "one of the entities '" + string.Join("', '", entities) + "'";
        string fix;
        if (entities.Count == 1)
        {
            var recorded = false;
            foreach (var mention in _article.Mentions)
            {
                recorded |= mention.Entity.Value == entities[0];
            }

            fix = recorded
                ? "add '" + form + "' to the 'as' forms of the mention of '" + entities[0] + "'"
                : "add a mention of '"
                    + entities[0]
                    + "' with the form '"
                    + form
                    + "' (- { entity: "
                    + entities[0]
                    + ", as: ["
                    + form
                    + "] })";
        }
        else
        {
            fix = "add '" + form + "' to the mention of the entity it names here";
        }

        _diagnostics.Report(
            DiagnosticDescriptors.FormNotRecorded, _text.LocationOf(match.Start, match.Length),
            form, "a form of " + named, fix, entities.Count == 1 ? "'" + entities[0] + "'" : "that entity");
    }
}
