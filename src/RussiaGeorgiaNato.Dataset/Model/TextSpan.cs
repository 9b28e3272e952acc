using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// Where an annotation is printed: a run of characters in one part of an article (its headline, dateline, byline,
/// body or one caption), counted in UTF-16 code units. Every span of the dataset is computed and checked when the
/// package is built: its <see cref="Text"/> is the annotation's text, and <see cref="PrintedIn"/> is the very string
/// the article exposes for that part. Two spans are equal when they cover the same characters of the same text.
/// </summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    // The printed parts of the span's article; null only for default(TextSpan).
    private readonly ArticleText? _article;

    internal TextSpan(TextPart part, int? captionIndex, int start, int length, ArticleText article)
    {
        Part = part;
        CaptionIndex = captionIndex;
        Start = start;
        Length = length;
        _article = article;
    }

    /// <summary>The part that prints it; <see cref="TextPart.None"/> only for <c>default(TextSpan)</c>.</summary>
    public TextPart Part { get; }

    /// <summary>
    /// For <see cref="TextPart.Caption"/>, the index of the caption in <see cref="Article.Captions"/>; null for every
    /// other part.
    /// </summary>
    public int? CaptionIndex { get; }

    /// <summary>Where the text starts in <see cref="PrintedIn"/>, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>How many UTF-16 code units it covers.</summary>
    public int Length { get; }

    /// <summary>
    /// Where the text ends in <see cref="PrintedIn"/>: the index just after its last code unit (the range is half-open,
    /// <c>[Start, End)</c>).
    /// </summary>
    public int End => Start + Length;

    /// <summary>
    /// The whole text of the part, the same instance the article exposes (<see cref="Article.Body"/>,
    /// <see cref="Article.Headline"/>, <see cref="Caption.Text"/>...): <see cref="Article.TextOf"/> of
    /// <see cref="Part"/> and <see cref="CaptionIndex"/>. Empty for <c>default(TextSpan)</c>.
    /// </summary>
    public string PrintedIn => _article?.TextOf(Part, CaptionIndex) ?? string.Empty;

    /// <summary>The characters covered, cut from <see cref="PrintedIn"/> on each read.</summary>
    public string Text => PrintedIn.Substring(Start, Length);

    /// <summary>True when both cover the same characters of the same part of the same article.</summary>
    public bool Equals(TextSpan other) =>
        Part == other.Part && CaptionIndex == other.CaptionIndex && Start == other.Start && Length == other.Length
        && ReferenceEquals(_article, other._article);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = ((int)Part * 397) ^ (CaptionIndex ?? -1);
            hash = (hash * 397) ^ Start;
            hash = (hash * 397) ^ Length;
            return (hash * 397) ^ (_article is null ? 0 : RuntimeHelpers.GetHashCode(_article));
        }
    }

    /// <summary>True when both cover the same characters of the same printed text.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>True unless both cover the same characters of the same printed text.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>The part and the range: <c>body[120..134]</c>, <c>captions[0][4..9]</c>.</summary>
    public override string ToString()
    {
        var part = Part switch
        {
            TextPart.Caption => "captions[" + (CaptionIndex ?? -1).ToString(CultureInfo.InvariantCulture) + "]",
            _ => Part.ToString().ToLowerInvariant(),
        };
        return part + "[" + Start.ToString(CultureInfo.InvariantCulture)
            + ".." + End.ToString(CultureInfo.InvariantCulture) + "]";
    }
}
