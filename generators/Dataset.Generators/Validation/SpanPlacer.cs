using System.Collections.Generic;
using System.Globalization;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;

namespace Dataset.Generators.Validation;

/// <summary>
/// Places each annotation of an article at one copy of its text, or reports why it cannot (the rules are in the data
/// dictionary, <c>articles-yaml/README.md</c>, "Where each annotation is placed"). A quote is searched in its part:
/// one copy is that one; of several, the one nearest a copy of its cue in the same paragraph, unless
/// <c>occurrence: N</c> says. The cue and the speaker description are then their copies nearest the quote. A date's
/// event is placed first, and the date text at its copy inside or nearest the event. Figures and errata are placed
/// where they are printed once, or by <c>occurrence</c>. Nothing is ever "the first match".
/// </summary>
internal sealed class SpanPlacer
{
    private readonly ReadingOrderText _text;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>The parts a quote may be printed in, each made once: by <see cref="TextPart"/> value.</summary>
    private readonly ReadingOrderText?[] _parts = new ReadingOrderText?[(int)TextPart.Caption + 1];

    public SpanPlacer(ReadingOrderText text, DiagnosticBag diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    private ReadingOrderText Part(TextPart part) => _parts[(int)part] ??= _text.Only(part);

    /// <summary>The quote's spans, or null when one of them cannot be placed (reported).</summary>
    public PlacedQuote? Quote(QuoteSpec quote)
    {
        var part = Part(quote.Part);
        var text = quote.Text.Value;
        var copies = part.Copies(text);
        if (copies.Count == 0)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.QuoteNotVerbatim,
                quote.Text.Location,
                quote.Id.Value,
                PartName(quote.Part),
                WherePrinted(quote));
            return null;
        }

