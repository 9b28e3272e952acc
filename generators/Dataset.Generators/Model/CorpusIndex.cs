namespace Dataset.Generators.Model;

/// <summary>
/// What every article needs to know about the others: ids, files and quote ids. It changes only when an
/// id is added, removed or renamed, so an edit to one article's text leaves every other article cached.
/// </summary>
/// <remarks>
/// <see cref="UnreadablePaths"/> lists article files that failed to parse: a link into one of them is not
/// reported again as unknown, since the file's own errors already fail the build and say where.
/// </remarks>
internal sealed record CorpusIndex(EquatableArray<ArticleKey> Articles, EquatableArray<string> UnreadablePaths);

internal sealed record ArticleKey(string Id, string Path, EquatableArray<string> QuoteIds);
