using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators.Model;

/// <summary>
/// A place in a YAML file. Pipeline models keep this plain record instead of a Roslyn
/// <see cref="Location"/>, which has no value equality and would break caching.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The first character of a file: for problems that concern the file as a whole.</summary>
    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(default, default));

    /// <summary>No file: for problems of the dataset as a whole, such as a missing registry.</summary>
    public static readonly LocationInfo None = new(string.Empty, default, default);

    public Location ToLocation() => FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
}

/// <summary>A scalar value from YAML together with where it was written.</summary>
internal readonly record struct Located(string Value, LocationInfo Location)
{
    public override string ToString() => Value;
}
