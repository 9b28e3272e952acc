using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Pipeline;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;

namespace Dataset.Generators.Validation;

/// <summary>
/// Registry-wide rules: unique ids, distinct C# handles, roles that name real articles, each form naming one entity.
/// The entities that pass the first two get a handle: validation decides that, the entities emitter only writes them.
/// </summary>
internal static class RegistryValidator
{
    /// <summary>
    /// The entities that get a handle, and the registry-wide problems; the registry's parse diagnostics are the
    /// parse step's to report.
    /// </summary>
    public static StepResult<EntityHandles> Validate(RegistrySpec registry, ArticleDirectory directory)
    {
        var diagnostics = new DiagnosticBag();
        var handled = new List<EntitySpec>();
        foreach (var (entity, outcome, other) in registry.HandleAssignments)
        {
            var id = entity.Id.Value;
            var handle = Identifiers.Handle(id);
            switch (outcome)
            {
                case HandleOutcome.DuplicateId:
                    diagnostics.Report(
                        DiagnosticDescriptors.DuplicateId,
                        entity.Id.Location,
                        "entity",
                        id,
                        "at line " + other!.Id.Location.DisplayLine);
                    continue;
                case HandleOutcome.Reserved:
                    var why =
                        handle == Identifiers.HandleClass ? "is the name of the class that holds the handles"
                        : Identifiers.IsObjectMember(handle) ? "would hide the member every C# object has"
                        : handle == Identifiers.EveryEntity ? "is the list of every entity (Entities.All)"
                        : "would hide the dataset type of that name inside the generated code";
                    diagnostics.Report(DiagnosticDescriptors.ReservedHandle, entity.Id.Location, id, handle, why);
                    break;
                case HandleOutcome.Collision:
                    diagnostics.Report(
                        DiagnosticDescriptors.HandleCollision,
                        entity.Id.Location,
                        other!.Id.Value,
                        id,
                        handle);
                    break;
                default:
                    handled.Add(entity);
                    break;
            }

            foreach (var role in entity.Roles)
            {
                // An article whose file does not parse has errors of its own that say where: a role naming it is not
                // reported too.
                if (directory.OwnerOf(role.Article.Value) is null && !directory.IsUnreadable(role.Article.Value))
                {
                    diagnostics.Report(
                        DiagnosticDescriptors.UnknownArticle, role.Article.Location, role.Article.Value,
                        ClosestName.Suggestion(role.Article.Value, directory.Articles.Select(article => article.Id)));
                }
            }
        }

        CheckForms(registry, diagnostics);
        var entityHandles = new EntityHandles
        {
            RegistryPath = registry.Path,
            Entities = handled.OrderBy(entity => entity.Id.Value, StringComparer.Ordinal).ToEquatableArray(),
        };
        return new StepResult<EntityHandles>(entityHandles, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Each form (a name or an alias) names one entity, once: a mention form must resolve to exactly one entity. The
    /// same form written twice, on two entities or on one, is reported at the later one in the file.
    /// </summary>
    private static void CheckForms(RegistrySpec registry, DiagnosticBag diagnostics)
    {
        var forms = new List<(Located Form, EntitySpec Entity, bool IsName)>();
        foreach (var entity in registry.Entities)
        {
            forms.Add((entity.Name, entity, true));
            foreach (var alias in entity.Aliases)
            {
                forms.Add((alias, entity, false));
            }
        }

        var first = new Dictionary<string, (Located Form, EntitySpec Entity, bool IsName)>(StringComparer.Ordinal);
        foreach (var form in forms.OrderBy(form => form.Form.Location.Span.Start))
        {
            if (!first.TryGetValue(form.Form.Value, out var earlier))
            {
                first.Add(form.Form.Value, form);
                continue;
            }

            var what =
                (earlier.IsName ? "the name" : "an alias")
                + (
                    ReferenceEquals(earlier.Entity, form.Entity)
                        ? " of this entity"
                        : " of entity '" + earlier.Entity.Id.Value + "'");
            diagnostics.Report(
                DiagnosticDescriptors.FormRegisteredTwice,
                form.Form.Location,
                form.Form.Value,
                what,
                earlier.Form.Location.DisplayLine);
        }
    }
}
