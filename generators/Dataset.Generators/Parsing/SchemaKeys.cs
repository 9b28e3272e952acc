namespace Dataset.Generators.Parsing;

/// <summary>
/// Every key the parser accepts, per kind of mapping. One list each, so the JSON Schemas editors use
/// (<c>articles-yaml/schema/</c>) can be checked against exactly what the generator reads.
/// </summary>
internal static class SchemaKeys
{
    public static readonly string[] Registry = { "entities" };
    public static readonly string[] Entity = { "id", "name", "kind", "aliases", "roles" };
    public static readonly string[] Role = { "title", "article" };

    public static readonly string[] Article =
    {
        "id", "seed", "headline", "published", "dateline", "byline", "publisher", "origin", "editor",
        "body", "captions", "errata", "mentions", "cites", "quotes", "dates", "figures", "unlinked",
    };

    public static readonly string[] Credit = { "entity", "basis", "evidence" };
    public static readonly string[] Caption = { "text", "credit" };
    public static readonly string[] Erratum = { "printed", "intended", "note", "occurrence" };
    public static readonly string[] Mention = { "entity", "as" };
    public static readonly string[] Figure = { "text", "value", "max", "unit", "occurrence" };
    public static readonly string[] Date = { "value", "precision", "basis", "evidence" };
    public static readonly string[] DateMention =
    {
        "text",
        "value",
        "precision",
        "basis",
        "evidence",
        "event",
        "scheduled",
        "occurrence",
    };
    public static readonly string[] Unlinked = { "form", "occurrence", "reason" };

    public static readonly string[] Quote =
    {
        "id",
        "text",
        "in",
        "occurrence",
        "speaker",
        "speaker-description",
        "speaker-basis",
        "speaker-evidence",
        "mode",
        "cue",
        "via",
        "said",
        "same-statement-as",
    };
}
