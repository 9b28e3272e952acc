using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The emitter writes <c>TypeName.Member</c> from the generator's own enums (Specs/Enums.cs), so each generator enum
/// named like a public enum of the package must have exactly its members: the same names with the same values.
/// </summary>
public class EnumMirrorTests
{
    /// <summary>The generator enums that stand for public ones: written by the emitter, or (DatePrecision) the same concept.</summary>
    private static readonly string[] Mirrored = { "AttributionBasis", "DateBasis", "DatePrecision", "EntityKind", "QuoteMode", "TextPart" };

    [Fact]
    public void Every_generator_enum_has_the_names_and_values_of_the_public_enum_it_stands_for()
    {
        // The generator's enums, by reflection (the tests see its internals).
        var generatorEnums = typeof(DatasetGenerator).Assembly.GetTypes()
            .Where(type => type.IsEnum && type.Namespace == "Dataset.Generators.Specs" && Mirrored.Contains(type.Name))
            .ToArray();

        // The package's enums, as the compiler sees them in the model sources the generated code is compiled with.
        var model = GeneratorHost.Model(new CSharpParseOptions(LanguageVersion.Latest));
        var publicEnums = Mirrored.Select(name => model.GetTypeByMetadataName("RussiaGeorgiaNato.Dataset." + name)).ToArray();

        Assert.Equal(Mirrored, generatorEnums.Select(type => type.Name).OrderBy(name => name, StringComparer.Ordinal));
        Assert.All(publicEnums, type => Assert.True(type is { TypeKind: TypeKind.Enum, DeclaredAccessibility: Accessibility.Public }));

        // Every member of both sides, as "Type.Member = value": equal lists mean no member is missing, extra, or renumbered.
        var publicMembers = publicEnums
            .SelectMany(type => type!.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue)
                .Select(field => Member(type.Name, field.Name, field.ConstantValue!)))
            .OrderBy(member => member, StringComparer.Ordinal);
        var generatorMembers = generatorEnums
            .SelectMany(type => Enum.GetValues(type).Cast<Enum>().Select(value => Member(type.Name, value.ToString(), value)))
            .OrderBy(member => member, StringComparer.Ordinal);

        Assert.Equal(publicMembers, generatorMembers);
    }

    private static string Member(string type, string name, object value) =>
        type + "." + name + " = " + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
