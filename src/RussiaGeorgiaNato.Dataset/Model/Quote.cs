using System;
using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A quoted or reported statement. <see cref="Text"/> occurs verbatim in the article body at
/// <see cref="Offset"/>: the build checks it.
/// </summary>
public sealed record Quote
{
    /// <summary>The id, unique within its article.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The id of the article that carries it.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>The words as printed: inside the quote marks for direct and partial quotes, the reported clause for indirect ones.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Where <see cref="Text"/> starts in the article's <see cref="Article.Body"/>.</summary>
    public int Offset { get; init; }

    /// <summary>Who said it, when named; null for an unnamed speaker (see <see cref="SpeakerDescription"/>).</summary>
    public Entity? Speaker { get; init; }

    /// <summary>An unnamed speaker as the article describes them ("a high-ranking Russian diplomat").</summary>
    public string? SpeakerDescription { get; init; }

    /// <summary>Whether it is a whole quote, a quoted phrase, or reported speech.</summary>
    public QuoteMode Mode { get; init; }

    /// <summary>The reporting clause, as printed ("told DPA in Brussels").</summary>
    public string? Cue { get; init; }

    /// <summary>Who relayed it, nearest reporter first (a news agency that quoted the speaker).</summary>
    public IReadOnlyList<Entity> Via { get; init; } = Array.Empty<Entity>();

    /// <summary>When it was said, when the text says or implies it.</summary>
    public KnownDate? Said { get; init; }

    /// <summary>The key (<c>article-id/quote-id</c>) of the same statement as carried by another article.</summary>
    public string? SameStatementAs { get; init; }

    /// <summary><c>article-id/quote-id</c>: unique across the corpus.</summary>
    public string Key => ArticleId + "/" + Id;

    /// <summary>The article that carries it.</summary>
    public Article Article => Corpus.Articles.Find(ArticleId)!;

    /// <summary>Every other article's copy of this same statement, linked in either direction.</summary>
    public IReadOnlyList<Quote> OtherCopies => Corpus.Index.CopiesOf(this);

    /// <summary>The key and text.</summary>
    public override string ToString() => Key + ": " + Text;
}
