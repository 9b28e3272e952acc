using System.Collections.Generic;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A person, organization or place from the registry, shared by all articles. Each has a typed handle on
/// <see cref="Entities"/> (for example <c>Entities.SergeiLavrov</c>) and is found by id in <see cref="Entities.All"/>.
/// There is one instance per entity, so <c>==</c> compares identity.
/// </summary>
public sealed class Entity
{
    internal Entity(string id, string name, EntityKind kind, string[] aliases, Role[] roles)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Aliases = ReadOnly.List(aliases);
        Roles = ReadOnly.List(roles);
    }

    /// <summary>The stable kebab-case id, such as <c>sergei-lavrov</c>.</summary>
    public string Id { get; }

    /// <summary>The canonical name, as printed in an article.</summary>
    public string Name { get; }

    /// <summary>What kind of thing this is.</summary>
    public EntityKind Kind { get; }

    /// <summary>Every other form used in the articles (variant spellings, surname alone), exactly as printed.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Titles and roles as printed, each with the article that prints it.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Every article mention of this entity, in corpus order.</summary>
    public IReadOnlyList<Mention> Mentions => Corpus.Lookups.MentionsOf(this);

    /// <summary>Every quote this entity is the speaker of, in corpus order.</summary>
    public IReadOnlyList<Quote> Quotes => Corpus.Lookups.QuotesBy(this);

    /// <summary>The id and name: <c>sergei-lavrov (Sergei Lavrov)</c>.</summary>
    public override string ToString() => Id + " (" + Name + ")";
}

/// <summary>A title or role as printed in one article ("Russian Foreign Minister").</summary>
public sealed class Role
{
    internal Role(string title, string articleId)
    {
        Title = title;
        ArticleId = articleId;
    }

    /// <summary>The title, exactly as printed.</summary>
    public string Title { get; }

    /// <summary>The id of the article that prints it.</summary>
    public string ArticleId { get; }

    /// <summary>The article that prints it.</summary>
    public Article Article => Corpus.Articles[ArticleId];

    /// <summary>The title.</summary>
    public override string ToString() => Title;
}

/// <summary>An entity named in an article, with the forms the article uses for it.</summary>
public sealed class Mention
{
    private Article? _article;

    internal Mention(Entity entity, string[] forms, TextSpan[] occurrences)
    {
        Entity = entity;
        Forms = ReadOnly.List(forms);
        Occurrences = ReadOnly.List(occurrences);
    }

    /// <summary>The entity named.</summary>
    public Entity Entity { get; }

    /// <summary>The forms used in this article, exactly as printed ("Sergei Lavrov", "Lavrov").</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>
    /// Every place the article prints one of <see cref="Forms"/> as a whole word, in reading order (headline,
    /// dateline, byline, body, captions). Where forms of the article's mentions overlap, the leftmost, then the
    /// longest, is the one printed: "Lavrov" inside "Serguei Lavrov" is not an occurrence of its own.
    /// </summary>
    public IReadOnlyList<TextSpan> Occurrences { get; }

    /// <summary>The article that names the entity.</summary>
    public Article Article => _article!;

    /// <summary>The entity id and the forms: <c>sergei-lavrov as Sergei Lavrov, Lavrov</c>.</summary>
    public override string ToString() => Entity.Id + " as " + string.Join(", ", Forms);

    // Set once, by the article's constructor: a mention exists only inside its article.
    internal void AttachTo(Article article) => _article = article;
}
