using System;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Pipeline;

/// <summary>
/// Runs each step that works on the dataset's content so that the generator never throws: an unexpected exception
/// becomes a DSG901 at the start of the step's file instead of CS8785, which would hide every other diagnostic and
/// name no file.
/// </summary>
internal sealed class StepGuard
{
    /// <summary>The guard the compiler runs with.</summary>
    public static readonly StepGuard Default = new(beforeEachStep: null);

    private readonly Action<string, string>? _beforeEachStep;

    /// <param name="beforeEachStep">
    /// Called inside the guard with the step's tracking name and file path just before the step runs: tests throw
    /// from it to prove a step's exception is reported (no real input is known to make a step throw).
    /// </param>
    public StepGuard(Action<string, string>? beforeEachStep) => _beforeEachStep = beforeEachStep;

    /// <summary>Runs a step that makes a value and may report problems; a failure is a result with no value.</summary>
    public StepResult<T> Run<T>(string step, string path, Func<StepResult<T>> run)
        where T : class =>
        Guarded(step, path, run, StepResult<T>.Failed);

    /// <summary>Runs a step that only makes a value.</summary>
    public StepResult<T> Run<T>(string step, string path, Func<T> run)
        where T : class =>
        Guarded(step, path, () => StepResult<T>.Of(run()), StepResult<T>.Failed);

    /// <summary>Runs a step that only checks: its result is the problems it found.</summary>
    public EquatableArray<DiagnosticInfo> Check(string step, string path, Func<EquatableArray<DiagnosticInfo>> check) =>
        Guarded(step, path, check, failure => new EquatableArray<DiagnosticInfo>(new[] { failure }));

    private TResult Guarded<TResult>(string step, string path, Func<TResult> run, Func<DiagnosticInfo, TResult> failed)
    {
        try
        {
            _beforeEachStep?.Invoke(step, path);
            return run();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var location = path.Length == 0 ? LocationInfo.None : LocationInfo.StartOf(path);
            var message = exception.GetType().Name + ": " + exception.Message;
            return failed(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, message));
        }
    }
}
