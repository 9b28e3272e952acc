using Dataset.Generators.Diagnostics;
using Dataset.Generators.Pipeline;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;


namespace Dataset.Generators.Parsing;

/// <summary>
/// One article file after parsing: its path, known even when the file does not parse (the article directory lists
/// such files), and the parse step's result.
/// </summary>
internal sealed record ParsedArticle(string Path, StepResult<ArticleSpec> Result)
{
    /// <summary>
    /// The article when its file parsed cleanly; otherwise null, and the result's diagnostics say why.
    /// </summary>
    public ArticleSpec? Spec => Result.Value;
}

/// <summary>
/// The registry every article is validated against: the parsed one, or <see cref="RegistrySpec.Unreadable"/> when
/// there is none or it does not parse (entities that fail to parse are left out), and the problems found reading it.
/// </summary>
internal sealed record ParsedRegistry(RegistrySpec Spec, EquatableArray<DiagnosticInfo> Diagnostics);
