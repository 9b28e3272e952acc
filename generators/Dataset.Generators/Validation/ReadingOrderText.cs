using System;
using System.Collections.Generic;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;

namespace Dataset.Generators.Validation;

/// <summary>
/// One printed part of an article: the headline, the dateline, the byline, the body or one caption, and where it
/// sits in the article's reading order.
/// </summary>
internal readonly struct TextSegment
{
    public TextSegment(TextPart part, int? captionIndex, Located source, int start)
    {
        Part = part;
        CaptionIndex = captionIndex;
        Source = source;
        Start = start;
    }

    public TextPart Part { get; }

    /// <summary>The caption's index in the article's captions; null for every other part.</summary>
    public int? CaptionIndex { get; }

    /// <summary>The scalar the text was read from, which locates a character of it in the YAML file.</summary>
    public Located Source { get; }

    public string Text => Source.Value;

    /// <summary>Where the part starts in reading order: the parts laid end to end, one position apart.</summary>
    public int Start { get; }

    public int End => Start + Text.Length;
}

/// <summary>
/// The printed text of an article, part by part in reading order (headline, dateline, byline, body, captions), or
/// the part a quote is printed in. A position is an index into the parts laid end to end with one position between
/// each two, so copies in different parts have an order and a distance, and no copy runs across two parts.
/// </summary>
internal sealed class ReadingOrderText
{
    /// <summary>
    /// The most copies of one text any search counts: a degenerate text (one letter repeated) costs linear time and
    /// bounded memory. No article comes near it; the data dictionary states it.
    /// </summary>
    public const int MaxCopies = 1000;

    private const string ParagraphBreak = "\n\n";

    private readonly TextSegment[] _segments;

    private ReadingOrderText(TextSegment[] segments) => _segments = segments;

    public IReadOnlyList<TextSegment> Segments => _segments;

    /// <summary>Every printed part of <paramref name="article"/>, in reading order.</summary>
    public static ReadingOrderText Of(ArticleSpec article)
    {
        var segments = new List<TextSegment>(4 + article.Captions.Count);
        var start = 0;
        void Add(TextPart part, int? captionIndex, Located? source)
        {
            if (source is { } text)
            {
                segments.Add(new TextSegment(part, captionIndex, text, start));
                start += text.Value.Length + 1;
            }
        }

        Add(TextPart.Headline, null, article.Headline);
        Add(TextPart.Dateline, null, article.Dateline);
        Add(TextPart.Byline, null, article.Byline);
        Add(TextPart.Body, null, article.Body);
        for (var i = 0; i < article.Captions.Count; i++)
        {
            Add(TextPart.Caption, i, article.Captions[i].Text);
        }

        return new ReadingOrderText(segments.ToArray());
    }

    /// <summary>
    /// Only the segments of <paramref name="part"/> (every caption for <see cref="TextPart.Caption"/>), keeping their
    /// positions.
    /// </summary>
    public ReadingOrderText Only(TextPart part) => new(Array.FindAll(_segments, segment => segment.Part == part));

    /// <summary>
    /// The start of each copy of <paramref name="needle"/>, ordinal and without overlap, part by part in reading
    /// order; at most <see cref="MaxCopies"/>. An empty needle has none.
    /// </summary>
    public List<int> Copies(string needle)
    {
        var copies = new List<int>();
        if (needle.Length == 0)
        {
            return copies;
        }

        foreach (var segment in _segments)
        {
            for (var at = segment.Text.IndexOf(needle, StringComparison.Ordinal);
                 at >= 0 && copies.Count < MaxCopies;
                 at = segment.Text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
            {
                copies.Add(segment.Start + at);
            }
        }

        return copies;
    }

    /// <summary>True when some part contains <paramref name="needle"/>.</summary>
    public bool Contains(string needle)
    {
        foreach (var segment in _segments)
        {
            if (segment.Text.IndexOf(needle, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The segment that holds <paramref name="position"/>.</summary>
    public TextSegment SegmentAt(int position)
    {
        int low = 0, high = _segments.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_segments[middle].Start <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _segments[low];
    }

    /// <summary>
    /// The span of <paramref name="length"/> characters at <paramref name="position"/>, in its part's own text.
    /// </summary>
    public SpanSpec Span(int position, int length)
    {
        var segment = SegmentAt(position);
        return new SpanSpec(segment.Part, segment.CaptionIndex, position - segment.Start, length);
    }

    /// <summary>
    /// Where those characters are written in the YAML file (the part's scalar when that cannot be told exactly).
    /// </summary>
    public LocationInfo LocationOf(int position, int length)
    {
        var segment = SegmentAt(position);
        return segment.Source.LocationOf(position - segment.Start, length);
    }

    /// <summary>The characters at <paramref name="position"/>.</summary>
    public string TextAt(int position, int length)
    {
        var segment = SegmentAt(position);
        return segment.Text.Substring(position - segment.Start, length);
    }

    /// <summary>
    /// True when two spans are printed together: in one part, and in the body, with no paragraph break (a blank
    /// line) between them. Spans that overlap or touch are together.
    /// </summary>
    public bool Together(int first, int firstLength, int second, int secondLength)
    {
        var segment = SegmentAt(first);
        if (SegmentAt(second).Start != segment.Start)
        {
            return false;
        }

        if (segment.Part != TextPart.Body)
        {
            return true;
        }

        var gapStart = Math.Min(first + firstLength, second + secondLength) - segment.Start;
        var gapEnd = Math.Max(first, second) - segment.Start;
        return gapEnd <= gapStart
            || segment.Text.IndexOf(ParagraphBreak, gapStart, gapEnd - gapStart, StringComparison.Ordinal) < 0;
    }

    /// <summary>The characters between two spans: zero when they touch or overlap.</summary>
    public static int Gap(int first, int firstLength, int second, int secondLength) =>
        Math.Max(0, Math.Max(second - (first + firstLength), first - (second + secondLength)));
}
