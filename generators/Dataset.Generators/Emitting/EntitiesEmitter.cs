using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Emitting;

/// <summary>Writes the typed handles (<c>Entities.SergeiLavrov</c>) and the registry list, in the order validation gives them (by id).</summary>
internal static class EntitiesEmitter
{
    public const string HintName = "Entities.g.cs";

    public static string Emit(EntityHandles handles)
    {
        var entities = handles.Entities;
        var w = new SourceWriter();
        w.FileStart(handles.RegistryPath.Length == 0 ? "no entity registry" : System.IO.Path.GetFileName(handles.RegistryPath));
        w.Line("public static partial class Entities").Open();
        foreach (var entity in entities)
        {
            w.Line("/// <summary>" + Literals.CommentText(entity.Name.Value) + " (" + Vocabulary.EntityKinds.TokenOf(entity.Kind) + ", id <c>" + entity.Id.Value + "</c>).</summary>");
            w.Line("public static Entity " + Identifiers.Handle(entity.Id.Value) + " { get; } = new Entity(").Indent();
            w.Line("id: " + Literals.String(entity.Id.Value) + ",");
            w.Line("name: " + Literals.String(entity.Name.Value) + ",");
            w.Line("kind: " + Literals.EnumMember(entity.Kind) + ",");
            w.Line("aliases: " + Literals.Array("string", entity.Aliases.Select(a => Literals.String(a.Value))) + ",");
            w.Line("roles: " + Literals.Array("Role", entity.Roles.Select(role =>
                "new Role(title: " + Literals.String(role.Title.Value) + ", articleId: " + Literals.String(role.Article.Value) + ")")));
            w.Outdent().Line(");");
            w.Line();
        }

        w.Close();
        w.Line();
        w.Line("internal static class GeneratedEntities").Open();
        w.Line("/// <summary>Every entity, ordered by id.</summary>");
        w.Line("internal static Entity[] Create() => new Entity[]").Open();
        foreach (var entity in entities)
        {
            w.Line("Entities." + Identifiers.Handle(entity.Id.Value) + ",");
        }

        w.Close("};");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
