using System;
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
        var expected = Corpus.Articles.OrderBy(a => a.Published.Earliest).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, Corpus.Articles);
    }

    [Fact]
    public void Every_quote_occurs_verbatim_where_it_is_printed_at_its_offset()
    {
        Assert.NotEmpty(Corpus.Quotes);
        Assert.All(Corpus.Quotes, q => Assert.Equal(q.Text, q.PrintedIn.Substring(q.Offset, q.Text.Length)));
        Assert.All(Corpus.Quotes, q => Assert.Equal(q.Part == TextPart.Caption, q.Caption is not null));
        Assert.All(Corpus.Quotes.Where(q => q.Part == TextPart.Body), q => Assert.Same(q.Article.Body, q.PrintedIn));
    }

    [Fact]
    public void Every_reference_resolves_to_the_registered_instance()
    {
        var registered = Entities.All.ToHashSet(System.Collections.Generic.ReferenceEqualityComparer.Instance);
        var referenced = Corpus.Articles.SelectMany(References);
        Assert.All(referenced, e => Assert.Contains(e, registered));
        Assert.All(Entities.All.SelectMany(e => e.Roles), r => Assert.Same(Corpus.Articles[r.ArticleId], r.Article));
        Assert.All(Corpus.Quotes.SelectMany(q => q.SameStatementAs), key => Assert.Contains(Corpus.Quotes, o => o.Key == key));
        Assert.All(Corpus.Quotes.Where(q => q.Caption is not null), q => Assert.Contains(q.Caption!, q.Article.Captions.ToHashSet(System.Collections.Generic.ReferenceEqualityComparer.Instance)));
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

        Assert.All(Corpus.Quotes, q => Assert.All(q.SameStatementAs, key => Assert.Contains(q.OtherCopies, o => o.Key == key)));
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
        Assert.All(Entities.All, e => Assert.True(used.Contains(e), e.Id + " is in the registry but no article refers to it"));
        Assert.Null(Entities.All.GetValueOrDefault("no-such-entity"));
        Assert.False(Entities.All.ContainsKey("no-such-entity"));
        Assert.False(Corpus.Articles.TryGetValue("no-such-article", out _));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Corpus.Quotes["no-such-article/no-such-quote"]);
    }

    [Fact]
    public void Cited_sources_are_the_speakers_and_relays_but_not_the_copys_own_credits()
    {
        foreach (var article in Corpus.Articles)
        {
            var ownCredits = new[] { article.Origin.Entity, article.Publisher.Entity };
            var expected = article.Quotes
                .SelectMany(q => (q.Speaker is { } speaker ? new[] { speaker } : Array.Empty<Entity>()).Concat(q.Relays))
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
    private static System.Collections.Generic.IEnumerable<Entity> References(Article a) =>
        a.Mentions.Select(m => m.Entity)
            .Concat(a.CitedSources)
            .Concat(a.Quotes.SelectMany(q => q.Relays))
            .Concat(a.Quotes.Select(q => q.Speaker).OfType<Entity>())
            .Concat(new[] { a.Publisher.Entity, a.Origin.Entity, a.Editor?.Entity }.OfType<Entity>())
            .Concat(a.Captions.Select(c => c.Credit?.Entity).OfType<Entity>());

    [Fact]
    public void Every_date_not_printed_in_full_says_how_it_was_deduced()
    {
        var dates = Corpus.Articles.SelectMany(a => new[] { a.Published }.Concat(a.Dates.Select(d => d.Date)).Concat(a.Quotes.Select(q => q.StatementDate).OfType<KnownDate>()));
        Assert.All(dates.Where(d => d.Basis != DateBasis.Stated), d => Assert.False(string.IsNullOrWhiteSpace(d.Evidence)));
        Assert.All(dates, d => Assert.Equal(d.End is not null, d.IsRange));
        Assert.All(dates, d => Assert.True(d.End is not { } end || end.Precision == d.Precision, d.Value));
    }

    [Fact]
    public void Lists_cannot_be_mutated_through_a_cast()
    {
        var quotes = Corpus.Articles.First(a => a.Quotes.Count > 0).Quotes;
        Assert.False(quotes is Quote[]);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<Quote>)quotes).Add(quotes[0]));

        // The corpus-wide lists and lookups are read-only too.
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<string>)Corpus.Quotes.Keys)[0] = "x");
        Assert.False(Corpus.Mentions is Mention[]);
        Assert.False(Entities.SergeiLavrov.Quotes is Quote[]);
        Assert.False(Entities.SergeiLavrov.Mentions is Mention[]);
        Assert.False(Corpus.Quotes.First(q => q.OtherCopies.Count > 0).OtherCopies is Quote[]);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<Article>)Corpus.PublishedBetween(DateTime.MinValue, DateTime.MaxValue)).Clear());
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
        Assert.Same(Entities.Nato.Mentions, Entities.Nato.Mentions);
        Assert.Same(Entities.All.Keys, Entities.All.Keys);
    }
}
