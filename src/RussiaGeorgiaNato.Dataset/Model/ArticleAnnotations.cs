using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// The annotations of an article that most queries over quotes never touch (errata, mentions, cited sources, dates,
/// figures), built together when the first of them is asked for, by the article's <see cref="IAnnotationSource"/>.
/// </summary>
internal sealed class ArticleAnnotations
{
    public ArticleAnnotations(
        Article article,
        Erratum[] errata,
        Mention[] mentions,
        Entity[] citedSources,
        DateMention[] dates,
        Figure[] figures)
    {
        Errata = ReadOnly.List(errata);
        Mentions = ReadOnly.List(mentions);
        CitedSources = ReadOnly.List(citedSources);
        Dates = ReadOnly.List(dates);
        Figures = ReadOnly.List(figures);
        foreach (var mention in mentions)
        {
            mention.AttachTo(article);
        }
    }

    public IReadOnlyList<Erratum> Errata { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public IReadOnlyList<Entity> CitedSources { get; }

    public IReadOnlyList<DateMention> Dates { get; }

    public IReadOnlyList<Figure> Figures { get; }
}

/// <summary>
/// Builds an article's <see cref="ArticleAnnotations"/> when they are first asked for (the loader's part).
/// </summary>
internal interface IAnnotationSource
{
    /// <summary>
    /// The annotations of <paramref name="article"/>; called once per article that publishes its result.
    /// </summary>
    ArticleAnnotations Read(Article article);
}
