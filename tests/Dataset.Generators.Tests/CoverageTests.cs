using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static Dataset.Generators.Diagnostics.DiagnosticDescriptors;

namespace Dataset.Generators.Tests;

/// <summary>
/// Mention coverage (Validation/MentionPlacer.cs): every whole-word copy of a registered form that no mention records
/// is reported at that copy's line and column in the YAML, unless an <c>unlinked</c> exception excuses it; an exception
/// that excuses nothing is reported too.
/// </summary>
public class CoverageTests
{
    [Fact]
    public void An_unrecorded_form_is_reported_at_each_copy_in_the_body_and_the_headline()
    {
        // "Lavrov" alone is no longer recorded: its copies in the headline and in the second paragraph are reported,
        // but not the "Lavrov" inside "Sergei Lavrov", which the recorded "Sergei Lavrov" covers.
        var slam = Fixture.SlamDoor with
        {
            Text = Fixture.SlamDoor.Text.Replace(
                "as: [Sergei Lavrov, Lavrov]",
                "as: [Sergei Lavrov]",
                StringComparison.Ordinal),
        };
        var errors = Run(slam);

        Assert.All(errors, e => Assert.Equal(FormNotRecorded.Id, e.Id));
        Assert.Equal(new[] { At(slam.Text, "Lavrov says"), At(slam.Text, "Lavrov underlined") }, errors.Select(Start));
        Assert.All(errors, e =>
            Assert.Equal(
                6,
                e.Location.GetLineSpan().EndLinePosition.Character
                    - e.Location.GetLineSpan().StartLinePosition.Character));
        Assert.All(errors, e =>
            Assert.Equal("Lavrov", slam.Text.Substring(e.Location.SourceSpan.Start, e.Location.SourceSpan.Length)));
        Assert.Contains(
            "add 'Lavrov' to the 'as' forms of the mention of 'sergei-lavrov'",
            errors[0].GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_in_a_quoted_scalar_is_located_exactly_and_one_with_escapes_at_the_scalar()
    {
        // Lavrov is registered and printed in the headline, but the freeze article has no mention of him.
        var quoted = Fixture.Freeze with
        {
            Text = Fixture.Freeze.Text.Replace(
                "headline: Russia freezes military cooperation with NATO",
                "headline: \"Russia freezes military cooperation with NATO, Lavrov says\"",
                StringComparison.Ordinal),
        };
        var exact = Assert.Single(Run(quoted));
        Assert.Equal(At(quoted.Text, "Lavrov says"), Start(exact));
        Assert.Contains(
            "add a mention of 'sergei-lavrov'",
            exact.GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);

        // An escape makes the value differ from the file's characters: the scalar's start is what can be told.
        var escaped = Fixture.Freeze with
        {
            Text = Fixture.Freeze.Text.Replace(
                "headline: Russia freezes military cooperation with NATO",
                "headline: \"Russia freezes \\u006Dilitary cooperation with NATO, Lavrov says\"",
                StringComparison.Ordinal),
        };
        Assert.Equal(At(escaped.Text, "\"Russia freezes"), Start(Assert.Single(Run(escaped))));
    }

    [Fact]
    public void An_unlinked_exception_excuses_every_copy_or_the_one_it_counts()
    {
        var slam = Fixture.SlamDoor with
        {
            Text = Fixture.SlamDoor.Text.Replace(
                "as: [Sergei Lavrov, Lavrov]",
                "as: [Sergei Lavrov]",
                StringComparison.Ordinal),
        };

        // Every uncovered copy.
        Assert.Empty(Run(WithUnlinked(slam, "  - { form: Lavrov, reason: a test of the exception }\n")));

        // "Lavrov" as a whole word: 1 the headline, 2 inside "Sergei Lavrov" (covered), 3 "Lavrov underlined".
        var third = Assert.Single(
            Run(WithUnlinked(slam, "  - { form: Lavrov, occurrence: 3, reason: a test of the exception }\n")));
        Assert.Equal(FormNotRecorded.Id, third.Id);
        Assert.Equal(At(slam.Text, "Lavrov says"), Start(third));
    }

    [Theory]
    [InlineData("Sergei", "is not the name or an alias of any entity")]
    [InlineData("Carmen Romero", "never prints 'Carmen Romero' as a whole word")]
    [InlineData("NATO", "every whole-word copy of 'NATO' is recorded")]
    public void An_exception_that_excuses_nothing_is_an_error(string form, string why)
    {
        var stale = Assert.Single(
            Run(WithUnlinked(Fixture.SlamDoor, "  - { form: " + form + ", reason: a test of the exception }\n")));
        Assert.Equal(StaleUnlinked.Id, stale.Id);
        Assert.Contains(why, stale.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_counted_past_the_copies_or_at_a_recorded_copy_is_an_error()
    {
        // "Lavrov" as a whole word: the headline, inside "Sergei Lavrov", and "Lavrov underlined"; all recorded.
        var slam = Fixture.SlamDoor;
        Assert.Contains(
            "only 3 times",
            Assert
                .Single(Run(WithUnlinked(slam, "  - { form: Lavrov, occurrence: 4, reason: a test }\n")))
                .GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
        Assert.Contains(
            "that copy is recorded",
            Assert
                .Single(Run(WithUnlinked(slam, "  - { form: Lavrov, occurrence: 1, reason: a test }\n")))
                .GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_needs_a_reason()
    {
        var blank = Assert.Single(Run(WithUnlinked(Fixture.SlamDoor, "  - { form: Lavrov, reason: \" \" }\n")));
        Assert.Equal(InvalidValue.Id, blank.Id);
        Assert.Equal(MissingKey.Id, Assert.Single(Run(WithUnlinked(Fixture.SlamDoor, "  - { form: Lavrov }\n"))).Id);
    }

    private static YamlFile WithUnlinked(YamlFile slam, string exceptions) =>
        slam with
        {
            Text = slam.Text.Replace("quotes:\n", "unlinked:\n" + exceptions + "quotes:\n", StringComparison.Ordinal),
        };

    private static Diagnostic[] Run(YamlFile changed)
    {
        var others = changed.Path == Fixture.SlamDoor.Path ? Fixture.Freeze : Fixture.SlamDoor;
        return GeneratorHarness.Run(Fixture.Entities, changed, others).Result.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ToArray();
    }

    private static (int Line, int Column) Start(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line, start.Character);
    }

    /// <summary>The 0-based line and column of the first copy of <paramref name="marker"/> in the file.</summary>
    private static (int Line, int Column) At(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, marker);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text.Take(index).Count(c => c == '\n'), index - lineStart);
    }
}
