using Dataset.Generators.Utilities;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Diagnostics;

/// <summary>A diagnostic in equatable form, turned into a Roslyn <see cref="Diagnostic"/> only when reported.</summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo Location,
    EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(
        DiagnosticDescriptor descriptor,
        LocationInfo location,
        params string[] arguments) =>
        new(descriptor, location, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic()
    {
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(Descriptor, Location.ToLocation(), arguments);
    }
}
