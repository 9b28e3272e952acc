using Dataset.Generators.Utilities;
using YamlDotNet.Core;

namespace Dataset.Generators.Parsing;

/// <summary>
/// Works out where each character of a scalar's value is written in its file (a <see cref="TextOrigin"/>), for the
/// printed texts of an article: a problem found at one word of the body is then reported on that word's line and
/// column. Only scalars copied to their value character for character get one: a literal block (<c>|-</c>) and a
/// plain or quoted scalar on one line without escapes; every line is checked against the file, so an origin is
/// exact or absent (then a problem is reported at the scalar's start).
/// </summary>
internal static class ScalarOrigin
{
    public static TextOrigin? Of(Node node)
    {
        if (node.Kind != NodeKind.Scalar || node.Source is not { } source || HasOtherLineBreaks(node.Value))
        {
            return null;
        }

        var start = node.Location.Span.Start;
        var line = node.Location.LineSpan.Start.Line;
        return node.Style switch
        {
            ScalarStyle.Plain => OneLine(source, node.Value, start, line),
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => OneLine(source, node.Value, start + 1, line),
            ScalarStyle.Literal => Block(source, node.Value, start, line),
            _ => null,
        };
    }

    /// <summary>
    /// Line breaks YAML counts but a value line split on <c>\n</c> would not: such a value gets no origin.
    /// </summary>
    private static bool HasOtherLineBreaks(string value) =>
        value.IndexOf('\r') >= 0
        || value.IndexOf('\u0085') >= 0
        || value.IndexOf('\u2028') >= 0
        || value.IndexOf('\u2029') >= 0;

    private static TextOrigin? OneLine(string source, string value, int at, int line)
    {
        if (value.IndexOf('\n') >= 0
            || at < 0
            || at + value.Length > source.Length
            || string.CompareOrdinal(source, at, value, 0, value.Length) != 0
            || source.IndexOf('\n', at, value.Length) >= 0)
        {
            return null;
        }

        var lineStart = at == 0 ? 0 : source.LastIndexOf('\n', at - 1) + 1;
        return new TextOrigin(line, at - lineStart, new EquatableArray<int>(new[] { at }));
    }

    private static TextOrigin? Block(string source, string value, int header, int headerLine)
    {
        if (header >= source.Length || source[header] != '|')
        {
            return null;
        }

        // The file lines after the header, one for each value line.
        var lineCount = 1;
        foreach (var character in value)
        {
            lineCount += character == '\n' ? 1 : 0;
        }

        var fileLines = new int[lineCount];
        var next = source.IndexOf('\n', header);
        for (var k = 0; k < lineCount; k++)
        {
            if (next < 0)
            {
                return null;
            }

            fileLines[k] = next + 1;
            next = source.IndexOf('\n', next + 1);
        }

        // The indentation is the first content line's; every line must then be that indentation and its value line.
        var indent = -1;
        var valueLine = 0;
        for (var k = 0; k < lineCount; k++)
        {
            var valueEnd = value.IndexOf('\n', valueLine);
            var length = (valueEnd < 0 ? value.Length : valueEnd) - valueLine;
            var fileEnd = source.IndexOf('\n', fileLines[k]);
            fileEnd = fileEnd < 0 ? source.Length : fileEnd;
            if (fileEnd > fileLines[k] && source[fileEnd - 1] == '\r')
            {
                fileEnd--;
            }

            if (length == 0)
            {
                if (!IsSpaces(source, fileLines[k], fileEnd))
                {
                    return null;
                }
            }
            else
            {
                if (indent < 0)
                {
                    indent = 0;
                    while (fileLines[k] + indent < fileEnd && source[fileLines[k] + indent] == ' ')
                    {
                        indent++;
                    }
                }

                if (fileEnd - fileLines[k] != indent + length || !IsSpaces(source, fileLines[k], fileLines[k] + indent)
                    || string.CompareOrdinal(source, fileLines[k] + indent, value, valueLine, length) != 0)
                {
                    return null;
                }
            }

            valueLine += length + 1;
        }

        if (indent < 0)
        {
            return null; // only blank lines: nothing to point at
        }

        var starts = new int[lineCount];
        for (var k = 0; k < lineCount; k++)
        {
            starts[k] = fileLines[k] + indent;
        }

        return new TextOrigin(headerLine + 1, indent, new EquatableArray<int>(starts));
    }

    private static bool IsSpaces(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
