using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A quoted or reported statement. <see cref="Text"/> occurs verbatim in the part of the article that
/// prints it, at <see cref="Span"/>, and so do its cue and its speaker's description: the build places and checks
/// each. There is one instance per quote, found by <see cref="Key"/> in <see cref="Corpus.Quotes"/>, so <c>==</c>
/// compares identity.
/// </summary>
public sealed class Quote
{
    private readonly Attribution _speaker;
    private Article? _article;
    private string? _key;
    private string? _text;
    private string? _cue;
    private Attribution? _attribution;
    private IReadOnlyList<ReportingLink>? _reportingChain;

    internal Quote(
        string id,
        TextSpan span,
        Caption? caption,
        Attribution speaker,
        TextSpan? speakerDescriptionSpan,
        QuoteMode mode,
        TextSpan? cueSpan,
        Entity[] relays,
        KnownDate? statementDate,
        string[] sameStatementAs)
    {
        Id = id;
        Span = span;
        Caption = caption;
        _speaker = speaker;
        SpeakerDescriptionSpan = speakerDescriptionSpan;
        Mode = mode;
        CueSpan = cueSpan;
        Relays = ReadOnly.List(relays);
        StatementDate = statementDate;
        SameStatementAs = ReadOnly.List(sameStatementAs);
    }

    /// <summary>The id, unique within its article.</summary>
    public string Id { get; }

    /// <summary>
    /// <c>article-id/quote-id</c>: unique across the corpus, and the key of <see cref="Corpus.Quotes"/>. Written on
    /// first read, not at load.
    /// </summary>
    public string Key => _key ?? LazyField.Publish(ref _key, Article.Id + "/" + Id);

    /// <summary>The article that carries it.</summary>
    public Article Article => _article!;

    /// <summary>
    /// The words as printed: inside the quote marks for direct and partial quotes, the reported clause for indirect
    /// ones.
    /// </summary>
    public string Text => _text ?? LazyField.Publish(ref _text, Span.Text);

    /// <summary>
    /// Where <see cref="Text"/> is printed: the copy its cue introduces when the words are printed more than once.
    /// <c>Span.PrintedIn</c> is the article's body or headline, or <see cref="Caption"/>'s text.
    /// </summary>
    public TextSpan Span { get; }

    /// <summary>
    /// The part of the article that prints it: the body, the headline or a caption (<see cref="Span"/>'s part).
    /// </summary>
    public TextPart Part => Span.Part;

    /// <summary>
    /// The caption that prints it, when <see cref="Part"/> is <see cref="TextPart.Caption"/>; null otherwise.
    /// </summary>
    public Caption? Caption { get; }

    /// <summary>
    /// Who said it and how that is known: a named entity, an unnamed speaker as the article describes them
    /// ("a high-ranking Russian diplomat"), or nobody the article names (<see cref="AttributionBasis.Unknown"/>).
    /// </summary>
    public Attribution Attribution => _attribution ?? LazyField.Publish(ref _attribution, Attributed());

    /// <summary>
    /// The named speaker (<see cref="Attribution"/>'s entity); null for an unnamed or unknown speaker.
    /// </summary>
    public Entity? Speaker => _speaker.Entity;

    /// <summary>
    /// Where the unnamed speaker's description (<see cref="Attribution"/>'s <c>Description</c>) is printed: its copy
    /// nearest the quote, in the part that prints the quote. Null when the speaker is not described.
    /// </summary>
    public TextSpan? SpeakerDescriptionSpan { get; }

    /// <summary>Whether it is a whole quote, a quoted phrase, or reported speech.</summary>
    public QuoteMode Mode { get; }

    /// <summary>The reporting clause, as printed ("told DPA in Brussels").</summary>
    public string? Cue => CueSpan is { } cue ? _cue ?? LazyField.Publish(ref _cue, cue.Text) : null;

    /// <summary>
    /// Where <see cref="Cue"/> is printed: its copy nearest the quote, in the same paragraph (or caption). Null without
    /// a cue.
    /// </summary>
    public TextSpan? CueSpan { get; }

    /// <summary>
    /// Who relayed it to the article, nearest to the speaker first (a news agency that quoted the speaker).
    /// </summary>
    public IReadOnlyList<Entity> Relays { get; }

    /// <summary>
    /// How the words reached the reader, from the speaker outwards: the speaker (<see cref="Attribution"/>), each
    /// relay in <see cref="Relays"/> order (nearest the speaker first), the article's <see cref="Article.Origin"/>, and
    /// its <see cref="Article.Publisher"/>. Every link is kept, even when one entity plays two roles in a row ("told
    /// DPA" in a DPA story is a relay and the origin): each role is a fact of its own; collapse them if you need to.
    /// Built on first read.
    /// </summary>
    public IReadOnlyList<ReportingLink> ReportingChain =>
        _reportingChain ?? LazyField.Publish(ref _reportingChain, BuildReportingChain());

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

    // The description of an unnamed speaker is the text its span covers, as printed: cut on first read, like the
    // quote's text.
    private Attribution Attributed() => SpeakerDescriptionSpan is { } description
        ? new Attribution(_speaker.Entity, description.Text, _speaker.Basis, _speaker.Evidence)
        : _speaker;

    private IReadOnlyList<ReportingLink> BuildReportingChain()
    {
        var links = new ReportingLink[Relays.Count + 3];
        links[0] = new ReportingLink(ReportingRole.Speaker, Attribution);
        for (var i = 0; i < Relays.Count; i++)
        {
            links[i + 1] = new ReportingLink(
                ReportingRole.Relay, new Attribution(Relays[i], null, AttributionBasis.Stated, null));
        }

        links[links.Length - 2] = new ReportingLink(ReportingRole.Origin, Article.Origin);
        links[links.Length - 1] = new ReportingLink(ReportingRole.Publisher, Article.Publisher);
        return ReadOnly.List(links);
    }

    // Set once, by the article's constructor: a quote exists only inside its article.
    internal void AttachTo(Article article) => _article = article;
}
