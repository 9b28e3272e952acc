namespace Dataset.Generators.Parsing;

/// <summary>What a YAML file is to the dataset, from its <c>DatasetRole</c> item metadata.</summary>
internal enum DatasetRole
{
    /// <summary>The entity registry (<c>entities.yaml</c>).</summary>
    Entities,

    /// <summary>One article.</summary>
    Article,
}

/// <summary>
/// A dataset file's path, role and text: the first, cheap, equatable step of the pipeline.
/// <see cref="FallbackEncoding"/> names the encoding the compiler fell back to when the bytes are not valid UTF-8.
/// </summary>
internal sealed record DatasetFile
{
    public required string Path { get; init; }

    public required DatasetRole Role { get; init; }

    public required string Text { get; init; }

    public string? FallbackEncoding { get; init; }
}
