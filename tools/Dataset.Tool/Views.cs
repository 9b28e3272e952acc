using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Dataset.Tool;

// What --json prints: plain records with stable field names, serialized by a source-generated context.
public sealed record DateView(string Value, string Precision, bool IsRange, string Basis, string? Evidence);

public sealed record ArticleSummary(string Id, DateView Published, string Headline, string? Publisher, string? Origin, int Quotes);

public sealed record ArticleView(
    string Id, string Headline, DateView Published, string? Dateline, string? Byline, AttributionView Publisher, AttributionView Origin, AttributionView? Editor,
    IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Captions, IReadOnlyList<ErratumView> Errata, IReadOnlyList<string> Mentions,
    IReadOnlyList<QuoteView> Quotes, IReadOnlyList<DateMentionView> Dates, IReadOnlyList<FigureView> Figures);

/// <summary>A speaker or a credit: the entity id, or the description of an unnamed party, and how it is known.</summary>
public sealed record AttributionView(string? Entity, string? Description, string Name, string Basis, string? Evidence);

public sealed record ErratumView(string Printed, string? Intended, string? Note);

public sealed record EntityView(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, int Mentions, int Quotes);

public sealed record QuoteView(
    string Key, string Text, string Mode, string Part, AttributionView Speaker,
    string? Cue, IReadOnlyList<string> Relays, DateView? StatementDate, IReadOnlyList<string> OtherCopies);

public sealed record DateMentionView(string Article, string Text, DateView Date, string? Event, bool Scheduled);

public sealed record FigureView(string Text, decimal Minimum, decimal Maximum, bool IsRange, string Unit);

public sealed record SearchHit(string Article, string Where, string Text);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<ArticleSummary>))]
[JsonSerializable(typeof(ArticleView))]
[JsonSerializable(typeof(List<EntityView>))]
[JsonSerializable(typeof(List<QuoteView>))]
[JsonSerializable(typeof(List<DateMentionView>))]
[JsonSerializable(typeof(List<SearchHit>))]
internal sealed partial class ViewJson : JsonSerializerContext
{
}
