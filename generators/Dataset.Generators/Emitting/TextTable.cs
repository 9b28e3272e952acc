using System.Collections.Generic;

namespace Dataset.Generators.Emitting;

/// <summary>
/// How an article's strings are written. As C# literals they land in the assembly's user-string heap, which
/// holds 16 MiB in all: a few thousand articles fill it. Where the target has UTF-8 literals (C# 11 and
/// <c>ReadOnlySpan&lt;byte&gt;</c>), each article instead keeps its texts as UTF-8 data, decoded once into a
/// table the first time the article is built; the code refers to <c>t[i]</c>.
/// </summary>
internal sealed class TextTable
{
    private readonly bool _utf8;
    private readonly List<string> _values = new();
    private readonly Dictionary<string, int> _indexes = new(System.StringComparer.Ordinal);

    public TextTable(bool utf8) => _utf8 = utf8;

    public IReadOnlyList<string> Values => _values;

    /// <summary>An expression for <paramref name="value"/>: a literal, or its slot in the table.</summary>
    public string Ref(string value)
    {
        // An empty string costs nothing as a literal; a lone surrogate has no UTF-8 form, so it stays a literal too.
        if (!_utf8 || value.Length == 0 || HasLoneSurrogate(value))
        {
            return Literals.String(value);
        }

        if (!_indexes.TryGetValue(value, out var index))
        {
            index = _values.Count;
            _values.Add(value);
            _indexes.Add(value, index);
        }

        return "t[" + Literals.Number(index) + "]";
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
