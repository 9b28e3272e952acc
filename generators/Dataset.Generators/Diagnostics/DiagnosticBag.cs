using System.Collections.Generic;
using Dataset.Generators.Utilities;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Diagnostics;

/// <summary>
/// The one place a step reports problems: the YAML tree reader, the mapping reader and the parser write to one
/// bag per file, each validator to one per article or registry; the step hands on <see cref="ToEquatableArray"/>.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    /// <summary>How many problems are reported so far: a spec is built only when none is.</summary>
    public int Count => _diagnostics.Count;

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>Takes over problems an earlier step reported, so they come first and in their order.</summary>
    public void AddRange(IEnumerable<DiagnosticInfo> diagnostics) => _diagnostics.AddRange(diagnostics);

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _diagnostics.ToEquatableArray();
}
