using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A quoted or reported statement. <see cref="Text"/> occurs verbatim in the part of the article that
/// prints it (<see cref="Part"/>), at <see cref="Offset"/>: the build checks it. There is one instance per
/// quote, found by <see cref="Key"/> in <see cref="Corpus.Quotes"/>, so <c>==</c> compares identity.
/// </summary>
public sealed class Quote
{
    private Article? _article;
    private string? _key;

    internal Quote(
        string id,
        string text,
        TextPart part,
        Caption? caption,
        int offset,
        Attribution attribution,
        QuoteMode mode,
        string? cue,
        Entity[] relays,
        KnownDate? statementDate,
        string[] sameStatementAs)
    {
        Id = id;
        Text = text;
        Part = part;
        Caption = caption;
        Offset = offset;
        Attribution = attribution;
        Mode = mode;
        Cue = cue;
        Relays = ReadOnly.List(relays);
        StatementDate = statementDate;
        SameStatementAs = ReadOnly.List(sameStatementAs);
    }

    /// <summary>The id, unique within its article.</summary>
    public string Id { get; }

    /// <summary><c>article-id/quote-id</c>: unique across the corpus, and the key of <see cref="Corpus.Quotes"/>. Written on first read, not at load.</summary>
    public string Key => _key ??= Article.Id + "/" + Id;

    /// <summary>The article that carries it.</summary>
    public Article Article => _article!;

    /// <summary>The words as printed: inside the quote marks for direct and partial quotes, the reported clause for indirect ones.</summary>
    public string Text { get; }

    /// <summary>The part of the article that prints it: the body, the headline or a caption.</summary>
    public TextPart Part { get; }

    /// <summary>The caption that prints it, when <see cref="Part"/> is <see cref="TextPart.Caption"/>; null otherwise.</summary>
    public Caption? Caption { get; }

    /// <summary>Where <see cref="Text"/> starts in <see cref="PrintedIn"/>, in UTF-16 code units.</summary>
    public int Offset { get; }

    /// <summary>The text <see cref="Offset"/> counts in: the article's body or headline, or <see cref="Caption"/>'s text.</summary>
    public string PrintedIn => Part switch
    {
        TextPart.Headline => Article.Headline,
        TextPart.Caption => Caption!.Text,
        _ => Article.Body,
    };

    /// <summary>
    /// Who said it and how that is known: a named entity, an unnamed speaker as the article describes them
    /// ("a high-ranking Russian diplomat"), or nobody the article names (<see cref="AttributionBasis.Unknown"/>).
    /// </summary>
    public Attribution Attribution { get; }

    /// <summary>The named speaker (<see cref="Attribution"/>'s entity); null for an unnamed or unknown speaker.</summary>
    public Entity? Speaker => Attribution.Entity;

    /// <summary>Whether it is a whole quote, a quoted phrase, or reported speech.</summary>
    public QuoteMode Mode { get; }

    /// <summary>The reporting clause, as printed ("told DPA in Brussels").</summary>
    public string? Cue { get; }

    /// <summary>Who relayed it to the article, nearest to the speaker first (a news agency that quoted the speaker).</summary>
    public IReadOnlyList<Entity> Relays { get; }

    /// <summary>When it was said, when the text says or implies it.</summary>
    public KnownDate? StatementDate { get; }

    /// <summary>
    /// The keys (<c>article-id/quote-id</c>) of other copies of the same statement, as the curator linked them:
    /// in another article, or elsewhere in this one. <see cref="OtherCopies"/> follows the links both ways.
    /// </summary>
    public IReadOnlyList<string> SameStatementAs { get; }

    /// <summary>
    /// Every other copy of this same statement (in this article or another), ordered by key: the whole group
    /// joined by <see cref="SameStatementAs"/> links, whichever side they are written on.
    /// </summary>
    public IReadOnlyList<Quote> OtherCopies => Corpus.Lookups.CopiesOf(this);

    /// <summary>The key and text.</summary>
    public override string ToString() => Key + ": " + Text;

    // Set once, by the article's constructor: a quote exists only inside its article.
    internal void AttachTo(Article article) => _article = article;
}
