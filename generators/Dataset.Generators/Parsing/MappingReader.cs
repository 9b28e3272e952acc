using System;
using System.Collections.Generic;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Parsing;

/// <summary>
/// Reads one YAML mapping against the keys the schema allows. Every problem is reported at the node
/// that has it, to the file's <see cref="DiagnosticBag"/>; a reader method returns null (or an empty list) for
/// what it could not read, so the caller builds a spec only from a clean file.
/// </summary>
internal sealed class MappingReader
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Node _node;
    private readonly string _what;

    private MappingReader(DiagnosticBag diagnostics, Node node, string what)
    {
        _diagnostics = diagnostics;
        _node = node;
        _what = what;
    }

    public LocationInfo Location => _node.Location;

    /// <summary>"The article" as it reads inside a sentence: "in the article".</summary>
    private static string MidSentence(string what) =>
        what.Length == 0 ? what : char.ToLowerInvariant(what[0]) + what.Substring(1);

    /// <summary>The fix a null value's message ends with, for a key's value.</summary>
    private const string NullKeyFix =
        "write the value, or leave the key out where the data dictionary makes it optional (the word itself is "
        + "written \"null\", quoted)";

    /// <summary>The fix a null value's message ends with, for a list item.</summary>
    private const string NullItemFix = "write the item, or remove it from the list";

    /// <summary>
    /// Opens <paramref name="node"/> as a mapping that may hold only <paramref name="keys"/>. An unknown key, and a
    /// known key written with no value (null), are reported here, once, whether or not a reader method asks for the
    /// key.
    /// </summary>
    public static MappingReader? Open(DiagnosticBag diagnostics, Node node, string what, params string[] keys)
    {
        if (node.IsNull)
        {
            diagnostics.Report(DiagnosticDescriptors.NullValue, node.Location, what, NullItemFix);
            return null;
        }

        if (node.Kind != NodeKind.Mapping)
        {
            diagnostics.Report(
                DiagnosticDescriptors.WrongNodeKind,
                node.Location,
                what,
                "a mapping (key: value lines)",
                node.Describe());
            return null;
        }

        foreach (var pair in node.Pairs)
        {
            if (Array.IndexOf(keys, pair.Key.Value) < 0)
            {
                diagnostics.Report(
                    DiagnosticDescriptors.UnknownKey,
                    pair.Key.Location,
                    pair.Key.Value,
                    MidSentence(what),
                    string.Join(", ", keys),
                    ClosestName.Suggestion(pair.Key.Value, keys));
            }
            else if (pair.Value.IsNull)
            {
                diagnostics.Report(
                    DiagnosticDescriptors.NullValue,
                    pair.Key.Location,
                    what + " '" + pair.Key.Value + "'",
                    NullKeyFix);
            }
        }

        return new MappingReader(diagnostics, node, what);
    }

    /// <summary>A value as a message quotes it: the first 40 characters of a long one.</summary>
    public static string Preview(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";

    /// <summary>
    /// The value node of <paramref name="key"/>, or null when the key is absent or written as null (reported by
    /// <see cref="Open"/>).
    /// </summary>
    public Node? Value(string key) => Pair(key) is { } value && !value.IsNull ? value : null;

    /// <summary>
    /// The value node of <paramref name="key"/> as written, null included; null when the key is absent.
    /// </summary>
    private Node? Pair(string key)
    {
        foreach (var pair in _node.Pairs)
        {
            if (pair.Key.Value == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public Located? OptionalString(string key) =>
        Value(key) is { } node ? AsString(node, _what + " '" + key + "'") : null;

    /// <summary>
    /// A non-empty string; <paramref name="whenMissing"/> names the mapping in the message when it is conditionally
    /// required.
    /// </summary>
    public Located? RequiredString(string key, string? whenMissing = null)
    {
        var node = Required(key, whenMissing);
        if (node is null)
        {
            return null;
        }

        return AsString(node, _what + " '" + key + "'");
    }

    /// <summary>
    /// A printed text of the article (headline, dateline, byline, body, caption), required and non-empty, with its
    /// <see cref="TextOrigin"/> when each character's place in the file is known.
    /// </summary>
    public Located? RequiredText(string key) => WithOrigin(key, RequiredString(key));

    /// <summary>An optional printed text, as <see cref="RequiredText"/>.</summary>
    public Located? OptionalText(string key) => WithOrigin(key, OptionalString(key));

    private Located? WithOrigin(string key, Located? value) =>
        value is { } text && Value(key) is { } node ? text with { Origin = ScalarOrigin.Of(node) } : value;

    /// <summary>A whole number from 1 (<c>occurrence: 2</c>), written plainly.</summary>
    public Located<int>? PositiveNumber(string key)
    {
        if (OptionalString(key) is not { } number)
        {
            return null;
        }

        var value = 0;
        var valid = number.Value.Length is > 0 and <= 6 && number.Value[0] != '0';
        foreach (var digit in number.Value)
        {
            valid &= digit >= '0' && digit <= '9';
            value = valid ? (value * 10) + (digit - '0') : 0;
        }

        if (!valid)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidValue,
                number.Location,
                _what + " '" + key + "'",
                number.Value,
                "write a whole number from 1, the place of the copy in reading order");
            return null;
        }

        return new Located<int>(value, number.Location);
    }

    /// <summary>A kebab-case id (see <see cref="Identifiers.IsKebabId"/>).</summary>
    public Located? Id(string key, bool required, bool mustStartWithLetter = false)
    {
        var value = required ? RequiredString(key) : OptionalString(key);
        if (value is { } id && !Identifiers.IsKebabId(id.Value, mustStartWithLetter))
        {
            var rule = mustStartWithLetter
                ? "use lower-case letters, digits and single hyphens, starting with a letter (sergei-lavrov)"
                : "use lower-case letters, digits and single hyphens (2008-08-21-lavrov-says, "
                    + "not-going-to-slam-the-door)";
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidValue,
                id.Location,
                _what + " '" + key + "'",
                id.Value,
                rule);
            return null;
        }

        return value;
    }

    /// <summary>A token of a closed vocabulary, parsed into its enum value.</summary>
    public Located<T>? Token<T>(string key, TokenTable<T> vocabulary, bool required = true)
        where T : struct, Enum
    {
        if ((required ? RequiredString(key) : OptionalString(key)) is not { } token)
        {
            return null;
        }

        if (!vocabulary.TryParse(token.Value, out var value))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidValue,
                token.Location,
                _what + " '" + key + "'",
                token.Value,
                "use one of " + vocabulary.Listed);
            return null;
        }

        return new Located<T>(value, token.Location);
    }

    public bool Bool(string key)
    {
        if (Value(key) is not { } node)
        {
            return false;
        }

        if (node.Kind == NodeKind.Scalar && node.IsPlain && (node.Value == "true" || node.Value == "false"))
        {
            return node.Value == "true";
        }

        _diagnostics.Report(
            DiagnosticDescriptors.InvalidValue,
            node.Location,
            _what + " '" + key + "'",
            node.Value,
            "write true or false");
        return false;
    }

    /// <summary>
    /// A decimal number written plainly (<c>2000</c>, <c>62.3030</c>); kept as its literal so no digit is lost.
    /// </summary>
    public Located? Decimal(string key, bool required)
    {
        var value = required ? RequiredString(key) : OptionalString(key);
        if (value is { } number && !IsDecimalLiteral(number.Value))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidValue,
                number.Location,
                _what + " '" + key + "'",
                number.Value,
                "write a plain number such as 2000 or 62.3030, without separators or units");
            return null;
        }

        return value;
    }

    /// <summary>A list of items; an absent key is an empty list.</summary>
    public EquatableArray<T> List<T>(string key, Func<Node, T?> readItem, bool required = false)
        where T : class, IEquatable<T>
    {
        if (Sequence(key, required) is not { } node)
        {
            return EquatableArray<T>.Empty;
        }

        var items = new List<T>(node.Items.Count);
        foreach (var item in node.Items)
        {
            if (readItem(item) is { } read)
            {
                items.Add(read);
            }
        }

        return new EquatableArray<T>(items.ToArray());
    }

    /// <summary>
    /// A list of scalars (ids, forms, quote keys); an absent key is an empty list. A list that is a set
    /// (<paramref name="isSet"/>) names each item once: a repeat is reported at the later one and left out.
    /// </summary>
    public EquatableArray<Located> Strings(string key, bool ids = false, bool isSet = true)
    {
        if (Sequence(key, required: false) is not { } node)
        {
            return EquatableArray<Located>.Empty;
        }

        var items = new List<Located>(node.Items.Count);
        var seen = new Dictionary<string, Located>(StringComparer.Ordinal);
        foreach (var item in node.Items)
        {
            if (AsString(item, _what + " '" + key + "' item") is { } value)
            {
                if (ids && !Identifiers.IsKebabId(value.Value, mustStartWithLetter: true))
                {
                    _diagnostics.Report(
                        DiagnosticDescriptors.InvalidValue,
                        value.Location,
                        _what + " '" + key + "' item",
                        value.Value,
                        "write an entity id such as sergei-lavrov");
                    continue;
                }

                if (isSet && seen.TryGetValue(value.Value, out var first))
                {
                    _diagnostics.Report(
                        DiagnosticDescriptors.DuplicateItem,
                        value.Location,
                        "'" + value.Value + "'",
                        MidSentence(_what) + " '" + key + "'",
                        first.Location.DisplayLine);
                    continue;
                }

                seen[value.Value] = value;
                items.Add(value);
            }
        }

        return new EquatableArray<Located>(items.ToArray());
    }

    /// <summary>
    /// The list under <paramref name="key"/>, or null when it is absent or not a list (reported). An optional list
    /// written empty (<c>[]</c>) says nothing the absent key does not: it is reported, since the dictionary does not
    /// define it.
    /// </summary>
    private Node? Sequence(string key, bool required)
    {
        var node = required ? Required(key) : Value(key);
        if (node is not null && node.Kind != NodeKind.Sequence)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.WrongNodeKind,
                node.Location,
                _what + " '" + key + "'",
                "a list",
                node.Describe());
            return null;
        }

        if (node is { Items.Count: 0 } && !required)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidValue,
                node.Location,
                _what + " '" + key + "'",
                "[]",
                "an empty list says no more than an absent key; remove the key");
            return null;
        }

        return node;
    }

    /// <summary>
    /// The value of a required key; an absent key is reported, a key written null was reported by <see cref="Open"/>.
    /// </summary>
    public Node? Required(string key, string? whenMissing = null)
    {
        var node = Value(key);
        if (node is null && Pair(key) is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.MissingKey, _node.Location, whenMissing ?? _what, key);
        }

        return node;
    }

    /// <summary>
    /// A scalar's text, exactly as YAML reads it (a plain <c>2008</c> or <c>true</c> is that text: the dataset applies
    /// no implicit types). Null, blank and white-space-padded text is reported: the dictionary defines none of them,
    /// and the generator never trims what it is given.
    /// </summary>
    private Located? AsString(Node node, string what)
    {
        if (node.IsNull)
        {
            _diagnostics.Report(DiagnosticDescriptors.NullValue, node.Location, what, NullItemFix);
            return null;
        }

        if (node.Kind != NodeKind.Scalar)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.WrongNodeKind,
                node.Location,
                what,
                "a text value",
                node.Describe());
            return null;
        }

        var text = node.Value;
        if (text.Trim().Length == 0)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidValue,
                node.Location,
                what,
                text,
                "it is empty or only white space; write the text, or remove it where the data dictionary makes it "
                + "optional");
            return null;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidValue,
                node.Location,
                what,
                Preview(text),
                "it begins or ends with white space (a space, tab or line break), which the generator never trims; "
                + "remove it (a block scalar keeps its final line break unless its indicator ends in '-', as in '|-')");
            return null;
        }

        return new Located(text, node.Location);
    }

    private static bool IsDecimalLiteral(string text)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var digits = 0;
        var dot = false;
        for (; i < text.Length; i++)
        {
            if (text[i] >= '0' && text[i] <= '9')
            {
                digits++;
            }
            else if (text[i] == '.' && !dot && digits > 0)
            {
                dot = true;
                digits = 0;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && digits <= 28;
    }
}
