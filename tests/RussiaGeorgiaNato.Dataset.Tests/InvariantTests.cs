using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>What every user relies on, checked over the compiled data itself.</summary>
public class InvariantTests
{
    [Fact]
    public void All_five_articles_are_present_with_unique_ids()
    {
        Assert.Equal(5, Corpus.Articles.Count);
        Assert.Equal(Corpus.Articles.Count, Corpus.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(Entities.All.Count, Entities.All.Select(e => e.Id).Distinct().Count());
        Assert.Equal(Corpus.Quotes.Count, Corpus.Quotes.Select(q => q.Key).Distinct().Count());
    }

    [Fact]
    public void Articles_are_ordered_by_publication_then_id()
    {
        var expected = Corpus.Articles
            .OrderBy(a => a.Published.Earliest)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, Corpus.Articles);
    }

    [Fact]
    public void Every_annotation_is_a_span_of_the_article_text_that_prints_it()
    {
        // Every kind of annotation with its span: the span covers exactly the annotation's text, in the very string
        // the article exposes for that part.
        var annotations = Corpus.Articles.SelectMany(a =>
            a.Quotes.Select(q => new Annotation(a, "quote " + q.Id, q.Text, q.Span))
                .Concat(a.Quotes
                    .Where(q => q.Cue is not null)
                    .Select(q => new Annotation(a, "cue of " + q.Id, q.Cue!, q.CueSpan!.Value)))
                .Concat(a.Quotes
                    .Where(q => q.Attribution.Description is not null)
                    .Select(q => new Annotation(
                        a, "speaker of " + q.Id, q.Attribution.Description!, q.SpeakerDescriptionSpan!.Value)))
                .Concat(a.Mentions.SelectMany(m => m.Occurrences.Select(o =>
                    new Annotation(a, "mention of " + m.Entity.Id, m.Forms.Single(f => f == o.Text), o))))
                .Concat(a.Dates.Select(d => new Annotation(a, "date " + d.Text, d.Text, d.Span)))
                .Concat(a.Dates
                    .Where(d => d.Event is not null)
                    .Select(d => new Annotation(a, "event of " + d.Text, d.Event!, d.EventSpan!.Value)))
                .Concat(a.Figures.Select(f => new Annotation(a, "figure " + f.Text, f.Text, f.Span)))
                .Concat(a.Errata.Select(e => new Annotation(a, "erratum " + e.Printed, e.Printed, e.Span))))
            .ToList();

        Assert.Contains(annotations, x => x.Span.Part == TextPart.Headline);
        Assert.Contains(annotations, x => x.Span.Part == TextPart.Dateline);
        Assert.Contains(annotations, x => x.Span.Part == TextPart.Byline);
        Assert.Contains(annotations, x => x.Span.Part == TextPart.Caption);
        Assert.All(annotations, x =>
        {
            var (article, what, text, span) = x;
            Assert.True(text == span.Text, article.Id + ": " + what + " at " + span + " covers '" + span.Text + "'");
            Assert.Same(article.TextOf(span.Part, span.CaptionIndex), span.PrintedIn);
            Assert.Equal(span.Part == TextPart.Caption, span.CaptionIndex is not null);
            Assert.Equal(span.Start + span.Length, span.End);
        });

        // Quotes, cues and speaker descriptions are in the part that prints the quote; a cue in the same paragraph or
        // caption.
        Assert.All(Corpus.Quotes, q => Assert.Equal(q.Part == TextPart.Caption, q.Caption is not null));
        Assert.All(
            Corpus.Quotes.Where(q => q.Caption is not null),
            q => Assert.Same(q.Caption!.Text, q.Span.PrintedIn));
        Assert.All(Corpus.Quotes.Where(q => q.CueSpan is not null), q =>
        {
            var cue = q.CueSpan!.Value;
            Assert.Equal((q.Span.Part, q.Span.CaptionIndex), (cue.Part, cue.CaptionIndex));
            var from = Math.Min(q.Span.End, cue.End);
            var to = Math.Max(q.Span.Start, cue.Start);
            Assert.True(
                to <= from || !cue.PrintedIn.Substring(from, to - from).Contains("\n\n", StringComparison.Ordinal),
                q.Key + ": cue in another paragraph");
        });
    }

