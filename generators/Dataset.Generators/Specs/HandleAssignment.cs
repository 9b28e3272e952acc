using System;
using System.Collections.Generic;

namespace Dataset.Generators.Specs;

/// <summary>What becomes of a registry entry's C# handle on <c>Entities</c>.</summary>
internal enum HandleOutcome
{
    /// <summary>It gets its handle.</summary>
    Handled,

    /// <summary>
    /// An earlier entry has the same id (<see cref="HandleAssignment.Other"/>): this one is left out.
    /// </summary>
    DuplicateId,

    /// <summary>Its handle would be a reserved name (<see cref="Identifiers.IsReservedHandle"/>).</summary>
    Reserved,

    /// <summary>An earlier entry's id gives the same handle (<see cref="HandleAssignment.Other"/>).</summary>
    Collision,
}

/// <summary>
/// Which registry entries get a handle, decided in one place: the registry validator reports every refusal, and
/// article validation must not emit a reference to an entity that has no handle (the C# compiler would add an error
/// of its own to the registry's).
/// </summary>
internal readonly record struct HandleAssignment(EntitySpec Entity, HandleOutcome Outcome, EntitySpec? Other)
{
    /// <summary>Each entry in registry order, with its outcome; the first entry of an id or a handle wins.</summary>
    /// <remarks>A list, not an iterator: a compiler-made iterator reads Environment.CurrentManagedThreadId, and the
    /// determinism test keeps the generator clear of Environment altogether.</remarks>
    public static List<HandleAssignment> Assign(IEnumerable<EntitySpec> entities)
    {
        var assignments = new List<HandleAssignment>();
        var byId = new Dictionary<string, EntitySpec>(StringComparer.Ordinal);
        var byHandle = new Dictionary<string, EntitySpec>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (byId.TryGetValue(entity.Id.Value, out var first))
            {
                assignments.Add(new HandleAssignment(entity, HandleOutcome.DuplicateId, first));
                continue;
            }

            byId.Add(entity.Id.Value, entity);
            var handle = Identifiers.Handle(entity.Id.Value);
            if (Identifiers.IsReservedHandle(handle))
            {
                assignments.Add(new HandleAssignment(entity, HandleOutcome.Reserved, null));
            }
            else if (byHandle.TryGetValue(handle, out var other))
            {
                assignments.Add(new HandleAssignment(entity, HandleOutcome.Collision, other));
            }
            else
            {
                byHandle.Add(handle, entity);
                assignments.Add(new HandleAssignment(entity, HandleOutcome.Handled, null));
            }
        }

        return assignments;
    }
}
