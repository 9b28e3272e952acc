using System;
using System.Linq;
using Xunit;
using static Dataset.Generators.Tests.GeneratorHarness.LoadedDataset;

namespace Dataset.Generators.Tests;

/// <summary>
/// A quote's offset points at the copy of its text that the record describes, in the part that prints it: placed by
/// validation (Validation/QuotePlacer.cs), written by the emitter, read back from the compiled dataset.
/// </summary>
public class PlacementTests
{
    [Theory]
    [InlineData("Russian Foreign Minister Sergei Lavrov said Thursday Russia had no plans to", 0)]
    [InlineData("We are not going to", 1)]
    [InlineData(null, 0)]
    public void A_phrase_printed_twice_is_placed_next_to_its_cue(string? cue, int occurrence)
    {
        // "slam the door" is printed in the lede and again inside the full quote.
        var quote = "  - id: phrase\n    text: slam the door\n    speaker: sergei-lavrov\n    mode: partial\n" + (cue is null ? string.Empty : "    cue: " + cue + "\n");
        var slam = Fixture.SlamDoor with { Text = Fixture.SlamDoor.Text.Replace("quotes:\n", "quotes:\n" + quote, StringComparison.Ordinal) };
        var (result, output) = GeneratorHarness.Run(Fixture.Entities, slam, Fixture.Freeze);
        Assert.Empty(result.Diagnostics);

        using var dataset = GeneratorHarness.Load(output);
        var article = dataset.Articles.Single(a => (string)Get(a, "Id")! == Fixture.SlamDoorId);
        var body = (string)Get(article, "Body")!;
        var phrase = List(article, "Quotes").Single(q => (string)Get(q, "Id")! == "phrase");

        var expected = body.IndexOf("slam the door", StringComparison.Ordinal);
        for (var i = 0; i < occurrence; i++)
        {
            expected = body.IndexOf("slam the door", expected + 1, StringComparison.Ordinal);
        }

        Assert.Equal(expected, (int)Get(phrase, "Offset")!);
    }

    [Fact]
    public void A_degenerate_text_is_placed_without_quadratic_work()
    {
        // One letter repeated: every position is an occurrence of the quote and of its cue. Searching overlapping
        // occurrences made this take minutes; it must take no longer than any other article.
        var letters = new string('a', 400_000);
        var run = new string('a', 1_000);
        var quote = "  - id: letters\n    text: " + run + "\n    speaker: sergei-lavrov\n    mode: direct\n    cue: " + run + "\n";
        var text = Fixture.SlamDoor.Text
            .Replace("explosives.\n", "explosives.\n\n  " + letters + "\n", StringComparison.Ordinal)
            .Replace("quotes:\n", "quotes:\n" + quote, StringComparison.Ordinal);
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor with { Text = text }, Fixture.Freeze);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_headline_quote_counts_its_offset_in_the_headline()
    {
        var (result, output) = GeneratorHarness.Run(Fixture.All);
        Assert.Empty(result.Diagnostics);

        using var dataset = GeneratorHarness.Load(output);
        var article = dataset.Articles.Single(a => (string)Get(a, "Id")! == Fixture.SlamDoorId);
        var quote = List(article, "Quotes").Single(q => (string)Get(q, "Id")! == "slam-door");

        Assert.Equal("Headline", Get(quote, "Part")!.ToString());
        Assert.Equal(((string)Get(article, "Headline")!).IndexOf("slam door", StringComparison.Ordinal), (int)Get(quote, "Offset")!);
        Assert.Equal("slam door", Get(quote, "PrintedIn")!.ToString()!.Substring((int)Get(quote, "Offset")!, "slam door".Length));
    }
}
