using System;
using System.Text;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Indented C# text, modelled on System.Text.Json's generator SourceWriter: every line written starts with
/// <see cref="Indentation"/> levels of four spaces, and a block of several lines (a template) is written line by
/// line, each indented. Lines end with <c>'\n'</c> on every machine, never <c>Environment.NewLine</c>, so the
/// output is the same bytes everywhere; an empty line carries no indentation.
/// </summary>
internal sealed class SourceWriter
{
    private const int SpacesPerLevel = 4;

    private readonly StringBuilder _builder = new();
    private int _indentation;

    /// <summary>The indentation level of the lines written next.</summary>
    public int Indentation
    {
        get => _indentation;
        set => _indentation = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "a block was closed that was never opened");
    }

    /// <summary>An empty line.</summary>
    public void WriteLine() => _builder.Append('\n');

    /// <summary>
    /// Writes <paramref name="text"/> and ends the line. Text of several lines is written line by line, each indented
    /// by <see cref="Indentation"/> on top of its own indentation; a <c>'\r'</c> before a line end is dropped, so a
    /// template keeps <c>'\n'</c> line ends even if its source file was checked out with CRLF.
    /// </summary>
    public void WriteLine(string text)
    {
        var start = 0;
        int end;
        while ((end = text.IndexOf('\n', start)) >= 0)
        {
            AppendLine(text, start, end);
            start = end + 1;
        }

        AppendLine(text, start, text.Length);
    }

    /// <summary>Writes <paramref name="opening"/> (a brace by default) and indents what follows.</summary>
    public void OpenBlock(string opening = "{")
    {
        WriteLine(opening);
        Indentation++;
    }

    /// <summary>Ends the indentation <see cref="OpenBlock"/> began and writes <paramref name="closing"/> (<c>}</c>, <c>};</c>, <c>},</c>).</summary>
    public void CloseBlock(string closing = "}")
    {
        Indentation--;
        WriteLine(closing);
    }

    /// <summary>Writes every line <paramref name="lines"/> holds, indented by this writer's indentation on top of its own.</summary>
    public void WriteLines(SourceWriter lines)
    {
        // Every line the other writer holds ends with '\n': the last one ends the text, it does not begin another line.
        if (lines._builder.Length > 0)
        {
            WriteLine(lines._builder.ToString(0, lines._builder.Length - 1));
        }
    }

    public override string ToString() => _builder.ToString();

    private void AppendLine(string text, int start, int end)
    {
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        if (end > start)
        {
            _builder.Append(' ', _indentation * SpacesPerLevel);
            _builder.Append(text, start, end - start);
        }

        _builder.Append('\n');
    }
}