    [Fact]
    public void Mention_occurrences_are_whole_words_in_reading_order_without_overlap()
    {
        foreach (var article in Corpus.Articles)
        {
            var all = article.Mentions.SelectMany(m => m.Occurrences).OrderBy(o => Order(article, o)).ToList();
            Assert.All(article.Mentions, m => Assert.NotEmpty(m.Occurrences));
            Assert.All(
                article.Mentions,
                m => Assert.Equal(m.Occurrences.OrderBy(o => Order(article, o)), m.Occurrences));
            for (var i = 1; i < all.Count; i++)
            {
                Assert.True(
                    Order(article, all[i - 1]).Part != Order(article, all[i]).Part || all[i - 1].End <= all[i].Start,
                    article.Id + ": " + all[i - 1] + " overlaps " + all[i]);
            }

            Assert.All(all, o => Assert.True(
                (o.Start == 0 || !char.IsLetterOrDigit(o.PrintedIn[o.Start - 1]))
                    && (o.End == o.PrintedIn.Length || !char.IsLetterOrDigit(o.PrintedIn[o.End])),
                article.Id + ": " + o + " '" + o.Text + "' is not a whole word"));
        }
    }

    private sealed record Annotation(Article Article, string What, string Text, TextSpan Span);

    /// <summary>A span's place in reading order: headline, dateline, byline, body, captions.</summary>
    private static (int Part, int Start) Order(Article article, TextSpan span) => span.Part switch
    {
        TextPart.Headline => (0, span.Start),
        TextPart.Dateline => (1, span.Start),
        TextPart.Byline => (2, span.Start),
        TextPart.Body => (3, span.Start),
        _ => (4 + span.CaptionIndex!.Value, span.Start),
    };

    [Fact]
    public void A_part_of_the_text_is_found_by_its_part_and_caption_index()
    {
        var withCaption = Corpus.Articles.First(a => a.Captions.Count > 0);
        Assert.Same(withCaption.Body, withCaption.TextOf(TextPart.Body));
        Assert.Same(withCaption.Headline, withCaption.TextOf(TextPart.Headline));
        Assert.Same(withCaption.Captions[0].Text, withCaption.TextOf(TextPart.Caption, 0));
        Assert.Null(Corpus.Articles.First(a => a.Dateline is null).TextOf(TextPart.Dateline));
        Assert.Throws<ArgumentException>(() => withCaption.TextOf(TextPart.Caption));
        Assert.Throws<ArgumentException>(() => withCaption.TextOf(TextPart.Body, 0));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => withCaption.TextOf(TextPart.Caption, withCaption.Captions.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => withCaption.TextOf(TextPart.None));

        var span = Corpus.Quotes.First().Span;
        Assert.Equal(span, Corpus.Quotes.First().Span);
        Assert.NotEqual(span, default);
        Assert.Equal(string.Empty, default(TextSpan).Text);
        Assert.Matches(@"^(headline|body|captions\[\d+\])\[\d+\.\.\d+\]$", span.ToString());
    }

    [Fact]
    public void Every_reference_resolves_to_the_registered_instance()
    {
        var registered = Entities.All.ToHashSet(ReferenceEqualityComparer.Instance);
        var referenced = Corpus.Articles.SelectMany(References);
        Assert.All(referenced, e => Assert.Contains(e, registered));
        Assert.All(Entities.All.SelectMany(e => e.Roles), r => Assert.Same(Corpus.Articles[r.ArticleId], r.Article));
        Assert.All(
            Corpus.Quotes.SelectMany(q => q.SameStatementAs),
            key => Assert.Contains(Corpus.Quotes, o => o.Key == key));
        Assert.All(
            Corpus.Quotes.Where(q => q.Caption is not null),
            q => Assert.Contains(q.Caption!, q.Article.Captions.ToHashSet(ReferenceEqualityComparer.Instance)));
    }

    [Fact]
    public void Navigation_works_both_ways()
    {
        foreach (var article in Corpus.Articles)
        {
            Assert.All(article.Quotes, q => Assert.Same(article, q.Article));
            Assert.All(article.Mentions, m => Assert.Contains(m, m.Entity.Mentions));
        }

        foreach (var entity in Entities.All)
        {
            Assert.All(entity.Quotes, q => Assert.Same(entity, q.Speaker));
            Assert.Equal(Corpus.Quotes.Count(q => q.Speaker == entity), entity.Quotes.Count);
        }

        Assert.All(Corpus.Quotes, q =>
            Assert.All(q.SameStatementAs, key => Assert.Contains(q.OtherCopies, o => o.Key == key)));
        Assert.All(Corpus.Quotes, q => Assert.All(q.OtherCopies, o => Assert.Contains(q, o.OtherCopies)));
    }

    [Fact]
    public void Every_entity_is_found_by_id_and_mentioned_somewhere()
    {
        Assert.All(Entities.All, e => Assert.Same(e, Entities.All[e.Id]));
        Assert.Equal(Entities.All.Select(e => e.Id), Entities.All.Keys);
        Assert.All(Corpus.Articles, a => Assert.Same(a, Corpus.Articles[a.Id]));
        Assert.All(Corpus.Quotes, q => Assert.Same(q, Corpus.Quotes[q.Key]));
        var used = Corpus.Articles.SelectMany(References).ToHashSet();
        Assert.All(
            Entities.All,
            e => Assert.True(used.Contains(e), e.Id + " is in the registry but no article refers to it"));
        Assert.Null(Entities.All.GetValueOrDefault("no-such-entity"));
        Assert.False(Entities.All.ContainsKey("no-such-entity"));
        Assert.False(Corpus.Articles.TryGetValue("no-such-article", out _));
        Assert.Throws<KeyNotFoundException>(() => Corpus.Quotes["no-such-article/no-such-quote"]);
    }

