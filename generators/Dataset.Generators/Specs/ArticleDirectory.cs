using System;
using System.Collections.Generic;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Specs;

/// <summary>
/// What every article needs to know about the others: ids, files and quote ids. It changes only when an
/// id is added, removed or renamed, so an edit to one article's text leaves every other article cached.
/// Equality is that content only; the lookups are built on first use and never compared.
/// </summary>
/// <remarks>
/// <see cref="UnreadablePaths"/> lists article files that failed to parse: a link into one of them is not
/// reported again as unknown, since the file's own errors already fail the build and say where.
/// </remarks>
internal sealed record ArticleDirectory(EquatableArray<ArticleKey> Articles, EquatableArray<string> UnreadablePaths)
{
    // Built on first use. Two threads may race to build it: both build the same complete lookups and either wins.
    // Never copied with `with`: a clone would carry lookups of the original's content.
    private Lookups? _lookups;

    /// <summary>The path of the first file (by ordinal path) that declares this article id, or null.</summary>
    public string? OwnerOf(string articleId) => Built().Owners.TryGetValue(articleId, out var path) ? path : null;

    /// <summary>True when <c>article-id/quote-id</c> names a quote of a readable article.</summary>
    public bool HasQuote(string key) => Built().QuoteKeys.Contains(key);

    /// <summary>True when a file named <c>&lt;articleId&gt;.yaml</c> failed to parse.</summary>
    public bool IsUnreadable(string articleId) => Built().UnreadableIds.Contains(articleId);

    /// <summary>Every quote key, for suggestions.</summary>
    public IEnumerable<string> QuoteKeys => Built().QuoteKeys;

    public bool Equals(ArticleDirectory? other) =>
        other is not null
        && (
            ReferenceEquals(this, other)
            || (Articles.Equals(other.Articles) && UnreadablePaths.Equals(other.UnreadablePaths)));

    public override int GetHashCode() => (Articles.GetHashCode() * 31) + UnreadablePaths.GetHashCode();

    private Lookups Built()
    {
        if (_lookups is { } built)
        {
            return built;
        }

        var lookups = new Lookups();
        foreach (var article in Articles)
        {
            // Articles are ordered by path, so the first one seen owns the id.
            if (!lookups.Owners.ContainsKey(article.Id))
            {
                lookups.Owners.Add(article.Id, article.Path);
            }

            foreach (var quote in article.QuoteIds)
            {
                lookups.QuoteKeys.Add(article.Id + "/" + quote);
            }
        }

        foreach (var path in UnreadablePaths)
        {
            lookups.UnreadableIds.Add(System.IO.Path.GetFileNameWithoutExtension(path));
        }

        return _lookups = lookups;
    }

    private sealed class Lookups
    {
        public Dictionary<string, string> Owners { get; } = new(StringComparer.Ordinal);

        public HashSet<string> QuoteKeys { get; } = new(StringComparer.Ordinal);

        public HashSet<string> UnreadableIds { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>One readable article as the directory knows it: its id, its file and its quote ids.</summary>
internal sealed record ArticleKey
{
    public required string Id { get; init; }

    public required string Path { get; init; }

    public required EquatableArray<string> QuoteIds { get; init; }
}
