namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A text decoded when first read (an article's body, which most queries never read); the loader's part.
/// </summary>
internal abstract class DeferredText
{
    /// <summary>The text, the same instance on every read.</summary>
    public abstract string Value { get; }
}

/// <summary>
/// The printed parts of one article (headline, dateline, byline, body, captions): what the article exposes and what
/// every <see cref="TextSpan"/> into it points at, so a span's text is the very string the article holds.
/// </summary>
internal sealed class ArticleText
{
    private readonly DeferredText _body;

    public ArticleText(string headline, string? dateline, string? byline, DeferredText body, Caption[] captions)
    {
        Headline = headline;
        Dateline = dateline;
        Byline = byline;
        _body = body;
        Captions = captions;
    }

    public string Headline { get; }

    public string? Dateline { get; }

    public string? Byline { get; }

    public string Body => _body.Value;

    public Caption[] Captions { get; }

    /// <summary>Whether the article prints <paramref name="part"/> (for a caption, the one at its index).</summary>
    public bool Prints(TextPart part, int? captionIndex) => part switch
    {
        TextPart.Headline or TextPart.Body => true,
        TextPart.Dateline => Dateline is not null,
        TextPart.Byline => Byline is not null,
        TextPart.Caption => captionIndex is { } index && index >= 0 && index < Captions.Length,
        _ => false,
    };

    /// <summary>The text of a part it prints (see <see cref="Prints"/>); empty for any other.</summary>
    public string TextOf(TextPart part, int? captionIndex) => part switch
    {
        TextPart.Headline => Headline,
        TextPart.Body => Body,
        TextPart.Dateline => Dateline,
        TextPart.Byline => Byline,
        TextPart.Caption when captionIndex is { } index => Captions[index].Text,
        _ => null,
    } ?? string.Empty;
}