    [Fact]
    public void Cited_sources_are_the_speakers_and_relays_but_not_the_copys_own_credits()
    {
        foreach (var article in Corpus.Articles)
        {
            var ownCredits = new[] { article.Origin.Entity, article.Publisher.Entity };
            var expected = article.Quotes
                .SelectMany(q =>
                    (q.Speaker is { } speaker ? new[] { speaker } : Array.Empty<Entity>()).Concat(q.Relays))
                .Where(e => !ownCredits.Contains(e))
                .Distinct();
            Assert.Equal(expected, article.CitedSources);
        }

        // "told DPA" in a DPA story: DPA relays Romero but is the copy's origin, not a source it cites.
        var freeze = Corpus.Articles["2008-08-21-russia-freezes-military-cooperation-with-nato"];
        Assert.Contains(freeze.Quotes, q => q.Relays.Contains(Entities.Dpa));
        Assert.DoesNotContain(Entities.Dpa, freeze.CitedSources);
        Assert.Contains(Entities.Interfax, freeze.CitedSources);
    }

    /// <summary>Every entity an article refers to, in any field.</summary>
    private static IEnumerable<Entity> References(Article a) =>
        a.Mentions.Select(m => m.Entity)
            .Concat(a.CitedSources)
            .Concat(a.Quotes.SelectMany(q => q.Relays))
            .Concat(a.Quotes.Select(q => q.Speaker).OfType<Entity>())
            .Concat(new[] { a.Publisher.Entity, a.Origin.Entity, a.Editor?.Entity }.OfType<Entity>())
            .Concat(a.Captions.Select(c => c.Credit?.Entity).OfType<Entity>());

    [Fact]
    public void Every_date_not_printed_in_full_says_how_it_was_deduced()
    {
        var dates = Corpus.Articles.SelectMany(a => new[] { a.Published }
            .Concat(a.Dates.Select(d => d.Date))
            .Concat(a.Quotes.Select(q => q.StatementDate).OfType<KnownDate>()));
        Assert.All(
            dates.Where(d => d.Basis != DateBasis.Stated),
            d => Assert.False(string.IsNullOrWhiteSpace(d.Evidence)));
        Assert.All(dates, d => Assert.Equal(d.End is not null, d.IsRange));
        Assert.All(dates, d => Assert.True(d.End is not { } end || end.Precision == d.Precision, d.Value));
    }

    [Fact]
    public void Lists_cannot_be_mutated_through_a_cast()
    {
        var quotes = Corpus.Articles.First(a => a.Quotes.Count > 0).Quotes;
        Assert.False(quotes is Quote[]);
        Assert.Throws<NotSupportedException>(() => ((IList<Quote>)quotes).Add(quotes[0]));

        // The corpus-wide lists and lookups are read-only too.
        Assert.Throws<NotSupportedException>(() => ((IList<string>)Corpus.Quotes.Keys)[0] = "x");
        Assert.False(Corpus.Mentions is Mention[]);
        Assert.False(Entities.SergeiLavrov.Quotes is Quote[]);
        Assert.False(Entities.SergeiLavrov.Mentions is Mention[]);
        Assert.False(Corpus.Quotes.First(q => q.OtherCopies.Count > 0).OtherCopies is Quote[]);
        Assert.Throws<NotSupportedException>(
            () => ((IList<Article>)Corpus.PublishedBetween(DateTime.MinValue, DateTime.MaxValue)).Clear());
    }

    [Fact]
    public void Collection_properties_return_the_same_instance_on_every_read()
    {
        var article = Corpus.Articles[0];
        Assert.Same(article.Paragraphs, article.Paragraphs);
        Assert.Same(Corpus.Quotes.Keys, Corpus.Quotes.Keys);
        Assert.Same(Corpus.Mentions, Corpus.Mentions);
        Assert.Same(Entities.SergeiLavrov.Quotes, Entities.SergeiLavrov.Quotes);
        var copied = Corpus.Quotes.First(q => q.OtherCopies.Count > 0);
        Assert.Same(copied.OtherCopies, copied.OtherCopies);
        Assert.Same(copied.ReportingChain, copied.ReportingChain);
        Assert.False(copied.ReportingChain is ReportingLink[]);
        Assert.Same(Entities.Nato.Mentions, Entities.Nato.Mentions);
        Assert.Same(Entities.All.Keys, Entities.All.Keys);
    }
}
