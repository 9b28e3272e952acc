using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The emitter writes the generator's own enums (Specs/Enums.cs) into records as numbers, which the package's reader
/// casts to its public enums, so each generator enum named like a public enum of the package must have exactly its
/// members: the same names with the same values.
/// </summary>
public class EnumMirrorTests
{
    /// <summary>
    /// The generator's own enums, which stand for no public one: what YAML declares, what a file is to the dataset,
    /// what becomes of a handle.
    /// </summary>
    private static readonly string[] GeneratorOnly = { "DeclaredPrecision", "DatasetRole", "HandleOutcome" };

    /// <summary>
    /// The public enums the generated code never writes (the model builds their values itself): no generator enum
    /// mirrors them.
    /// </summary>
    private static readonly string[] ModelOnly = { "ReportingRole" };

    [Fact]
    public void Every_generator_enum_has_the_names_and_values_of_the_public_enum_it_stands_for()
    {
        // The generator's enums, by reflection (the tests see its internals); a new one must mirror a public enum or be
        // listed above.
        var generatorEnums = typeof(DatasetGenerator)
            .Assembly.GetTypes()
            .Where(type =>
                type.IsEnum && type.Namespace == "Dataset.Generators.Specs" && !GeneratorOnly.Contains(type.Name))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToArray();

        // Every public enum of the package, as the compiler sees it in the model sources the generated code is compiled
        // with.
        var model = GeneratorHost.Model(new CSharpParseOptions(LanguageVersion.Latest));
        var publicEnums = model
            .GlobalNamespace.GetNamespaceMembers()
            .Single(ns => ns.Name == "RussiaGeorgiaNato")
            .GetNamespaceMembers()
            .Single(ns => ns.Name == "Dataset")
            .GetTypeMembers()
            .Where(type =>
                type is { TypeKind: TypeKind.Enum, DeclaredAccessibility: Accessibility.Public }
                && !ModelOnly.Contains(type.Name))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(publicEnums);
        Assert.Equal(publicEnums.Select(type => type.Name), generatorEnums.Select(type => type.Name));

        // Every member of both sides, as "Type.Member = value": equal lists mean no member is missing, extra, or
        // renumbered.
        var publicMembers = publicEnums
            .SelectMany(type =>
                type!
                    .GetMembers()
                    .OfType<IFieldSymbol>()
                    .Where(field => field.HasConstantValue)
                    .Select(field => Member(type.Name, field.Name, field.ConstantValue!)))
            .OrderBy(member => member, StringComparer.Ordinal);
        var generatorMembers = generatorEnums
            .SelectMany(type =>
                Enum.GetValues(type).Cast<Enum>().Select(value => Member(type.Name, value.ToString(), value)))
            .OrderBy(member => member, StringComparer.Ordinal);

        Assert.Equal(publicMembers, generatorMembers);
    }

    private static string Member(string type, string name, object value) =>
        type
        + "."
        + name
        + " = "
        + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
