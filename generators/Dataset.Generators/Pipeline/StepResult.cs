using Dataset.Generators.Diagnostics;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Pipeline;

/// <summary>
/// What one pipeline step hands on: its value (null when the step could not make one) and every problem it found.
/// Equatable, so a step whose input did not change leaves everything downstream cached.
/// </summary>
internal sealed record StepResult<T>(T? Value, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : class
{
    /// <summary>
    /// No value and nothing to report: the step had nothing to work on (its input's own errors say why).
    /// </summary>
    public static readonly StepResult<T> Nothing = new(null, EquatableArray<DiagnosticInfo>.Empty);

    public static StepResult<T> Of(T value) => new(value, EquatableArray<DiagnosticInfo>.Empty);

    public static StepResult<T> Failed(DiagnosticInfo diagnostic) =>
        new(null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
}