        var what = "the text '" + Preview(text) + "' of quote '" + quote.Id.Value + "'";
        var cue = quote.Cue;
        var cues = cue is { } cueText ? part.Copies(cueText.Value) : null;
        if (cue is { } missing && cues!.Count == 0)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.TextNotVerbatim,
                missing.Location,
                "Cue",
                missing.Value,
                "the article " + PartName(quote.Part) + ", where the quote is printed");
            cues = null;
        }

        int at;
        if (quote.Occurrence is { } occurrence)
        {
            if (!Pick(copies, occurrence, what, "the " + PartName(quote.Part), out at))
            {
                return null;
            }
        }
        else if (copies.Count == 1)
        {
            at = copies[0];
        }
        else if (cue is null)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.AmbiguousCopy,
                quote.Text.Location,
                Capitalized(what),
                Count(copies.Count),
                "the " + PartName(quote.Part),
                ", and the quote has no cue to tell them apart");
            return null;
        }
        else if (cues is null)
        {
            return null; // its cue is not printed: reported above
        }
        else if (!NearestToCue(part, copies, text.Length, cues, cue.Value.Value.Length, out at, out var tied))
        {
            if (tied)
            {
                _diagnostics.Report(
                    DiagnosticDescriptors.AmbiguousCopy,
                    quote.Text.Location,
                    Capitalized(what),
                    Count(copies.Count),
                    "the " + PartName(quote.Part),
                    ", and its cue '" + Preview(cue.Value.Value) + "' is as near two of them");
            }
            else
            {
                _diagnostics.Report(
                    DiagnosticDescriptors.CueNotBesideQuote,
                    cue.Value.Location,
                    quote.Id.Value,
                    cue.Value.Value,
                    Unit(quote.Part),
                    "any copy of the quote",
                    string.Empty);
            }

            return null;
        }

        var placed = cue is null || cues is not null; // a cue that is not printed is reported above
        SpanSpec? cueSpan = null;
        if (cue is { } cueValue && cues is not null)
        {
            cueSpan = PlaceCue(part, quote, cueValue, cues, at, copies.Count > 1);
            placed &= cueSpan is not null;
        }

        SpanSpec? descriptionSpan = null;
        if (quote.SpeakerDescription is { } description)
        {
            descriptionSpan = Nearest(
                part,
                description,
                "Speaker description",
                "the article " + PartName(quote.Part) + ", where the quote is printed",
                at,
                text.Length,
                "The speaker description '" + Preview(description.Value) + "' of quote '" + quote.Id.Value + "'");
            placed &= descriptionSpan is not null;
        }

        return placed
            ? new PlacedQuote
            {
                Quote = quote,
                Span = part.Span(at, text.Length),
                Cue = cueSpan,
                SpeakerDescription = descriptionSpan,
            }
            : null;
    }

    /// <summary>The date's spans, or null when one of them cannot be placed (reported).</summary>
    public PlacedDate? Date(DateMentionSpec date)
    {
        var text = date.Text.Value;
        int? eventAt = null;
        var eventPlaced = true;
        if (date.Event is { } @event)
        {
            var events = _text.Copies(@event.Value);
            if (events.Count == 0)
            {
                _diagnostics.Report(
                    DiagnosticDescriptors.TextNotVerbatim,
                    @event.Location,
                    "Date event",
                    @event.Value,
                    ArticleText);
                eventPlaced = false;
            }
            else if (events.Count > 1)
            {
                _diagnostics.Report(
                    DiagnosticDescriptors.EquallyNearCopies,
                    @event.Location,
                    "The event '" + Preview(@event.Value) + "' of the date '" + Preview(text) + "'",
                    "is printed " + Count(events.Count) + " times in the article text, and an event names one place");
                eventPlaced = false;
            }
            else
            {
                eventAt = events[0];
            }
        }

        var copies = _text.Copies(text);
        if (copies.Count == 0)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.TextNotVerbatim,
                date.Text.Location,
                "Date text",
                text,
                ArticleText);
            return null;
        }

        int at;
        if (date.Occurrence is { } occurrence)
        {
            if (!Pick(copies, occurrence, "the date text '" + Preview(text) + "'", "the article text", out at))
            {
                return null;
            }
        }
        else if (copies.Count == 1)
        {
            at = copies[0];
        }
        else if (!eventPlaced)
        {
            return null; // its event cannot be placed: reported above
        }
        else if (eventAt is not { } eventStart)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.AmbiguousCopy,
                date.Text.Location,
                "The date text '" + Preview(text) + "'",
                Count(copies.Count),
                "the article text",
                ", and it has no 'event' to tell them apart");
            return null;
        }
        else if (!NearestTo(copies, text.Length, eventStart, date.Event!.Value.Value.Length, out at))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.AmbiguousCopy,
                date.Text.Location,
                "The date text '" + Preview(text) + "'",
                Count(copies.Count),
                "the article text",
                ", and two copies are as near its event");
            return null;
        }

        return eventPlaced
            ? new PlacedDate
            {
                Date = date,
                Span = _text.Span(at, text.Length),
                Event = eventAt is { } start ? _text.Span(start, date.Event!.Value.Value.Length) : null,
            }
            : null;
    }

    /// <summary>
    /// A text printed once in the article (a figure, an erratum), or the copy its <c>occurrence</c> names; null when
    /// reported. <paramref name="what"/> names it in messages ("Figure text"), <paramref name="kind"/> inside a
    /// sentence ("figure text").
    /// </summary>
    public SpanSpec? Unique(Located value, Located<int>? occurrence, string what, string kind)
    {
        var copies = _text.Copies(value.Value);
        if (copies.Count == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.TextNotVerbatim, value.Location, what, value.Value, ArticleText);
            return null;
        }

        int at;
        if (occurrence is { } chosen)
        {
            if (!Pick(copies, chosen, "the " + kind + " '" + Preview(value.Value) + "'", "the article text", out at))
            {
                return null;
            }
        }
        else if (copies.Count == 1)
        {
            at = copies[0];
        }
        else
        {
            _diagnostics.Report(
                DiagnosticDescriptors.AmbiguousCopy,
                value.Location,
                "The " + kind + " '" + Preview(value.Value) + "'",
                Count(copies.Count),
                "the article text",
                string.Empty);
            return null;
        }

        return _text.Span(at, value.Value.Length);
    }

    private const string ArticleText = "the article's text (headline, dateline, byline, body or captions)";

    /// <summary>The cue's copy nearest the placed quote, among those printed with it; null when reported.</summary>
    private SpanSpec? PlaceCue(
        ReadingOrderText part,
        QuoteSpec quote,
        Located cue,
        List<int> cues,
        int quoteAt,
        bool quoteRepeated)
    {
        var length = cue.Value.Length;
        var best = -1;
        var bestGap = int.MaxValue;
        var tied = false;
        foreach (var copy in cues)
        {
            if (!part.Together(quoteAt, quote.Text.Value.Length, copy, length))
            {
                continue;
            }

            var gap = ReadingOrderText.Gap(quoteAt, quote.Text.Value.Length, copy, length);
            if (gap < bestGap)
            {
                best = copy;
                bestGap = gap;
                tied = false;
            }
            else if (gap == bestGap)
            {
                tied = true;
            }
        }

        if (best < 0)
        {
            var hint =
                quoteRepeated && quote.Occurrence is { } occurrence
                    ? ", or check that 'occurrence: "
                        + occurrence.Value.ToString(CultureInfo.InvariantCulture)
                        + "' is the copy the cue introduces"
                    : string.Empty;
            _diagnostics.Report(
                DiagnosticDescriptors.CueNotBesideQuote,
                cue.Location,
                quote.Id.Value,
                cue.Value,
                Unit(quote.Part),
                "the quote",
                hint);
            return null;
        }

        if (tied)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.EquallyNearCopies,
                cue.Location,
                "The cue '" + Preview(cue.Value) + "' of quote '" + quote.Id.Value + "'",
                "is printed twice as near the quote");
            return null;
        }

        return part.Span(best, length);
    }

    /// <summary>
    /// The copy of <paramref name="value"/> nearest the span at <paramref name="anchor"/>; null when it is not printed
    /// or two are as near (reported).
    /// </summary>
    private SpanSpec? Nearest(
        ReadingOrderText part,
        Located value,
        string what,
        string where,
        int anchor,
        int anchorLength,
        string subject)
    {
        var copies = part.Copies(value.Value);
        if (copies.Count == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.TextNotVerbatim, value.Location, what, value.Value, where);
            return null;
        }

        if (!NearestTo(copies, value.Value.Length, anchor, anchorLength, out var at))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.EquallyNearCopies,
                value.Location,
                subject,
                "is printed twice as near the quote");
            return null;
        }

        return part.Span(at, value.Value.Length);
    }

    /// <summary>
    /// Of several copies of a quote, the one nearest a copy of its cue printed with it. False when none has a cue
    /// beside it, or when two are as near (<paramref name="tied"/>).
    /// </summary>
    private static bool NearestToCue(
        ReadingOrderText part,
        List<int> copies,
        int length,
        List<int> cues,
        int cueLength,
        out int at,
        out bool tied)
    {
        at = -1;
        tied = false;
        var bestGap = int.MaxValue;
        foreach (var copy in copies)
        {
            // The nearest cues are the last one starting at or before this copy and the first one after it.
            var after = cues.BinarySearch(copy);
            after = after >= 0 ? after : ~after;
            var gap = int.MaxValue;
            for (var candidate = after - 1; candidate <= after; candidate++)
            {
                if (candidate >= 0 && candidate < cues.Count && part.Together(copy, length, cues[candidate], cueLength))
                {
                    gap = System.Math.Min(gap, ReadingOrderText.Gap(copy, length, cues[candidate], cueLength));
                }
            }

            if (gap == int.MaxValue)
            {
                continue;
            }

            if (gap < bestGap)
            {
                at = copy;
                bestGap = gap;
                tied = false;
            }
            else if (gap == bestGap)
            {
                tied = true;
            }
        }

        return at >= 0 && !tied;
    }

    /// <summary>
    /// The copy nearest the span at <paramref name="anchor"/> (inside it is nearest); false when two are as near.
    /// </summary>
    private static bool NearestTo(List<int> copies, int length, int anchor, int anchorLength, out int at)
    {
        at = -1;
        var bestGap = int.MaxValue;
        var tied = false;
        foreach (var copy in copies)
        {
            var gap = ReadingOrderText.Gap(copy, length, anchor, anchorLength);
            if (gap < bestGap)
            {
                at = copy;
                bestGap = gap;
                tied = false;
            }
            else if (gap == bestGap)
            {
                tied = true;
            }
        }

        return !tied;
    }

    /// <summary>
    /// The copy <c>occurrence: N</c> names, or false when there are fewer copies (reported at the number).
    /// </summary>
    private bool Pick(List<int> copies, Located<int> occurrence, string what, string where, out int at)
    {
        if (occurrence.Value <= copies.Count)
        {
            at = copies[occurrence.Value - 1];
            return true;
        }

        at = -1;
        var printed = copies.Count == 1 ? "only once" : "only " + Count(copies.Count) + " times";
        _diagnostics.Report(
            DiagnosticDescriptors.OccurrenceOutOfRange,
            occurrence.Location,
            occurrence.Value.ToString(CultureInfo.InvariantCulture),
            what,
            where,
            printed);
        return false;
    }

    /// <summary>The part as messages name it: the headline, the body, the captions.</summary>
    public static string PartName(TextPart part) =>
        Vocabulary.TextParts.TokenOf(part) + (part == TextPart.Caption ? "s" : string.Empty);

    /// <summary>What a cue must share with its quote: a paragraph of the body, the headline, a caption.</summary>
    private static string Unit(TextPart part) => part switch
    {
        TextPart.Body => "paragraph",
        TextPart.Caption => "caption",
        _ => Vocabulary.TextParts.TokenOf(part),
    };

    /// <summary>A hint for a quote not found where its <c>in</c> says: the part that does print it, if any.</summary>
    private string WherePrinted(QuoteSpec quote)
    {
        foreach (var part in Vocabulary.TextParts.Values)
        {
            if (part != quote.Part && Part(part).Contains(quote.Text.Value))
            {
                return part == TextPart.Body
                    ? "; it is printed in the body, so remove 'in'"
                    : "; it is printed in the "
                        + PartName(part)
                        + ", so write 'in: "
                        + Vocabulary.TextParts.TokenOf(part)
                        + "'";
            }
        }

        return string.Empty;
    }

    private static string Count(int count) =>
        count >= ReadingOrderText.MaxCopies
            ? "at least " + count.ToString(CultureInfo.InvariantCulture)
            : count.ToString(CultureInfo.InvariantCulture);

    private static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>A long text as a message quotes it: its first words.</summary>
    public static string Preview(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
