using System;
using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A person, organization or place from the registry, shared by all articles. Each has a typed handle
/// on <see cref="Entities"/> (for example <c>Entities.SergeiLavrov</c>) and is found by id through
/// <see cref="Corpus.Entities"/>.
/// </summary>
public sealed record Entity
{
    /// <summary>The stable kebab-case id, such as <c>sergei-lavrov</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The canonical name, as printed in an article.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>What kind of thing this is.</summary>
    public EntityKind Kind { get; init; }

    /// <summary>Every other form used in the articles (variant spellings, surname alone), exactly as printed.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>Titles and roles as printed, each with the article that prints it.</summary>
    public IReadOnlyList<Role> Roles { get; init; } = Array.Empty<Role>();

    /// <summary>Every article mention of this entity, in corpus order.</summary>
    public IReadOnlyList<Mention> Mentions => Corpus.Index.MentionsOf(Id);

    /// <summary>Every quote this entity is the speaker of, in corpus order.</summary>
    public IReadOnlyList<Quote> Quotes => Corpus.Index.QuotesBy(Id);

    /// <summary>The id and name.</summary>
    public override string ToString() => Id + " (" + Name + ")";
}

/// <summary>A title or role as printed in one article ("Russian Foreign Minister").</summary>
public sealed record Role
{
    /// <summary>The title, exactly as printed.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The id of the article that prints it.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>The article that prints it.</summary>
    public Article Article => Corpus.Articles.Find(ArticleId)!;

    /// <summary>The title.</summary>
    public override string ToString() => Title;
}

/// <summary>An entity named in an article, with the forms the article uses for it.</summary>
public sealed record Mention
{
    /// <summary>The id of the article.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>The entity named.</summary>
    public Entity Entity { get; init; } = null!;

    /// <summary>The forms used in this article, exactly as printed ("Sergei Lavrov", "Lavrov").</summary>
    public IReadOnlyList<string> Forms { get; init; } = Array.Empty<string>();

    /// <summary>The article.</summary>
    public Article Article => Corpus.Articles.Find(ArticleId)!;

    /// <summary>The entity id and the forms.</summary>
    public override string ToString() => Entity.Id + " as " + string.Join(", ", Forms);
}
