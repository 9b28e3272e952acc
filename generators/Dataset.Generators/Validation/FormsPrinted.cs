using Dataset.Generators.Utilities;

namespace Dataset.Generators.Validation;

/// <summary>
/// What one article file prints of the registry's forms (names and aliases, as whole words), and which entities it
/// credits. Small and stable: an edit to the article's text that prints no new form leaves it equal, so the
/// registry-wide check downstream stays cached.
/// </summary>
internal sealed record FormsPrintedByArticle
{
    /// <summary>What is known of a file that failed to parse or to be scanned: nothing.</summary>
    public static readonly FormsPrintedByArticle Unreadable = new()
    {
        IsReadable = false,
        Forms = EquatableArray<string>.Empty,
        Credited = EquatableArray<string>.Empty,
    };

    /// <summary>False when the file failed to parse: its text is not known, so it may print any form.</summary>
    public required bool IsReadable { get; init; }

    /// <summary>The registry's forms the article text prints, ordered.</summary>
    public required EquatableArray<string> Forms { get; init; }

    /// <summary>
    /// The ids of the entities the article credits (publisher, origin, editor, caption credits), ordered.
    /// </summary>
    public required EquatableArray<string> Credited { get; init; }
}

/// <summary>What the articles print together: the input of the registry's "printed in no article" check.</summary>
internal sealed record FormsPrintedByCorpus
{
    /// <summary>
    /// True when every article file parsed; otherwise nothing can be said to be printed in no article.
    /// </summary>
    public required bool IsComplete { get; init; }

    /// <summary>Every registry form some article prints, ordered.</summary>
    public required EquatableArray<string> Forms { get; init; }

    /// <summary>Every entity some article credits, ordered.</summary>
    public required EquatableArray<string> Credited { get; init; }
}
