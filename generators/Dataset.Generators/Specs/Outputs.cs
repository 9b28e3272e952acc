namespace Dataset.Generators.Specs;

/// <summary>An article after validation: the spec when it may be emitted (no errors), and every diagnostic.</summary>
internal sealed record ValidatedArticle(ArticleSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The registry as parsed (entities that failed to parse are left out) and its parse diagnostics.</summary>
internal sealed record ParsedRegistry(RegistrySpec Spec, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One generated file, or the located failure that prevented it.</summary>
internal sealed record GeneratedFile(string HintName, string? Text, DiagnosticInfo? Failure);
