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

    /// <summary>An inline array of already-written C# expressions; no elements is <c>Array.Empty</c>.</summary>
    public static string Array(string elementType, System.Collections.Generic.IEnumerable<string> elements)
    {
        var joined = string.Join(", ", elements);
        return joined.Length == 0 ? "global::System.Array.Empty<" + elementType + ">()" : "new " + elementType + "[] { " + joined + " }";
    }

    /// <summary>An integer literal, the same on every machine whatever its culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal literal; the parser only admits plain digits with at most one dot.</summary>
    public static string Decimal(string value) => value + "m";

    /// <summary>Text safe inside a <c>//</c> or <c>///</c> comment and XML doc: one line, XML-escaped, no control or format characters.</summary>
    public static string CommentText(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            var category = char.GetUnicodeCategory(character);
            if (char.IsControl(character) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
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

    /// <summary>
    /// A member of the package's enum of the same name, written from the generator's mirror of it (same names and
    /// values, see Specs/Enums.cs): <c>TextPart.Headline</c>.
    /// </summary>
    public static string EnumMember<T>(T value)
        where T : struct, System.Enum => typeof(T).Name + "." + value.ToString();

    /// <summary>The name of the method that returns an article's record (kebab-case ids make this a valid identifier).</summary>
    public static string RecordMethod(string articleId) => "Record_" + articleId.Replace('-', '_');
}
