using System;
using System.Collections.Generic;
using System.Linq;
using RussiaGeorgiaNato.Dataset;
using Xunit;

namespace Dataset.Export.Tests;

/// <summary>
/// <see cref="Names"/>, the one map from the model's enums to the names in the exports: every value a record can hold
/// has a name, no two values of an enum share one, and a value no record holds (an enum's zero) has none.
/// </summary>
public class NamesTests
{
    [Fact]
    public void Every_value_but_the_unused_zero_has_its_own_name()
    {
        Distinct(Enum.GetValues<EntityKind>(), EntityKind.None, Names.Of);
        Distinct(Enum.GetValues<DatePrecision>(), DatePrecision.None, Names.Of);
        Distinct(Enum.GetValues<DateBasis>(), DateBasis.None, Names.Of);
        Distinct(Enum.GetValues<TextPart>(), TextPart.None, Names.Of);
        Distinct(Enum.GetValues<QuoteMode>(), QuoteMode.None, Names.Of);
        Distinct(Enum.GetValues<ReportingRole>(), ReportingRole.None, Names.Of);
        // "Not known" is a real answer for a credit or a speaker: its zero is named.
        Assert.Equal(
            Enum.GetValues<AttributionBasis>().Length,
            Enum.GetValues<AttributionBasis>().Select(Names.Of).Distinct().Count());
    }

    [Fact]
    public void Every_name_the_data_uses_is_lower_case_and_every_entity_kind_is_offered()
    {
        var used = Entities.All.Select(e => Names.Of(e.Kind))
            .Concat(Corpus.Quotes.Select(q => Names.Of(q.Mode)))
            .Concat(Corpus.Quotes.Select(q => Names.Of(q.Attribution.Basis)))
            .Concat(Corpus.Articles.SelectMany(a => a.Dates)
                .SelectMany(d => new[] { Names.Of(d.Date.Basis), Names.Of(d.Date.Precision) }))
            .Concat(Corpus.Quotes.SelectMany(q => q.ReportingChain).Select(link => Names.Of(link.Role)))
            .ToList();

        Assert.All(used, name => Assert.Equal(name.ToLowerInvariant(), name));
        Assert.Superset(Names.EntityKinds.ToHashSet(), Entities.All.Select(e => Names.Of(e.Kind)).ToHashSet());
        Assert.Equal(Enum.GetValues<EntityKind>().Length - 1, Names.EntityKinds.Count);
    }

    private static void Distinct<T>(IReadOnlyList<T> values, T unused, Func<T, string> name)
        where T : struct, Enum
    {
        var named = values.Where(value => !value.Equals(unused)).ToList();
        Assert.Equal(named.Count, named.Select(name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(named.Select(name), text => Assert.False(string.IsNullOrEmpty(text)));
        Assert.Throws<ArgumentOutOfRangeException>(() => name(unused));
    }
}
