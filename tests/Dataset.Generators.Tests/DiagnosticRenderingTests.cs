using System;
using System.Collections.Generic;
using Dataset.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The rendering the diagnostics snapshot is reviewed in: carets under the right characters, and long lines cut
/// around the span (the snapshot's own cases never point into the middle of a long line).
/// </summary>
public class DiagnosticRenderingTests
{
    private const string Path = "/data/long.yaml";

    [Fact]
    public void A_span_deep_in_a_long_line_is_shown_in_a_window_marked_at_both_ends()
    {
        var line = "body: " + new string('a', 300) + "WRONG" + new string('z', 300);
        var column = line.IndexOf("WRONG", StringComparison.Ordinal);

        var rendered = Render(line, new LinePosition(0, column), new LinePosition(0, column + 5));

        var window = line.Substring(column - DiagnosticRendering.ContextBefore, DiagnosticRendering.MaxLineWidth);
        Assert.Equal(
            "long.yaml(1," + (column + 1) + "): error DSG104: The key 'x' is not valid: why\n" +
            "  ..." + window + "...\n" +
            "  " + new string(' ', "...".Length + DiagnosticRendering.ContextBefore) + "^^^^^\n",
            rendered);
    }

    [Fact]
    public void Carets_stop_at_the_end_of_the_line_and_keep_its_tabs()
    {
        var rendered = Render("\tkey: [open\nnext", new LinePosition(0, 6), new LinePosition(1, 2));

        Assert.Equal(
            "long.yaml(1,7): error DSG104: The key 'x' is not valid: why\n  \tkey: [open\n  \t     ^^^^^\n",
            rendered);
    }

    private static string Render(string text, LinePosition start, LinePosition end)
    {
        var lines = new LinePositionSpan(start, end);
        var span = SourceText.From(text).Lines.GetTextSpan(lines);
        var diagnostic = Diagnostic.Create(
            DiagnosticDescriptors.InvalidValue,
            Location.Create(Path, span, lines),
            "The key",
            "x",
            "why");
        return DiagnosticRendering.Render(new[] { diagnostic }, new Dictionary<string, string> { [Path] = text });
    }
}
