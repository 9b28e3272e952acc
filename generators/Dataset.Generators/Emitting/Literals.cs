using System.Globalization;
using System.Text;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Data to C# text. Every string from YAML goes through here, so nothing a curator writes can end a
/// literal or a comment early, or smuggle in a line break, a bidi control or a preprocessor directive.
/// </summary>
internal static class Literals
{
    /// <summary>A regular C# string literal. Only printable ASCII is written as itself; all else is escaped.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (character >= ' ' && character <= '~')
                    {
                        builder.Append(character);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>An integer literal, the same on every machine whatever its culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text safe inside a <c>//</c> or <c>///</c> comment and XML doc: one line, XML-escaped, no control or format
    /// characters.
    /// </summary>
    public static string CommentText(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            var category = char.GetUnicodeCategory(character);
            if (char.IsControl(character)
                || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
            {
                builder.Append(' ');
                continue;
            }

            builder.Append(character switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }
}
