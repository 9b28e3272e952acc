using System;
using System.Collections.Generic;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Validation;

/// <summary>
/// Finds where a quote is printed: the part its <c>in</c> names, and in it the copy of its text that its cue
/// introduces. Validation reports a quote it cannot place and hands the placement of every other to the emitter.
/// </summary>
internal static class QuotePlacer
{
    /// <summary>
    /// Occurrences and cues are searched without overlap and at most this many of each, so a degenerate text (one
    /// letter repeated) costs linear time, not quadratic.
    /// </summary>
    private const int MaxCandidates = 1000;

    /// <summary>
    /// Where <paramref name="quote"/> is printed: in its part (for <c>in: caption</c>, the first caption that holds
    /// it), or null when its text is not there.
    /// </summary>
    public static QuotePlacement? Locate(ArticleSpec article, QuoteSpec quote)
    {
        if (quote.Part != TextPart.Caption)
        {
            var offset = Occurrence(quote.Part == TextPart.Headline ? article.Headline.Value : article.Body.Value, quote);
            return offset < 0 ? null : new QuotePlacement { Part = quote.Part, CaptionIndex = null, Offset = offset };
        }

        for (var captionIndex = 0; captionIndex < article.Captions.Count; captionIndex++)
        {
            var offset = Occurrence(article.Captions[captionIndex].Text.Value, quote);
            if (offset >= 0)
            {
                return new QuotePlacement { Part = quote.Part, CaptionIndex = captionIndex, Offset = offset };
            }
        }

        return null;
    }

    /// <summary>
    /// The occurrence of the quote's text that its cue introduces: a phrase such as "slam the door" may be printed
    /// twice, and the offset must point at the copy this record describes. Without a cue, the first.
    /// </summary>
    private static int Occurrence(string text, QuoteSpec quote)
    {
        var needle = quote.Text.Value;
        var first = text.IndexOf(needle, StringComparison.Ordinal);
        if (first < 0 || quote.Cue is not { Value.Length: > 0 } cue || text.IndexOf(needle, first + needle.Length, StringComparison.Ordinal) < 0)
        {
            return first;
        }

        var cues = new List<int>();
        for (var cueAt = text.IndexOf(cue.Value, StringComparison.Ordinal);
             cueAt >= 0 && cues.Count < MaxCandidates;
             cueAt = text.IndexOf(cue.Value, cueAt + cue.Value.Length, StringComparison.Ordinal))
        {
            cues.Add(cueAt);
        }

        var best = first;
        var bestDistance = int.MaxValue;
        var seen = 0;
        for (var at = first; at >= 0 && seen++ < MaxCandidates; at = text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            // The nearest cue is the last one starting at or before this occurrence, or the first one after it.
            var firstAtOrAfter = cues.BinarySearch(at);
            firstAtOrAfter = firstAtOrAfter >= 0 ? firstAtOrAfter : ~firstAtOrAfter;
            foreach (var candidate in new[] { firstAtOrAfter - 1, firstAtOrAfter })
            {
                if (candidate < 0 || candidate >= cues.Count)
                {
                    continue;
                }

                // The gap between the two spans: zero when they touch or overlap.
                var distance = Math.Max(0, Math.Max(cues[candidate] - (at + needle.Length), at - (cues[candidate] + cue.Value.Length)));
                if (distance < bestDistance)
                {
                    best = at;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }
}
