using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool.Commands;

/// <summary><c>entities [--kind k]</c>: the registry, with how often each entity is mentioned and quoted.</summary>
internal static class EntitiesCommand
{
    public static Command Create(CommandOutput output)
    {
        // EntityKind.None is only default(EntityKind): no entity has it, so it is not offered.
        var kind = new Option<string?>("--kind")
        {
            Description = "Only this kind: " + string.Join(", ", Names.EntityKinds),
        };
        kind.AcceptOnlyFromAmong(Names.EntityKinds.ToArray());
        var command = new Command("entities", "List the entities of the registry") { kind };
        command.SetAction(result =>
        {
            var entities = Entities.All
                .Where(e => result.GetValue(kind) is not { } k || Names.Of(e.Kind) == k)
                .ToList();
            return output.Print(result, entities.Select(EntityListing.Of).ToList(), () => Text(entities));
        });
        return command;
    }

    private static string Text(IEnumerable<Entity> entities) => string.Join("\n", entities.Select(e =>
        $"{e.Id,-36} {Names.Of(e.Kind),-12} {e.Name}  ({e.Mentions.Count} mentions, {e.Quotes.Count} quotes)"));

    /// <summary>An entity in a list: the export's fields for it, and how often it is mentioned and quoted.</summary>
    private sealed record EntityListing(EntityRow Entity, int MentionCount, int QuoteCount) : IRow
    {
        public IReadOnlyList<Field> Fields =>
            [.. Entity.Fields, new("mention_count", MentionCount), new("quote_count", QuoteCount)];

        public static EntityListing Of(Entity e) => new(EntityRow.Of(e), e.Mentions.Count, e.Quotes.Count);
    }
}
