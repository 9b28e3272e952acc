using System;
using System.Linq;
using Xunit;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>Questions a reader of the five articles would ask, answered with LINQ as a user would.</summary>
public class QueryTests
{
    [Fact]
    public void Lavrov_quotes_in_date_order()
    {
        var lavrov = Corpus.Quotes
            .Where(q => q.Speaker == Entities.SergeiLavrov)
            .OrderBy(q => q.Article.Published.Earliest)
            .ThenBy(q => q.Offset)
            .ToList();

        // Lavrov speaks in every article that names him as a speaker's subject; each quote is his and in order.
        Assert.NotEmpty(lavrov);
        Assert.All(lavrov, q => Assert.Contains(q.Article.Mentions, m => m.Entity == Entities.SergeiLavrov));
        Assert.Equal(lavrov.Select(q => q.Article.Published.Earliest).OrderBy(d => d), lavrov.Select(q => q.Article.Published.Earliest));
        Assert.Contains(lavrov, q => q.Text == "We are not going to slam the door on NATO" && q.Mode == QuoteMode.Direct);
        Assert.Equal(lavrov, Entities.SergeiLavrov.Quotes.OrderBy(q => q.Article.Published.Earliest).ThenBy(q => q.Offset));
    }

    [Fact]
    public void Articles_that_cite_Interfax_are_the_ones_whose_text_names_it()
    {
        var citing = Corpus.Articles.Where(a => a.Cites.Contains(Entities.Interfax)).Select(a => a.Id).ToList();
        var naming = Corpus.Articles.Where(a => a.Body.Contains("Interfax", StringComparison.Ordinal)).Select(a => a.Id).ToList();

        Assert.NotEmpty(citing);
        Assert.Equal(naming, citing);
        Assert.All(citing, id => Assert.StartsWith("2008-08-21", id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_statement_is_linked_across_the_two_dpa_stories()
    {
        var linked = Corpus.Quotes.Where(q => q.OtherCopies.Count > 0).ToList();

        Assert.NotEmpty(linked);
        Assert.All(linked, q => Assert.All(q.OtherCopies, o => Assert.NotEqual(q.ArticleId, o.ArticleId)));
        var noLessThanNato = Corpus.Quotes.Where(q => q.Text.StartsWith("Russia, no less than NATO", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, noLessThanNato.Count);
        Assert.Contains(noLessThanNato[1], noLessThanNato[0].OtherCopies);
        Assert.NotEqual(noLessThanNato[0].Text, noLessThanNato[1].Text); // the copies differ (… vs ..., ’ vs '); both are kept verbatim
    }

    [Fact]
    public void Only_one_article_prints_its_own_publication_date_and_time()
    {
        Assert.Single(Corpus.Articles, a => a.Published.Precision == DatePrecision.Minute);
        var undated = Corpus.Articles.Where(a => a.Published.Basis == DateBasis.Inferred).ToList();
        Assert.All(undated, a => Assert.False(string.IsNullOrWhiteSpace(a.Published.Evidence)));
        Assert.Contains(undated, a => a.Published.Precision == DatePrecision.Range);
    }

    [Fact]
    public void Typos_are_kept_as_printed_and_listed()
    {
        Assert.All(Corpus.Articles.SelectMany(a => a.Errata.Select(e => (a, e))), pair =>
            Assert.Contains(pair.e.Printed, pair.a.Headline + "\n" + pair.a.Body, StringComparison.Ordinal));
        Assert.Contains(Corpus.Articles.SelectMany(a => a.Errata), e => e.Printed.Contains("reoported", StringComparison.Ordinal));
    }
}
