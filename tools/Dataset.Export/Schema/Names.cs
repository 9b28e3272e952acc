using System;
using System.Collections.Generic;
using System.Linq;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Export;

/// <summary>
/// The one map from the model's enums to the names the exports, the tool and the site print (<c>person</c>,
/// <c>direct</c>, <c>stated</c>). Written out rather than derived from the C# member names: the exports are a
/// contract, and renaming an enum member must not rename a value in them. A value with no name (an enum's zero,
/// which no record holds) is an error.
/// </summary>
public static class Names
{
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Media => "media",
        EntityKind.Country => "country",
        EntityKind.Region => "region",
        EntityKind.City => "city",
        EntityKind.Place => "place",
        _ => throw Unnamed(kind),
    };

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        DatePrecision.Day => "day",
        DatePrecision.Minute => "minute",
        _ => throw Unnamed(precision),
    };

    public static string Of(DateBasis basis) => basis switch
    {
        DateBasis.Stated => "stated",
        DateBasis.Relative => "relative",
        DateBasis.Inferred => "inferred",
        _ => throw Unnamed(basis),
    };

    public static string Of(AttributionBasis basis) => basis switch
    {
        AttributionBasis.Unknown => "unknown",
        AttributionBasis.Stated => "stated",
        AttributionBasis.Inferred => "inferred",
        _ => throw Unnamed(basis),
    };

    public static string Of(TextPart part) => part switch
    {
        TextPart.Body => "body",
        TextPart.Headline => "headline",
        TextPart.Caption => "caption",
        TextPart.Dateline => "dateline",
        TextPart.Byline => "byline",
        _ => throw Unnamed(part),
    };

    public static string Of(QuoteMode mode) => mode switch
    {
        QuoteMode.Direct => "direct",
        QuoteMode.Partial => "partial",
        QuoteMode.Indirect => "indirect",
        _ => throw Unnamed(mode),
    };

    public static string Of(ReportingRole role) => role switch
    {
        ReportingRole.Speaker => "speaker",
        ReportingRole.Relay => "relay",
        ReportingRole.Origin => "origin",
        ReportingRole.Publisher => "publisher",
        _ => throw Unnamed(role),
    };

    /// <summary>The kinds an entity can have, by name, in the enum's order (what <c>--kind</c> accepts).</summary>
    public static IReadOnlyList<string> EntityKinds { get; } =
        Enum.GetValues<EntityKind>().Where(kind => kind != EntityKind.None).Select(Of).ToList();

    private static ArgumentOutOfRangeException Unnamed<T>(T value)
        where T : struct, Enum =>
        new(nameof(value), value, typeof(T).Name + " has no name for this value");
}
