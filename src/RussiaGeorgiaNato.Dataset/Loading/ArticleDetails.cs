using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// The lists of an article that most queries over quotes never touch (errata, mentions, cited sources, dates,
/// figures), read from the rest of its record together, when the first of them is asked for (see <see cref="ArticleReader.ReadRest"/>).
/// </summary>
internal sealed class ArticleDetails
{
    public ArticleDetails(Article article, Erratum[] errata, Mention[] mentions, Entity[] citedSources, DateMention[] dates, Figure[] figures)
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
