using System.Text;

namespace Dataset.Generators.Specs;

/// <summary>The closed sets of YAML tokens, and how tokens and ids become C# names.</summary>
internal static class Vocabulary
{
    public static readonly string[] EntityKinds = { "person", "organization", "media", "country", "region", "city", "place" };
    public static readonly string[] DatePrecisions = { "year", "month", "day", "minute", "range" };
    public static readonly string[] DateBases = { "stated", "relative", "inferred" };
    public static readonly string[] AttributionBases = { "stated", "inferred", "unknown" };
    public static readonly string[] QuoteParts = { "body", "headline", "caption" };
    public static readonly string[] QuoteModes = { "direct", "partial", "indirect" };

    /// <summary>
    /// Names a handle on <c>static partial class Entities</c> cannot take: the class's own, object's members,
    /// the types the generated handles are written with (a handle named <c>EntityKind</c> would hide the enum),
    /// and <c>All</c>, the registry list declared beside the handles.
    /// </summary>
    private static readonly string[] ReservedHandles =
    {
        "Entities", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "Entity", "EntityKind", "Role", "All",
    };

    /// <summary>Object's members among <see cref="ReservedHandles"/>, for the message.</summary>
    public static bool IsObjectMember(string handle) => System.Array.IndexOf(ReservedHandles, handle) is >= 1 and <= 7;

    public static bool IsReservedHandle(string handle) => System.Array.IndexOf(ReservedHandles, handle) >= 0;

    /// <summary>kebab-case to PascalCase: <c>sergei-lavrov</c> to <c>SergeiLavrov</c>, <c>news-agency</c> to <c>NewsAgency</c>.</summary>
    public static string PascalCase(string kebab)
    {
        var builder = new StringBuilder(kebab.Length);
        var upper = true;
        foreach (var c in kebab)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Ids are lower-case ASCII words joined by single hyphens, so they are safe as file names and,
    /// for entities (which must start with a letter), as C# identifiers.
    /// </summary>
    public static bool IsKebabId(string value, bool mustStartWithLetter)
    {
        if (value.Length == 0 || value.Length > 100 || value[0] == '-' || value[value.Length - 1] == '-')
        {
            return false;
        }

        if (mustStartWithLetter && !(value[0] >= 'a' && value[0] <= 'z'))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
