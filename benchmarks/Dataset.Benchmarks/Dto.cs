using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Dataset.Benchmarks;

// What a user without the generator would write: plain DTOs mirroring the YAML schema, filled at start-up by a
// parser. They stop at the parsed tree: entity ids stay strings and no index is built, so the runtime variants
// do strictly less work than the generated graph they are compared with.
#pragma warning disable CS8618, SA1402 // DTOs are filled by the deserializers
public sealed class ArticleDto
{
    public string Id { get; set; }
    public string Seed { get; set; }
    public string Headline { get; set; }
    public DateDto Published { get; set; }
    public string? Dateline { get; set; }
    public string? Byline { get; set; }
    public CreditDto Publisher { get; set; }
    public CreditDto Origin { get; set; }
    public CreditDto? Editor { get; set; }
    public string Body { get; set; }
    public List<CaptionDto>? Captions { get; set; }
    public List<ErratumDto>? Errata { get; set; }
    public List<MentionDto> Mentions { get; set; }
    public List<string>? Cites { get; set; }
    public List<QuoteDto>? Quotes { get; set; }
    public List<DateMentionDto>? Dates { get; set; }
    public List<FigureDto>? Figures { get; set; }
}

public class DateDto
{
    public string Value { get; set; }
    public string Precision { get; set; }
    public string Basis { get; set; }
    public string? Evidence { get; set; }
}

public sealed class DateMentionDto : DateDto
{
    public string Text { get; set; }
    public string? Event { get; set; }
    public bool Scheduled { get; set; }
}

public sealed class CreditDto
{
    public string? Entity { get; set; }
    public string Basis { get; set; }
    public string? Evidence { get; set; }
}

public sealed class CaptionDto
{
    public string Text { get; set; }
    public string? Credit { get; set; }
}

public sealed class ErratumDto
{
    public string Printed { get; set; }
    public string? Intended { get; set; }
    public string? Note { get; set; }
}

public sealed class MentionDto
{
    public string Entity { get; set; }
    public List<string> As { get; set; }
}

public sealed class QuoteDto
{
    public string Id { get; set; }
    public string Text { get; set; }
    public string? In { get; set; }
    public string? Speaker { get; set; }
    public string? SpeakerDescription { get; set; }
    public string? SpeakerBasis { get; set; }
    public string? SpeakerEvidence { get; set; }
    public string Mode { get; set; }
    public string? Cue { get; set; }
    public List<string>? Via { get; set; }
    public DateDto? Said { get; set; }
    public List<string>? SameStatementAs { get; set; }
}

public sealed class FigureDto
{
    public string Text { get; set; }
    public decimal Value { get; set; }
    public decimal? Max { get; set; }
    public string Unit { get; set; }
}

public sealed class RegistryDto
{
    public List<EntityDto> Entities { get; set; }
}

public sealed class EntityDto
{
    public string Id { get; set; }
    public string Name { get; set; }
    public string Kind { get; set; }
    public List<string>? Aliases { get; set; }
    public List<RoleDto>? Roles { get; set; }
}

public sealed class RoleDto
{
    public string Title { get; set; }
    public string Article { get; set; }
}
#pragma warning restore CS8618, SA1402

/// <summary>System.Text.Json's source-generated (reflection-free) serializers for the DTOs.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ArticleDto))]
[JsonSerializable(typeof(RegistryDto))]
public sealed partial class DtoJsonContext : JsonSerializerContext
{
}
