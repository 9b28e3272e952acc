using System;
using System.Collections.Generic;
using System.Text;

namespace Dataset.Site;

/// <summary>
/// An HTML file with <c>{{name}}</c> slots (<c>Assets/page.html</c>), filled in one pass: a value is written as given
/// (encode it first) and never read for slots itself, so text from the data cannot fill or open a slot.
/// </summary>
internal sealed class Template
{
    private const string Open = "{{", Close = "}}";

    // The template cut at its slots: literal text, and the slot that follows it (null after the last).
    private readonly List<(string Text, string? Slot)> _pieces = new();

    public Template(string html)
    {
        var at = 0;
        int start;
        while ((start = html.IndexOf(Open, at, StringComparison.Ordinal)) >= 0)
        {
            var end = html.IndexOf(Close, start, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new FormatException("a slot opened at " + start + " is not closed");
            }

            _pieces.Add((html[at..start], html[(start + Open.Length)..end]));
            at = end + Close.Length;
        }

        _pieces.Add((html[at..], null));
    }

    /// <summary>The template with each slot replaced by its value; a slot without a value is an error.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var html = new StringBuilder();
        foreach (var (text, slot) in _pieces)
        {
            html.Append(text);
            if (slot is not null)
            {
                html.Append(values.TryGetValue(slot, out var value)
                    ? value
                    : throw new KeyNotFoundException("no value for {{" + slot + "}}"));
            }
        }

        return html.ToString();
    }
}
