namespace Dataset.Generators.Outputs;

/// <summary>One generated file: its hint name and its C# source.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
