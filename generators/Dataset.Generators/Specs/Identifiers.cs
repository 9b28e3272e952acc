using System;
using System.Text;

namespace Dataset.Generators.Specs;

/// <summary>How ids are written, and how an entity id becomes its C# handle on <c>Entities</c>.</summary>
internal static class Identifiers
{
    /// <summary>The members every C# object has: a handle of one of these names would hide it.</summary>
    private static readonly string[] ObjectMembers =
    {
        "Equals",
        "ReferenceEquals",
        "GetHashCode",
        "GetType",
        "ToString",
        "MemberwiseClone",
        "Finalize",
    };

    /// <summary>
    /// The dataset types the generated handles are written with: a handle named <c>EntityKind</c> would hide the enum.
    /// </summary>
    private static readonly string[] HandleTypes = { "Entity", "EntityKind", "Role" };

    /// <summary>The class that holds the handles, which a handle cannot be named after.</summary>
    public const string HandleClass = "Entities";

    /// <summary>The registry list declared beside the handles (<c>Entities.All</c>).</summary>
    public const string EveryEntity = "All";

    /// <summary>
    /// kebab-case to PascalCase: <c>sergei-lavrov</c> to <c>SergeiLavrov</c>, <c>news-agency</c> to <c>NewsAgency</c>.
    /// </summary>
    public static string Handle(string entityId)
    {
        var builder = new StringBuilder(entityId.Length);
        var upper = true;
        foreach (var character in entityId)
        {
            if (character == '-')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(character) : character);
            upper = false;
        }

        return builder.ToString();
    }

    public static bool IsObjectMember(string handle) => Array.IndexOf(ObjectMembers, handle) >= 0;

    /// <summary>
    /// A name a handle on <c>static partial class Entities</c> cannot take: the class's own, object's members, the
    /// registry list beside the handles, and the types the handles are written with.
    /// </summary>
    public static bool IsReservedHandle(string handle) =>
        handle == HandleClass
        || IsObjectMember(handle)
        || handle == EveryEntity
        || Array.IndexOf(HandleTypes, handle) >= 0;

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
            var character = value[i];
            var allowed =
                (character >= 'a' && character <= 'z')
                || (character >= '0' && character <= '9')
                || (character == '-' && value[i - 1] != '-');
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
