namespace Dataset.Generators.Model;

/// <summary>
/// What every article needs to know about the others: ids, files and quote ids. It changes only when an
/// id is added, removed or renamed, so an edit to one article's text leaves every other article cached.
/// </summary>
internal sealed record CorpusIndex(EquatableArray<ArticleKey> Articles);

internal sealed record ArticleKey(string Id, string Path, EquatableArray<string> QuoteIds);
