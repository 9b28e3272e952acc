using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests;

/// <summary>
/// Diagnostics written the way a compiler prints them, with the offending YAML line and a caret under the
/// span, so a snapshot of them can be reviewed as a curator would read the build output.
/// </summary>
public static class DiagnosticRendering
{
    /// <summary>The most characters of a source line shown; a longer line is cut to a window around the span.</summary>
    public const int MaxLineWidth = 120;

    /// <summary>How many characters a cut line keeps before the span, so the reader sees what leads up to it.</summary>
    public const int ContextBefore = 40;

    private const string Ellipsis = "...";

    /// <summary>
    /// Renders <paramref name="diagnostics"/> ordered by file name, position and id, one after another;
    /// <paramref name="texts"/> holds each file's text by path, for the source lines. Ends lines with '\n' only.
    /// </summary>
    public static string Render(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> texts)
    {
        var ordered = diagnostics
            .Select(d => (Diagnostic: d, Span: d.Location.GetLineSpan()))
            .OrderBy(d => d.Span.IsValid ? Path.GetFileName(d.Span.Path) : string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartLinePosition)
            .ThenBy(d => d.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal);

        var rendered = new StringBuilder();
        foreach (var (diagnostic, span) in ordered)
        {
            Render(rendered, diagnostic, span, texts);
        }

        return rendered.ToString();
    }

    private static void Render(
        StringBuilder rendered,
        Diagnostic diagnostic,
        FileLinePositionSpan span,
        IReadOnlyDictionary<string, string> texts)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!span.IsValid)
        {
            // No file: the compiler prints the diagnostic alone, and so do we.
            rendered.Append(severity).Append(' ').Append(diagnostic.Id).Append(": ").Append(message).Append('\n');
            return;
        }

        var start = span.StartLinePosition;
        rendered.Append(Path.GetFileName(span.Path))
            .Append('(').Append(start.Line + 1).Append(',').Append(start.Character + 1).Append("): ")
            .Append(severity).Append(' ').Append(diagnostic.Id).Append(": ").Append(message).Append('\n');

        var lines = texts[span.Path].Split('\n');
        if (start.Line >= lines.Length)
        {
            return; // past the end of the file: there is no line to show
        }

        var line = lines[start.Line];
        var spanEnd = span.EndLinePosition.Line == start.Line ? span.EndLinePosition.Character : line.Length;
        var (shown, column, width) = Window(line, start.Character, Math.Max(1, spanEnd - start.Character));
        // No trailing blanks for an empty line.
        rendered.Append(shown.Length == 0 ? string.Empty : "  " + shown).Append('\n');
        rendered.Append("  ").Append(Indent(shown, column)).Append('^', width).Append('\n');
    }

    /// <summary>
    /// The part of <paramref name="line"/> to show, with the span's column and caret width in it: the whole line
    /// when it fits, else at most <see cref="MaxLineWidth"/> characters around the span, cut ends marked "...".
    /// The carets stop at the end of the line, plus one for a span that starts there (such as a missing value).
    /// </summary>
    private static (string Shown, int Column, int Width) Window(string line, int column, int width)
    {
        var from = line.Length <= MaxLineWidth ? 0 : Math.Clamp(column - ContextBefore, 0, line.Length - MaxLineWidth);
        var to = Math.Min(line.Length, from + MaxLineWidth);
        var prefix = from > 0 ? Ellipsis : string.Empty;
        var suffix = to < line.Length ? Ellipsis : string.Empty;
        var caretEnd = Math.Max(column + 1, Math.Min(column + width, to));
        return (prefix + line.Substring(from, to - from) + suffix, prefix.Length + column - from, caretEnd - column);
    }

    /// <summary>
    /// Blanks up to <paramref name="column"/>, keeping tabs so the caret lines up whatever the tab width.
    /// </summary>
    private static string Indent(string shown, int column)
    {
        var indent = new StringBuilder(column);
        for (var i = 0; i < column; i++)
        {
            indent.Append(i < shown.Length && shown[i] == '\t' ? '\t' : ' ');
        }

        return indent.ToString();
    }
}
