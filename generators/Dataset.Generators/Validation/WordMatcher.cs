using System.Collections.Generic;
using System.Globalization;

namespace Dataset.Generators.Validation;

/// <summary>A whole-word match: where it starts and how long it is in the text scanned, and which form it is.</summary>
internal readonly record struct WordMatch(int Start, int Length, int Form);

/// <summary>
/// Finds whole-word occurrences of a set of forms (entity names and aliases) in one pass over a text. A form occurs
/// as a whole word where the characters just before and just after it are not word characters (letters, digits,
/// combining marks); where matches overlap, the leftmost wins, then the longest ("Serguei Lavrov" over "Lavrov"
/// inside it). Forms are indexed by their first word, so a scan costs one lookup a word, however many forms there are.
/// </summary>
internal sealed class WordMatcher
{
    private readonly string[] _forms;

    /// <summary>
    /// For each form, the length of its leading run of word characters (0 when it starts with another character).
    /// </summary>
    private readonly int[] _leadingWord;

    /// <summary>Forms that start with a word character, by the hash of that first word.</summary>
    private readonly Dictionary<int, List<int>> _byFirstWord = new();

    /// <summary>Forms that start with another character ("(OSCE)"), by that character.</summary>
    private readonly Dictionary<char, List<int>> _byFirstCharacter = new();

    /// <param name="forms">The forms; a match's <see cref="WordMatch.Form"/> is an index into it. Empty forms match
    /// nothing; of equal forms the first is matched.</param>
    public WordMatcher(IReadOnlyList<string> forms)
    {
        _forms = new string[forms.Count];
        _leadingWord = new int[forms.Count];
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            _forms[i] = form;
            if (form.Length == 0)
            {
                continue;
            }

            var run = 0;
            var hash = 0;
            while (run < form.Length && IsWordCharacter(form[run]))
            {
                hash = Hash(hash, form[run++]);
            }

            _leadingWord[i] = run;
            if (run > 0)
            {
                Add(_byFirstWord, hash, i);
            }
            else
            {
                Add(_byFirstCharacter, form[0], i);
            }
        }
    }

    /// <summary>A letter, a digit or a combining mark: a character that continues a word.</summary>
    public static bool IsWordCharacter(char character) =>
        character < 128
            ? (uint)((character | 0x20) - 'a') <= 'z' - 'a' || (uint)(character - '0') <= 9
            : char.IsLetterOrDigit(character)
                || char.GetUnicodeCategory(character)
                    is UnicodeCategory.NonSpacingMark
                        or UnicodeCategory.SpacingCombiningMark
                        or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// True when the <paramref name="length"/> characters at <paramref name="start"/> are a whole word of
    /// <paramref name="text"/>.
    /// </summary>
    public static bool IsWholeWord(string text, int start, int length) =>
        (start == 0 || !IsWordCharacter(text[start - 1]))
        && (start + length == text.Length || !IsWordCharacter(text[start + length]));

    /// <summary>
    /// Adds every match in <paramref name="text"/> to <paramref name="matches"/>, leftmost-longest, in order.
    /// </summary>
    public void Scan(string text, List<WordMatch> matches)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (i > 0 && IsWordCharacter(text[i - 1]))
            {
                i++;
                continue;
            }

            var best = -1;
            var next = i + 1;
            if (IsWordCharacter(text[i]))
            {
                // The word starting here: a form can start here only if its first word is this whole word.
                var end = i;
                var hash = 0;
                while (end < text.Length && IsWordCharacter(text[end]))
                {
                    hash = Hash(hash, text[end++]);
                }

                if (_byFirstWord.TryGetValue(hash, out var candidates))
                {
                    best = Longest(text, i, candidates, end - i);
                }

                next = end; // no word starts inside this one
            }
            else if (_byFirstCharacter.TryGetValue(text[i], out var candidates))
            {
                best = Longest(text, i, candidates, 0);
            }

            if (best >= 0)
            {
                matches.Add(new WordMatch(i, _forms[best].Length, best));
                i += _forms[best].Length;
            }
            else
            {
                i = next;
            }
        }
    }

    /// <summary>
    /// The longest of <paramref name="candidates"/> that is a whole word at <paramref name="start"/>, or -1.
    /// </summary>
    private int Longest(string text, int start, List<int> candidates, int leadingWord)
    {
        var best = -1;
        foreach (var candidate in candidates)
        {
            var form = _forms[candidate];
            if (_leadingWord[candidate] == leadingWord
                && (best < 0 || form.Length > _forms[best].Length)
                && start + form.Length <= text.Length
                && string.CompareOrdinal(text, start, form, 0, form.Length) == 0
                && IsWholeWord(text, start, form.Length))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static int Hash(int hash, char character) => unchecked((hash * 31) + character);

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int form)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var forms))
        {
            index.Add(key, forms = new List<int>());
        }

        forms.Add(form);
    }
}
