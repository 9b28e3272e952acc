using System;
using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// One curated news article: its text as printed, its sources, and the facts drawn from it. There is one
/// instance per article, found by id in <see cref="Corpus.Articles"/>, so <c>==</c> compares identity.
/// </summary>
public sealed class Article
{
    private readonly ArticleText _text;
    private readonly IAnnotationSource _annotationSource;
    private ArticleAnnotations? _annotations;
    private IReadOnlyList<string>? _paragraphs;

    internal Article(
        string id,
        string seed,
        ArticleText text,
        KnownDate published,
        Attribution publisher,
        Attribution origin,
        Attribution? editor,
        Quote[] quotes,
        IAnnotationSource annotations)
    {
        Id = id;
        Seed = seed;
        _text = text;
        Published = published;
        Publisher = publisher;
        Origin = origin;
        Editor = editor;
        Captions = ReadOnly.List(text.Captions);
        Quotes = ReadOnly.List(quotes);
        _annotationSource = annotations;
        foreach (var quote in quotes)
        {
            quote.AttachTo(this);
        }
    }

    /// <summary>
    /// The stable id, starting with the published date (<c>2008-08-21-lavrov-no-plans-to-slam-door</c>).
    /// </summary>
    public string Id { get; }

    /// <summary>The scraped seed file this record was curated from.</summary>
    public string Seed { get; }

    /// <summary>The headline, as printed.</summary>
    public string Headline => _text.Headline;

    /// <summary>When this copy was published, and how that is known.</summary>
    public KnownDate Published { get; }

    /// <summary>The place line, as printed ("Moscow/ Brussels"), when there is one.</summary>
    public string? Dateline => _text.Dateline;

    /// <summary>The byline, as printed ("By DPA,"), when there is one.</summary>
    public string? Byline => _text.Byline;

    /// <summary>
    /// The site that published this copy; <see cref="AttributionBasis.Unknown"/> when the copy does not name it.
    /// </summary>
    public Attribution Publisher { get; }

    /// <summary>Who wrote it originally: the wire agency or author.</summary>
    public Attribution Origin { get; }

    /// <summary>The editor credit, when printed.</summary>
    public Attribution? Editor { get; }

    /// <summary>
    /// The article text, character for character; paragraphs separated by a blank line. Page chrome is left out.
    /// </summary>
    public string Body => _text.Body;

    /// <summary>The paragraphs of <see cref="Body"/>, split once on first use.</summary>
    public IReadOnlyList<string> Paragraphs =>
        _paragraphs ?? LazyField.Publish(
            ref _paragraphs, ReadOnly.List(Body.Split(new[] { "\n\n" }, StringSplitOptions.None)));

    /// <summary>
    /// Photo captions (and a standfirst, which a scraped page seldom tells apart from one) kept for their facts.
    /// </summary>
    public IReadOnlyList<Caption> Captions { get; }

    /// <summary>Typos, kept in the text as printed and listed here with the intended form.</summary>
    public IReadOnlyList<Erratum> Errata => Annotations.Errata;

    /// <summary>Every entity the article names, with the forms it uses.</summary>
    public IReadOnlyList<Mention> Mentions => Annotations.Mentions;

    /// <summary>
    /// The sources the article's text names as giving it information: every entity it quotes or names as relaying a
    /// statement (the speakers and <see cref="Quote.Relays"/> of its quotes), not its own <see cref="Origin"/> or
    /// <see cref="Publisher"/>.
    /// </summary>
    public IReadOnlyList<Entity> CitedSources => Annotations.CitedSources;

    /// <summary>Every quote and reported statement, in the order they appear.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Every date expression in the text, resolved.</summary>
    public IReadOnlyList<DateMention> Dates => Annotations.Dates;

    /// <summary>Every figure, with its printed text and normalized value.</summary>
    public IReadOnlyList<Figure> Figures => Annotations.Figures;

    /// <summary>
    /// The printed text of one part, the instance every <see cref="TextSpan.PrintedIn"/> into that part is: the
    /// <see cref="Headline"/>, <see cref="Dateline"/>, <see cref="Byline"/> or <see cref="Body"/>, or for
    /// <see cref="TextPart.Caption"/> the text of the caption at <paramref name="captionIndex"/>. Null for a dateline
    /// or byline the article does not print. <c>article.TextOf(span.Part, span.CaptionIndex)</c> is
    /// <c>span.PrintedIn</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The part is <see cref="TextPart.None"/> or not a member, or a
    /// caption index is out of range.</exception>
    /// <exception cref="ArgumentException">A caption index is missing for <see cref="TextPart.Caption"/>, or given for
    /// another part.</exception>
    public string? TextOf(TextPart part, int? captionIndex = null)
    {
        if (part == TextPart.Caption)
        {
            if (captionIndex is not { } index)
            {
                throw new ArgumentException("A caption is found by its index in Captions.", nameof(captionIndex));
            }

            if (index < 0 || index >= Captions.Count)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(captionIndex), index, "The article has " + Captions.Count + " caption(s).");
            }

