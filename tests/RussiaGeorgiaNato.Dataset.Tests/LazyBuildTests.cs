using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Loader;
using System.Threading;
using Xunit;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>
/// What is built on first use (an article's body, its errata, mentions, cited sources, dates and figures, a quote's
/// text, cue and attribution) is one instance whichever thread reaches it first, and holds what an eager read holds.
/// Each run loads a fresh copy of the package, so nothing has been built yet when the threads start.
/// </summary>
public class LazyBuildTests
{
    private const int Threads = 8;

    [Fact]
    public void Parts_built_on_first_use_are_one_instance_whichever_thread_reaches_them_first()
    {
        var context = new AssemblyLoadContext("fresh-dataset", isCollectible: true);
        try
        {
            var corpus = context.LoadFromAssemblyPath(typeof(Corpus).Assembly.Location)
                .GetType(typeof(Corpus).FullName!)!;
            var seen = new List<object?>[Threads];
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                seen[i] = Reach(corpus, reverse: i % 2 == 1);
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());

            for (var i = 1; i < Threads; i++)
            {
                Assert.Equal(seen[0].Count, seen[i].Count);
                for (var j = 0; j < seen[0].Count; j++)
                {
                    Assert.Same(seen[0][j], seen[i][j]);
                }
            }

            // The fresh copy's texts are the ones this process read: the same data through the same lazy reads.
            var texts = seen[0].OfType<string>().ToList();
            Assert.Equal(Expected(), texts);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// Every lazily built part, in article order; read in reverse by half the threads, so they race on different ends.
    /// </summary>
    private static List<object?> Reach(Type corpus, bool reverse)
    {
        var articles = Items(corpus.GetProperty(nameof(Corpus.Articles))!.GetValue(null)).ToList();
        var order = Enumerable.Range(0, articles.Count).ToList();
        if (reverse)
        {
            order.Reverse();
        }

        var parts = new object?[articles.Count][];
        foreach (var i in order)
        {
            var article = articles[i];
            var quotes = Items(Get(article, nameof(Article.Quotes))).ToList();
            parts[i] = new[]
                {
                    Get(article, nameof(Article.Body)),
                    Get(article, nameof(Article.Errata)),
                    Get(article, nameof(Article.Mentions)),
                    Get(article, nameof(Article.CitedSources)),
                    Get(article, nameof(Article.Dates)),
                    Get(article, nameof(Article.Figures)),
                }
                .Concat(quotes.SelectMany(quote => new[]
                {
                    Get(quote, nameof(Quote.Text)),
                    Get(quote, nameof(Quote.Cue)),
                    Get(quote, nameof(Quote.Attribution)),
                }))
                .Concat(Items(Get(article, nameof(Article.Dates))).SelectMany(date => new[]
                {
                    Get(date, nameof(DateMention.Text)), Get(date, nameof(DateMention.Event)),
                }))
                .Concat(Items(Get(article, nameof(Article.Figures))).Select(figure => Get(figure, nameof(Figure.Text))))
                .Concat(Items(Get(article, nameof(Article.Errata)))
                    .Select(erratum => Get(erratum, nameof(Erratum.Printed))))
                .ToArray();
        }

        return parts.SelectMany(part => part).ToList();
    }

    private static List<string> Expected() => Corpus.Articles.SelectMany(article =>
            new[] { article.Body }
                .Concat(article.Quotes.SelectMany(quote => new[] { quote.Text, quote.Cue }))
                .Concat(article.Dates.SelectMany(date => new[] { date.Text, date.Event }))
                .Concat(article.Figures.Select(figure => figure.Text))
                .Concat(article.Errata.Select(erratum => erratum.Printed)))
        .OfType<string>()
        .ToList();

    private static object? Get(object target, string property) =>
        target.GetType().GetProperty(property)!.GetValue(target);

    private static IEnumerable<object> Items(object? list) => ((IEnumerable)list!).Cast<object>();
}
