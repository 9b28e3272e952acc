using System;
using System.Collections.Generic;
using System.IO;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Utilities;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dataset.Generators.Parsing;

/// <summary>What a YAML node is: a scalar, a mapping or a list.</summary>
internal enum NodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>A YAML node with its span. Lives only inside the parse step.</summary>
internal sealed class Node
{
    public Node(
        NodeKind kind,
        LocationInfo location,
        string value = "",
        ScalarStyle style = ScalarStyle.Any,
        string? source = null)
    {
        Kind = kind;
        Location = location;
        Value = value;
        Style = style;
        Source = source;
    }

    public NodeKind Kind { get; }

    public LocationInfo Location { get; internal set; }

    /// <summary>The scalar's text (empty for collections).</summary>
    public string Value { get; }

    /// <summary>
    /// How a scalar is written: plain, quoted, or a literal (<c>|</c>) or folded (<c>&gt;</c>) block; <c>Any</c> for
    /// collections.
    /// </summary>
    public ScalarStyle Style { get; }

    /// <summary>True for an unquoted scalar, the only style in which <c>null</c> or <c>~</c> mean "no value".</summary>
    public bool IsPlain => Style == ScalarStyle.Plain;

    /// <summary>
    /// The text of the file a scalar was read from (the same instance for every node), for <see cref="ScalarOrigin"/>.
    /// </summary>
    public string? Source { get; }

    public List<KeyValuePair<Node, Node>> Pairs { get; } = new();

    /// <summary>The keys of a mapping so far, so a repeated one is found in constant time.</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public List<Node> Items { get; } = new();

    /// <summary>
    /// A plain scalar YAML reads as null (the core schema's forms): empty, <c>~</c>, <c>null</c>, <c>Null</c>,
    /// <c>NULL</c>.
    /// </summary>
    public bool IsNull =>
        Kind == NodeKind.Scalar && IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    public string Describe() =>
        Kind switch
        {
            NodeKind.Mapping => "mapping",
            NodeKind.Sequence => "list",
            _ => IsNull ? "null" : "scalar",
        };
}

/// <summary>
/// Reads YAML text into a <see cref="Node"/> tree from YamlDotNet's event stream, so every node keeps
/// its exact span and the dataset's restrictions (one document, no directives, anchors or tags, unique keys,
/// bounded depth) are checked where they occur.
/// </summary>
internal static class YamlTree
{
    public const int MaxDepth = 32;

    public static Node? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Node>();
        var pendingKeys = new Stack<Node?>();
        Node? root = null;
        var documents = 0;
        var lastRead = Mark.Empty;

        try
        {
            while (Next(parser))
            {
                var current = parser.Current!;
                lastRead = current.End;
                switch (current)
                {
                    case DocumentStart start:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Report(
                                DiagnosticDescriptors.MultipleDocuments,
                                Locate(path, start.Start, start.End));
                            return null;
                        }

                        // Directives (%YAML, %TAG, and reserved ones YamlDotNet skips without a trace) stand before an
                        // explicit '---': only comments, blank lines and directives can precede it.
                        if (!start.IsImplicit && Directive(text, (int)start.End.Index) is { } directive)
                        {
                            diagnostics.Report(
                                DiagnosticDescriptors.UnsupportedDirective,
                                LocationInfo.Range(path, text, directive.Start, directive.Length),
                                text.Substring(directive.Start, directive.Length));
                            return null;
                        }

                        break;

                    case AnchorAlias alias:
                        diagnostics.Report(
                            DiagnosticDescriptors.AnchorsNotSupported,
                            Locate(path, alias.Start, alias.End),
                            "aliases (*" + alias.Value + ")");
                        return null;

                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Report(
                            DiagnosticDescriptors.AnchorsNotSupported,
                            Locate(path, node.Start, node.End),
                            "anchors (&" + node.Anchor.Value + ")");
                        return null;

                    // A tag (!!str, !!binary, !custom, a lone '!') would ask for a type the dataset does not have:
                    // every value is its text.
                    case NodeEvent node when !node.Tag.IsEmpty:
                        var tag = Token(text, (int)node.Start.Index);
                        diagnostics.Report(
                            DiagnosticDescriptors.UnsupportedTag,
                            LocationInfo.Range(path, text, (int)node.Start.Index, tag.Length),
                            tag);
                        return null;

                    case Scalar scalar:
                        var leaf = new Node(
                            NodeKind.Scalar,
                            Locate(path, scalar.Start, scalar.End),
                            scalar.Value,
                            scalar.Style,
                            text);
                        if (!Attach(leaf, stack, pendingKeys, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;

                    case MappingStart
                    or SequenceStart:
                        var collection = new Node(
                            current is MappingStart ? NodeKind.Mapping : NodeKind.Sequence,
                            Locate(path, current.Start, current.End));
                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Report(
                                DiagnosticDescriptors.NestingTooDeep,
                                collection.Location,
                                MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                            return null;
                        }

                        if (!Attach(collection, stack, pendingKeys, ref root, diagnostics))
                        {
                            return null;
                        }

                        stack.Push(collection);
                        pendingKeys.Push(null);
                        break;

                    case MappingEnd or SequenceEnd:
                        var done = stack.Pop();
                        pendingKeys.Pop();
                        done.Location = Span(done.Location, current.End);
                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            diagnostics.Report(
                DiagnosticDescriptors.YamlSyntax,
                ErrorLocation(path, text, exception),
                TrimMessage(exception.Message));
            return null;
        }
        catch (UnreadableYamlException)
        {
            diagnostics.Report(
                DiagnosticDescriptors.YamlSyntax,
                Locate(path, lastRead, lastRead),
                "the YAML cannot be read past this point");
            return null;
        }

        return root;
    }

    /// <summary>
    /// The next event. YamlDotNet can fail on some malformed input without a YamlException (an unclosed flow list
    /// whose plain scalar runs into the next line throws InvalidOperationException): that is still bad syntax,
    /// found after the last thing read. Only the parser's own call is caught, so a bug of ours stays a DSG901.
    /// </summary>
    private static bool Next(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception exception)
            when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new UnreadableYamlException();
        }
    }

