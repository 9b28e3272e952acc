using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators.Specs;

/// <summary>
/// A place in a YAML file. Pipeline models keep this plain record instead of a Roslyn
/// <see cref="Location"/>, which has no value equality and would break caching.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The first character of a file: for problems that concern the file as a whole.</summary>
    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(default, default));

    /// <summary>One character of a file, by its index in <paramref name="text"/>.</summary>
    public static LocationInfo At(string filePath, string text, int index)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var position = new LinePosition(line, index - lineStart);
        return new(filePath, new TextSpan(index, 1), new LinePositionSpan(position, new LinePosition(line, position.Character + 1)));
    }

    /// <summary>No file: for problems of the dataset as a whole, such as a missing registry.</summary>
    public static readonly LocationInfo None = new(string.Empty, default, default);

    public Location ToLocation() => FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
}

/// <summary>A scalar value from YAML together with where it was written.</summary>
internal readonly record struct Located(string Value, LocationInfo Location)
{
    public override string ToString() => Value;
}

/// <summary>A value parsed from a YAML scalar (a token of a closed vocabulary) together with where it was written.</summary>
internal readonly record struct Located<T>(T Value, LocationInfo Location)
    where T : struct;
