using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Generators.Specs;

/// <summary>The YAML tokens of each closed vocabulary: one table per enum, the only place a token is spelled.</summary>
internal static class Vocabulary
{
    public static readonly TokenTable<EntityKind> EntityKinds = new(
        ("person", EntityKind.Person),
        ("organization", EntityKind.Organization),
        ("media", EntityKind.Media),
        ("country", EntityKind.Country),
        ("region", EntityKind.Region),
        ("city", EntityKind.City),
        ("place", EntityKind.Place));

    public static readonly TokenTable<DeclaredPrecision> DatePrecisions = new(
        ("year", DeclaredPrecision.Year),
        ("month", DeclaredPrecision.Month),
        ("day", DeclaredPrecision.Day),
        ("minute", DeclaredPrecision.Minute),
        ("range", DeclaredPrecision.Range));

    public static readonly TokenTable<DateBasis> DateBases = new(
        ("stated", DateBasis.Stated),
        ("relative", DateBasis.Relative),
        ("inferred", DateBasis.Inferred));

    public static readonly TokenTable<AttributionBasis> AttributionBases = new(
        ("stated", AttributionBasis.Stated),
        ("inferred", AttributionBasis.Inferred),
        ("unknown", AttributionBasis.Unknown));

    public static readonly TokenTable<TextPart> TextParts = new(
        ("body", TextPart.Body),
        ("headline", TextPart.Headline),
        ("caption", TextPart.Caption));

    public static readonly TokenTable<QuoteMode> QuoteModes = new(
        ("direct", QuoteMode.Direct),
        ("partial", QuoteMode.Partial),
        ("indirect", QuoteMode.Indirect));
}

/// <summary>
/// The tokens of one vocabulary and the enum value each stands for, in the order messages list them. A value
/// outside the table (an enum's <c>None</c>) has no token: the YAML can never produce it.
/// </summary>
internal sealed class TokenTable<T>
    where T : struct, Enum
{
    private readonly (string Token, T Value)[] _entries;

    public TokenTable(params (string Token, T Value)[] entries)
    {
        _entries = entries;
        Listed = string.Join(", ", entries.Select(entry => entry.Token));
    }

    /// <summary>Every token, comma-separated, for a message that says which ones are allowed.</summary>
    public string Listed { get; }

    /// <summary>The values, in table order.</summary>
    public IEnumerable<T> Values => _entries.Select(entry => entry.Value);

    public bool TryParse(string token, out T value)
    {
        foreach (var entry in _entries)
        {
            if (entry.Token == token)
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The token for <paramref name="value"/>, as messages quote it.</summary>
    public string TokenOf(T value)
    {
        foreach (var entry in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Value, value))
            {
                return entry.Token;
            }
        }

        // Only a bug can get here (the parser makes no value outside the table); the generator's guard reports it.
        throw new ArgumentOutOfRangeException(nameof(value), value, "no YAML token for this " + typeof(T).Name);
    }
}
