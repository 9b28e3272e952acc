using System;
using System.Collections.Generic;
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
        set => _indentation = value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "a block was closed that was never opened");
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

    /// <summary>
    /// Ends the indentation <see cref="OpenBlock"/> began and writes <paramref name="closing"/> (<c>}</c>, <c>};</c>,
    /// <c>},</c>).
    /// </summary>
    public void CloseBlock(string closing = "}")
    {
        Indentation--;
        WriteLine(closing);
    }

    /// <summary>
    /// Writes an expression-bodied method that maps <paramref name="parameter"/> to an expression by a <c>switch</c>,
    /// each case after its comment line when it has one, and any other value to an <c>ArgumentOutOfRangeException</c>.
    /// </summary>
    /// <param name="signature">The method's declaration up to the arrow: <c>internal static RecordParts Record(int
    /// bucket, int slot)</c>.</param>
    /// <param name="subject">What is switched on, when not the parameter itself: <c>(index / 64)</c>.</param>
    public void WriteSwitchMethod(
        string signature,
        string parameter,
        IEnumerable<(int Value, string? Comment, string Expression)> cases,
        string? subject = null)
    {
        WriteLine(signature + " => " + (subject ?? parameter) + " switch");
        OpenBlock();
        foreach (var (value, comment, expression) in cases)
        {
            if (comment is not null)
            {
                WriteLine("// " + Literals.CommentText(comment));
            }

            WriteLine(Literals.Number(value) + " => " + expression + ",");
        }

        WriteLine("_ => throw new global::System.ArgumentOutOfRangeException(nameof(" + parameter + ")),");
        CloseBlock("};");
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
