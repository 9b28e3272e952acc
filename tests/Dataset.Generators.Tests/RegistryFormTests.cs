using System;
using System.Globalization;
using System.Linq;
using Dataset.Generators.Validation;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The registry is clean: every name and alias is printed by some article as a whole word (DSG210), with the two
/// exceptions the check makes on purpose, each proven here.
/// </summary>
public class RegistryFormTests
{
    [Theory]
    [InlineData("Lavrov said", "Lavrov", true)]
    [InlineData("Sergei Lavrov's view", "Lavrov", true)]
    [InlineData("(Lavrov)", "Lavrov", true)]
    [InlineData("the U.S. said", "U.S.", true)]
    [InlineData("U.S.-led", "U.S.", true)]
    [InlineData("Lavrovs said", "Lavrov", false)]
    [InlineData("deLavrov", "Lavrov", false)]
    [InlineData("Lavrov2", "Lavrov", false)]
    [InlineData("lavrov said", "Lavrov", false)]
    [InlineData("Lavrovs and then Lavrov", "Lavrov", true)]
    // A combining mark continues the word, as mention coverage reads it.
    [InlineData("Lavrov\u0301 said", "Lavrov", false)]
    [InlineData("\u00C9Lavrov", "Lavrov", false)]
    [InlineData("", "Lavrov", false)]
    public void A_form_is_printed_only_as_a_whole_word(string text, string form, bool printed)
    {
        Assert.Equal(printed, UnprintedFormsCheck.PrintsWord(text, form));

        // The word rule is mention coverage's: a form this check counts as printed is one coverage finds, and no other.
        var matches = new System.Collections.Generic.List<WordMatch>();
        new WordMatcher(new[] { form }).Scan(text, matches);
        Assert.Equal(printed, matches.Count > 0);
    }

    [Fact]
    public void A_credited_entity_needs_no_printed_name_but_its_aliases_must_be_printed()
    {
        // The freeze article's publisher is credited from page chrome the dataset keeps out of the text.
        var registry = Fixture.Entities with
        {
            Text =
                Fixture.Entities.Text
                + "  - id: twocircles\n    name: TwoCircles\n    kind: media\n    aliases: [Two Circles]\n",
        };
        var freeze = Fixture.Freeze with
        {
            Text = Fixture.Freeze.Text.Replace(
                "publisher: { basis: unknown, evidence: Not named in the article. }",
                "publisher: { entity: twocircles, basis: inferred, evidence: \"Page chrome: 'Support TwoCircles'\" }",
                StringComparison.Ordinal),
        };
        Assert.NotEqual(Fixture.Freeze.Text, freeze.Text);

        var (result, _) = GeneratorHarness.Run(registry, Fixture.SlamDoor, freeze);

        var unprinted = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG210", unprinted.Id);
        Assert.StartsWith(
            "The alias 'Two Circles' of entity 'twocircles'",
            unprinted.GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }

    [Fact]
    public void While_an_article_does_not_parse_no_form_is_reported_printed_nowhere()
    {
        // "Carmen Romero" and "DPA" are printed by the freeze article only: broken, it may print anything.
        var broken = Fixture.Freeze with
        {
            Text = Fixture.Freeze.Text.Replace(
                "evidence: \"By DPA,\" }",
                "evidence: \"By DPA, }",
                StringComparison.Ordinal),
        };
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor, broken);

        Assert.Equal(new[] { "DSG001" }, result.Diagnostics.Select(d => d.Id));

        // Read but invalid is not unreadable: its text is known, so the check runs (and finds both printed).
        var invalid = Fixture.Freeze with
        {
            Text = Fixture.Freeze.Text.Replace("mode: direct", "mode: direkt", StringComparison.Ordinal),
        };
        Assert.Equal(
            new[] { "DSG104" },
            GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor, invalid).Result.Diagnostics.Select(d => d.Id));

        // With the freeze article gone, they are printed nowhere.
        var without = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor).Result.Diagnostics;
        Assert.Equal(
            new[] { "Carmen Romero", "DPA" },
            without
                .Where(d => d.Id == "DSG210")
                .Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1])
                .OrderBy(f => f, StringComparer.Ordinal));
    }
}