            return Captions[index].Text;
        }

        if (captionIndex is not null)
        {
            throw new ArgumentException("Only TextPart.Caption takes a caption index.", nameof(captionIndex));
        }

        return part switch
        {
            TextPart.Body => Body,
            TextPart.Headline => Headline,
            TextPart.Dateline => Dateline,
            TextPart.Byline => Byline,
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not a part of an article's text."),
        };
    }

    /// <summary>The id and headline.</summary>
    public override string ToString() => Id + ": " + Headline;

    // Errata, mentions, cited sources, dates and figures are built together when one of them is first asked for.
    private ArticleAnnotations Annotations =>
        _annotations ?? LazyField.Publish(ref _annotations, _annotationSource.Read(this));
}

/// <summary>
/// A line the page prints apart from the body and headline (a photo caption or a standfirst), kept for the facts it
/// gives.
/// </summary>
public sealed class Caption
{
    internal Caption(string text, Attribution? credit)
    {
        Text = text;
        Credit = credit;
    }

    /// <summary>The caption text, as printed.</summary>
    public string Text { get; }

    /// <summary>
    /// Who the picture is credited to, as printed beside the caption (<see cref="AttributionBasis.Stated"/>); null when
    /// no credit is printed.
    /// </summary>
    public Attribution? Credit { get; }

    /// <summary>The caption text.</summary>
    public override string ToString() => Text;
}

/// <summary>A typo: kept in the text as printed, recorded here with the form intended.</summary>
public sealed class Erratum
{
    private string? _printed;

    internal Erratum(TextSpan span, string? intended, string? note)
    {
        Span = span;
        Intended = intended;
        Note = note;
    }

    /// <summary>The text as printed.</summary>
    public string Printed => _printed ?? LazyField.Publish(ref _printed, Span.Text);

    /// <summary>Where <see cref="Printed"/> is printed in the article.</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// The text as intended; null for a garbled passage whose intended form cannot be recovered (<see cref="Note"/>
    /// says why).
    /// </summary>
    public string? Intended { get; }

    /// <summary>A curator's note, when the intended form needs explaining.</summary>
    public string? Note { get; }

    /// <summary><c>printed -> intended</c> (<c>printed -> ?</c> when the intended form is unknown).</summary>
    public override string ToString() => Printed + " -> " + (Intended ?? "?");
}

/// <summary>A number as printed, with its normalized value (or range) and unit.</summary>
public sealed class Figure
{
    private string? _text;

    internal Figure(TextSpan span, decimal minimum, decimal? maximum, string unit)
    {
        Span = span;
        Minimum = minimum;
        Maximum = maximum ?? minimum;
        IsRange = maximum is not null;
        Unit = unit;
    }

    /// <summary>The text as printed ("between 2,000 and 3,000 additional peace-keeping troops").</summary>
    public string Text => _text ?? LazyField.Publish(ref _text, Span.Text);

    /// <summary>Where <see cref="Text"/> is printed in the article.</summary>
    public TextSpan Span { get; }

    /// <summary>The value, or the lower bound when the text gives a range.</summary>
    public decimal Minimum { get; }

    /// <summary>
    /// The value, or the upper bound when the text gives a range (then <see cref="IsRange"/> is true).
    /// </summary>
    public decimal Maximum { get; }

    /// <summary>True when the text gives a range ("between 2,000 and 3,000"), false for a single value.</summary>
    public bool IsRange { get; }

    /// <summary>What is counted or measured ("troops", "rubles per US dollar").</summary>
    public string Unit { get; }

    /// <summary>The value (or range) and unit: <c>2000-3000 troops</c>.</summary>
    public override string ToString() =>
        Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (IsRange ? "-" + Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + " " + Unit;
}

/// <summary>A date expression printed in an article ("Thursday", "last August"), resolved.</summary>
public sealed class DateMention
{
    private string? _text;
    private string? _event;

    internal DateMention(TextSpan span, KnownDate date, TextSpan? eventSpan, bool isScheduled)
    {
        Span = span;
        Date = date;
        EventSpan = eventSpan;
        IsScheduled = isScheduled;
    }

    /// <summary>The expression as printed.</summary>
    public string Text => _text ?? LazyField.Publish(ref _text, Span.Text);

    /// <summary>
    /// Where <see cref="Text"/> is printed in the article: inside or nearest its <see cref="EventSpan"/> when an event
    /// is recorded.
    /// </summary>
    public TextSpan Span { get; }

    /// <summary>What it resolves to, and how.</summary>
    public KnownDate Date { get; }

    /// <summary>What happened then, in the article's words, when recorded.</summary>
    public string? Event => EventSpan is { } span ? _event ?? LazyField.Publish(ref _event, span.Text) : null;

    /// <summary>Where <see cref="Event"/> is printed in the article; null when no event is recorded.</summary>
    public TextSpan? EventSpan { get; }

    /// <summary>True for a date in the future of the article (a planned meeting).</summary>
    public bool IsScheduled { get; }

    /// <summary>The text and the date: <c>Thursday = 2008-08-21 (relative)</c>.</summary>
    public override string ToString() => Text + " = " + Date;
}
