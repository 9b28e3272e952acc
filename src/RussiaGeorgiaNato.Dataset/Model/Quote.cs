using System;
using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A quoted or reported statement. <see cref="Text"/> occurs verbatim in the part of the article that
/// prints it (<see cref="Part"/>), at <see cref="Offset"/>: the build checks it.
/// </summary>
public sealed record Quote
{
    /// <summary>The id, unique within its article.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The id of the article that carries it.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>The words as printed: inside the quote marks for direct and partial quotes, the reported clause for indirect ones.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The part of the article that prints it: the body, the headline or a caption.</summary>
    public TextPart Part { get; init; }

    /// <summary>The caption that prints it, when <see cref="Part"/> is <see cref="TextPart.Caption"/>; null otherwise.</summary>
    public Caption? Caption { get; init; }

    /// <summary>Where <see cref="Text"/> starts in <see cref="PrintedIn"/>.</summary>
    public int Offset { get; init; }

    /// <summary>Who said it, when named; null for an unnamed or unknown speaker (see <see cref="SpeakerDescription"/>).</summary>
    public Entity? Speaker { get; init; }

    /// <summary>An unnamed speaker as the article describes them ("a high-ranking Russian diplomat").</summary>
    public string? SpeakerDescription { get; init; }

    /// <summary>
    /// Whether the article names the speaker next to the words (<see cref="AttributionBasis.Stated"/>), the
    /// speaker is deduced, for example from "he said" (<see cref="AttributionBasis.Inferred"/>), or the
    /// article does not say who said it (<see cref="AttributionBasis.Unknown"/>: no speaker, no description).
    /// </summary>
    public AttributionBasis SpeakerBasis { get; init; }

    /// <summary>For an inferred or unknown speaker: what the attribution is deduced from, or why it cannot be.</summary>
    public string? SpeakerEvidence { get; init; }

    /// <summary>Whether it is a whole quote, a quoted phrase, or reported speech.</summary>
    public QuoteMode Mode { get; init; }

    /// <summary>The reporting clause, as printed ("told DPA in Brussels").</summary>
    public string? Cue { get; init; }

    /// <summary>Who relayed it, nearest reporter first (a news agency that quoted the speaker).</summary>
    public IReadOnlyList<Entity> Via { get; init; } = Array.Empty<Entity>();

    /// <summary>When it was said, when the text says or implies it.</summary>
    public KnownDate? Said { get; init; }

    /// <summary>
    /// The keys (<c>article-id/quote-id</c>) of other copies of the same statement, as the curator linked them:
    /// in another article, or elsewhere in this one. <see cref="OtherCopies"/> follows the links both ways.
    /// </summary>
    public IReadOnlyList<string> SameStatementAs { get; init; } = Array.Empty<string>();

    /// <summary><c>article-id/quote-id</c>: unique across the corpus.</summary>
    public string Key => ArticleId + "/" + Id;

    /// <summary>The article that carries it.</summary>
    public Article Article => Corpus.Articles.Find(ArticleId)!;

    /// <summary>The text <see cref="Offset"/> counts in: the article's body or headline, or <see cref="Caption"/>'s text.</summary>
    public string PrintedIn => Part switch
    {
        TextPart.Headline => Article.Headline,
        TextPart.Caption => Caption!.Text,
        _ => Article.Body,
    };

    /// <summary>
    /// Every other copy of this same statement (in this article or another), ordered by key: the whole group
    /// joined by <see cref="SameStatementAs"/> links, whichever side they are written on.
    /// </summary>
    public IReadOnlyList<Quote> OtherCopies => Corpus.Index.CopiesOf(this);

    /// <summary>The key and text.</summary>
    public override string ToString() => Key + ": " + Text;
}
