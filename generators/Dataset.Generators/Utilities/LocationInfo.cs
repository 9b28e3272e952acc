using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators.Utilities;

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
        return new(
            filePath,
            new TextSpan(index, 1),
            new LinePositionSpan(position, new LinePosition(line, position.Character + 1)));
    }

    /// <summary>
    /// <paramref name="length"/> characters of a file from <paramref name="index"/> (at least one), on the line of its
    /// start.
    /// </summary>
    public static LocationInfo Range(string filePath, string text, int index, int length)
    {
        var first = At(filePath, text, index);
        var size = System.Math.Max(1, length);
        return first with
        {
            Span = new TextSpan(index, size),
            LineSpan = new LinePositionSpan(
                first.LineSpan.Start,
                new LinePosition(first.LineSpan.Start.Line, first.LineSpan.Start.Character + size)),
        };
    }

    /// <summary>No file: for problems of the dataset as a whole, such as a missing registry.</summary>
    public static readonly LocationInfo None = new(string.Empty, default, default);

    /// <summary>The 1-based line, as messages name it ("first at line 12").</summary>
    public string DisplayLine => (LineSpan.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Location ToLocation() => FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
}

/// <summary>
/// A scalar value from YAML together with where it was written. <see cref="Origin"/> is set for the printed texts
/// of an article (headline, dateline, byline, body, captions) when each character's place in the file is known,
/// so a problem found inside the text is reported at that character.
/// </summary>
internal readonly record struct Located(string Value, LocationInfo Location, TextOrigin? Origin = null)
{
    /// <summary>
    /// Where the characters <paramref name="index"/> to <paramref name="index"/> + <paramref name="length"/> of
    /// <see cref="Value"/> are written in the file: exactly when <see cref="Origin"/> is known, else the whole scalar.
    /// </summary>
    public LocationInfo LocationOf(int index, int length) =>
        Origin is { } origin ? origin.Locate(Location.FilePath, Value, index, length) : Location;

    public override string ToString() => Value;
}

/// <summary>
/// Where each line of a scalar's value is written in its file, for a scalar whose characters are copied to the value
/// one for one: a literal block (<c>|-</c>), whose value line k is file line <see cref="FirstLine"/> + k at the block's
/// indentation, or a plain or quoted scalar on one line without escapes. Any other scalar has no origin.
/// </summary>
/// <param name="FirstLine">The 0-based file line of the value's first line.</param>
/// <param name="Column">The 0-based column of the first character of every value line.</param>
/// <param name="LineStarts">For each value line, the index in the file of its first character.</param>
internal sealed record TextOrigin(int FirstLine, int Column, EquatableArray<int> LineStarts)
{
    public LocationInfo Locate(string filePath, string value, int index, int length)
    {
        var (startLine, startColumn) = LineAndColumn(value, index);
        var (endLine, endColumn) = LineAndColumn(value, index + length);
        var start = new LinePosition(FirstLine + startLine, Column + startColumn);
        var end = new LinePosition(FirstLine + endLine, Column + endColumn);
        var from = LineStarts[startLine] + startColumn;
        var to = LineStarts[endLine] + endColumn;
        return new LocationInfo(
            filePath,
            TextSpan.FromBounds(from, System.Math.Max(from, to)),
            new LinePositionSpan(start, end));
    }

    /// <summary>The value line of <paramref name="index"/> and its offset in that line.</summary>
    private static (int Line, int Column) LineAndColumn(string value, int index)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < index && i < value.Length; i++)
        {
            if (value[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart);
    }
}

/// <summary>
/// A value parsed from a YAML scalar (a token of a closed vocabulary) together with where it was written.
/// </summary>
internal readonly record struct Located<T>(T Value, LocationInfo Location)
    where T : struct;