    private sealed class UnreadableYamlException : Exception
    {
    }

    /// <summary>
    /// The first directive line (<c>%...</c>) that starts before <paramref name="end"/> (the end of the '---'), as its
    /// start and the length of its name.
    /// </summary>
    private static (int Start, int Length)? Directive(string text, int end)
    {
        for (var lineStart = 0;
            lineStart < end && lineStart < text.Length;
            lineStart = text.IndexOf('\n', lineStart) is var next and >= 0 ? next + 1 : text.Length)
        {
            if (text[lineStart] == '%')
            {
                return (lineStart, Token(text, lineStart).Length);
            }
        }

        return null;
    }

    /// <summary>
    /// The text from <paramref name="start"/> to the next white space or end of text: a tag or directive name as
    /// written.
    /// </summary>
    private static string Token(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>
    /// Puts a finished node in its parent: as a key, as the value of the pending key, or as a list item.
    /// </summary>
    private static bool Attach(
        Node node,
        Stack<Node> stack,
        Stack<Node?> pendingKeys,
        ref Node? root,
        DiagnosticBag diagnostics)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var parent = stack.Peek();
        if (parent.Kind == NodeKind.Sequence)
        {
            parent.Items.Add(node);
            return true;
        }

        var key = pendingKeys.Pop();
        if (key is null)
        {
            if (node.Kind != NodeKind.Scalar)
            {
                diagnostics.Report(DiagnosticDescriptors.ComplexKey, node.Location);
                return false;
            }

            if (!parent.Keys.Add(node.Value))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateKey, node.Location, node.Value);
                return false;
            }

            pendingKeys.Push(node);
            return true;
        }

        parent.Pairs.Add(new KeyValuePair<Node, Node>(key, node));
        pendingKeys.Push(null);
        return true;
    }

    /// <summary>
    /// Where a syntax error is. YamlDotNet marks a stray tab from the end of the scalar before it; point at the
    /// tab itself, which is what the curator must delete.
    /// </summary>
    private static LocationInfo ErrorLocation(string path, string text, YamlException exception)
    {
        if (exception.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0
            && exception.Start.Index < text.Length)
        {
            var tab = text.IndexOf('\t', (int)exception.Start.Index);
            if (tab >= 0 && tab <= exception.End.Index)
            {
                return LocationInfo.At(path, text, tab);
            }
        }

        return Locate(path, exception.Start, exception.End);
    }

    private static LocationInfo Locate(string path, Mark start, Mark end) => new(
        path,
        TextSpan.FromBounds((int)start.Index, Math.Max((int)start.Index, (int)end.Index)),
        new LinePositionSpan(Position(start), Position(end)));

    private static LocationInfo Span(LocationInfo from, Mark end) => new(
        from.FilePath,
        TextSpan.FromBounds(from.Span.Start, Math.Max(from.Span.Start, (int)end.Index)),
        new LinePositionSpan(from.LineSpan.Start, Position(end)));

    // YamlDotNet marks are 1-based; Roslyn line positions are 0-based.
    private static LinePosition Position(Mark mark) =>
        new(Math.Max(0, (int)mark.Line - 1), Math.Max(0, (int)mark.Column - 1));

    // YamlDotNet prefixes messages with the mark ("(Line: 3, Col: 5, ...): "); the diagnostic location says that
    // already.
    private static string TrimMessage(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        var text = message.StartsWith("(", StringComparison.Ordinal) && cut > 0 ? message.Substring(cut + 3) : message;
        return text.TrimEnd('.');
    }
}
