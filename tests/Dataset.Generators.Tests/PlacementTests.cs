using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using static Dataset.Generators.Diagnostics.DiagnosticDescriptors;
using static Dataset.Generators.Tests.GeneratorHarness.LoadedDataset;

namespace Dataset.Generators.Tests;

/// <summary>
/// Every annotation points at the copy of its text that the record describes: placed by validation
/// (Validation/SpanPlacer.cs, Validation/MentionPlacer.cs), written by the emitter as numbers, read back from the
/// compiled dataset and checked against positions the test finds in the text itself.
/// </summary>
public class PlacementTests
{
    /// <summary>
    /// Two paragraphs added before the last one of the slam-door fixture: "he said" and "Thursday" printed again.
    /// </summary>
    private const string Added =
        "  Then on Thursday he said it again: \"We will wait\"\n\n"
        + "  he said the rest was up to NATO.\n\n";

    private const string LastParagraph = "  A freeze of Moscow";

    [Theory]
    [InlineData("Russian Foreign Minister Sergei Lavrov said Thursday Russia had no plans to", null, 1)]
    [InlineData("We are not going to", null, 2)]
    [InlineData(null, 2, 2)]
    [InlineData(null, 1, 1)]
    [InlineData("We are not going to", 2, 2)]
    public void A_phrase_printed_twice_is_placed_next_to_its_cue_or_at_its_occurrence(
        string? cue,
        int? occurrence,
        int expected)
    {
        // "slam the door" is printed in the lede and again inside the full quote.
        var slam = WithQuote(
            "  - id: phrase\n    text: slam the door\n    speaker: sergei-lavrov\n    mode: partial\n"
                + (cue is null ? string.Empty : "    cue: " + cue + "\n")
                + (occurrence is null ? string.Empty : "    occurrence: " + occurrence + "\n"));
        using var dataset = Build(slam);
        var article = SlamDoor(dataset);
        var body = (string)Get(article, "Body")!;
        var phrase = Quote(article, "phrase");

        AssertSpan(Get(phrase, "Span"), "Body", null, Nth(body, "slam the door", expected), "slam the door");
        Assert.Same(body, Get(Get(phrase, "Span")!, "PrintedIn"));
        if (cue is not null)
        {
            AssertSpan(Get(phrase, "CueSpan"), "Body", null, body.IndexOf(cue, StringComparison.Ordinal), cue);
        }
    }

    [Fact]
    public void A_phrase_printed_twice_without_a_cue_or_occurrence_is_an_error_asking_for_one()
    {
        var slam = WithQuote(
            "  - id: phrase\n    text: slam the door\n    speaker: sergei-lavrov\n    mode: partial\n");
        var error = Assert.Single(GeneratorHarness.Run(Fixture.Entities, slam, Fixture.Freeze).Result.Diagnostics);
        Assert.Equal(AmbiguousCopy.Id, error.Id);
        Assert.Contains(
            "add 'occurrence: N'",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal);

        var beyond = WithQuote(
            "  - id: phrase\n    text: slam the door\n    speaker: sergei-lavrov\n    mode: partial\n"
            + "    occurrence: 3\n");
        Assert.Equal(
            OccurrenceOutOfRange.Id,
            Assert.Single(GeneratorHarness.Run(Fixture.Entities, beyond, Fixture.Freeze).Result.Diagnostics).Id);
    }

    [Fact]
    public void An_occurrence_whose_paragraph_lacks_the_cue_is_an_error_not_a_far_cue()
    {
        // occurrence 1 is the lede's copy; "Lavrov underlined" introduces the second copy, in the next paragraph.
        var slam = WithQuote(
            "  - id: phrase\n    text: slam the door\n    speaker: sergei-lavrov\n    mode: partial\n"
            + "    cue: Lavrov underlined\n    occurrence: 1\n");
        var error = Assert.Single(GeneratorHarness.Run(Fixture.Entities, slam, Fixture.Freeze).Result.Diagnostics);
        Assert.Equal(CueNotBesideQuote.Id, error.Id);
        Assert.Contains(
            "'occurrence: 1'",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_printed_twice_is_placed_beside_its_quote_not_at_a_nearer_copy_in_the_next_paragraph()
    {
        // "he said" is printed three times: after "Everything depends...", before "We will wait" (12 characters from
        // it), and at the start of the next paragraph (3 characters from it, but across a paragraph break).
        var slam = WithQuote(
            "  - id: we-will-wait\n    text: We will wait\n    speaker: sergei-lavrov\n    speaker-basis: inferred\n"
                + "    speaker-evidence: the paragraphs before name Lavrov\n    mode: direct\n    cue: he said\n");
        using var dataset = Build(slam);
        var article = SlamDoor(dataset);
        var body = (string)Get(article, "Body")!;
        Assert.Equal(3, Nths(body, "he said").Count);

        var everything = Quote(article, "everything-depends");
        AssertSpan(Get(everything, "CueSpan"), "Body", null, Nth(body, "he said", 1), "he said");
        var wait = Quote(article, "we-will-wait");
        AssertSpan(
            Get(wait, "Span"),
            "Body",
            null,
            body.IndexOf("We will wait", StringComparison.Ordinal),
            "We will wait");
        AssertSpan(Get(wait, "CueSpan"), "Body", null, Nth(body, "he said", 2), "he said");
    }

    [Fact]
    public void A_date_is_placed_by_its_event_or_by_its_occurrence()
    {
        // "Thursday" is printed in the lede and in the added paragraph; the fixture's date has the lede's event.
        var date =
            "  - text: Thursday\n    value: 2008-08-21\n    precision: day\n    basis: relative\n"
            + "    evidence: the day of the article\n    occurrence: 2\n";
        var slam = WithQuote(string.Empty);
        slam = slam with { Text = slam.Text.Replace("figures:\n", date + "figures:\n", StringComparison.Ordinal) };
        using var dataset = Build(slam);
        var article = SlamDoor(dataset);
        var body = (string)Get(article, "Body")!;
        var dates = List(article, "Dates");

        AssertSpan(Get(dates[0], "Span"), "Body", null, Nth(body, "Thursday", 1), "Thursday");
        AssertSpan(
            Get(dates[0], "EventSpan"),
            "Body",
            null,
            body.IndexOf("Sergei Lavrov said Thursday", StringComparison.Ordinal),
            "Sergei Lavrov said Thursday");
        AssertSpan(Get(dates[1], "Span"), "Body", null, Nth(body, "Thursday", 2), "Thursday");
        Assert.Null(Get(dates[1], "EventSpan"));

        // Without an event or an occurrence, two copies are an error that asks for the occurrence.
        var ambiguous = slam with
        {
            Text = slam.Text.Replace("    occurrence: 2\n", string.Empty, StringComparison.Ordinal),
        };
        Assert.Equal(
            AmbiguousCopy.Id,
            Assert.Single(GeneratorHarness.Run(Fixture.Entities, ambiguous, Fixture.Freeze).Result.Diagnostics).Id);
    }

    [Fact]
    public void Every_whole_word_copy_of_a_form_is_an_occurrence_and_a_form_inside_a_longer_one_is_not()
    {
        // Lavrov is recorded as "Sergei Lavrov" and "Lavrov": the headline's "Lavrov", the lede's "Sergei Lavrov"
        // (whose "Lavrov" is no occurrence of its own) and "Lavrov underlined". "Lavrovian" holds "Lavrov" but not as a
        // word.
        var slam = Fixture.SlamDoor with
        {
            Text = Fixture.SlamDoor.Text.Replace(
                LastParagraph,
                "  A Lavrovian freeze of Moscow",
                StringComparison.Ordinal),
        };
        using var dataset = Build(slam, Fixture.Freeze);
        var article = SlamDoor(dataset);
        var headline = (string)Get(article, "Headline")!;
        var body = (string)Get(article, "Body")!;
        var lavrov = List(article, "Mentions").Single(m => (string)Get(Get(m, "Entity")!, "Id")! == "sergei-lavrov");
        var occurrences = List(lavrov, "Occurrences");

        Assert.Equal(3, occurrences.Length);
        AssertSpan(occurrences[0], "Headline", null, headline.IndexOf("Lavrov", StringComparison.Ordinal), "Lavrov");
        Assert.Same(headline, Get(occurrences[0], "PrintedIn"));
        AssertSpan(
            occurrences[1],
            "Body",
            null,
            body.IndexOf("Sergei Lavrov", StringComparison.Ordinal),
            "Sergei Lavrov");
        AssertSpan(occurrences[2], "Body", null, body.IndexOf("Lavrov underlined", StringComparison.Ordinal), "Lavrov");

        // A form printed in the byline: the freeze fixture's "By DPA,".
        var freeze = dataset.Articles.Single(a => (string)Get(a, "Id")! == Fixture.FreezeId);
        var dpa = List(
            List(freeze, "Mentions").Single(m => (string)Get(Get(m, "Entity")!, "Id")! == "dpa"),
            "Occurrences");
        AssertSpan(dpa[0], "Byline", null, 3, "DPA");
        Assert.Same(Get(freeze, "Byline"), Get(dpa[0], "PrintedIn"));
        AssertSpan(
            dpa[1],
            "Body",
            null,
            ((string)Get(freeze, "Body")!).IndexOf("DPA", StringComparison.Ordinal),
            "DPA");
    }

    [Fact]
    public void A_caption_quote_counts_its_copies_across_the_captions_and_is_placed_by_its_cue_in_its_caption()
    {
        var captions =
            "captions:\n  - text: NATO halts military cooperation.\n"
            + "  - text: Russia halts military cooperation, NATO says.\n";
        var quotes =
            "  - id: by-cue\n    text: halts military cooperation\n    in: caption\n    speaker-basis: unknown\n"
            + "    speaker-evidence: a caption\n    mode: indirect\n    cue: NATO says\n"
            + "  - id: by-occurrence\n    text: halts military cooperation\n    in: caption\n    occurrence: 1\n"
            + "    speaker-basis: unknown\n    speaker-evidence: a caption\n    mode: indirect\n";
        var freeze = Fixture.Freeze with
        {
            Text = Fixture
                .Freeze.Text.Replace("mentions:\n", captions + "mentions:\n", StringComparison.Ordinal)
                .Replace("quotes:\n", "quotes:\n" + quotes, StringComparison.Ordinal),
        };
        using var dataset = Build(Fixture.SlamDoor, freeze);
        var article = dataset.Articles.Single(a => (string)Get(a, "Id")! == Fixture.FreezeId);
        var texts = List(article, "Captions").Select(c => (string)Get(c, "Text")!).ToArray();

        var byCue = Quote(article, "by-cue");
        AssertSpan(
            Get(byCue, "Span"),
            "Caption",
            1,
            texts[1].IndexOf("halts", StringComparison.Ordinal),
            "halts military cooperation");
        AssertSpan(
            Get(byCue, "CueSpan"),
            "Caption",
            1,
            texts[1].IndexOf("NATO says", StringComparison.Ordinal),
            "NATO says");
        Assert.Same(texts[1], Get(Get(byCue, "Span")!, "PrintedIn"));
        Assert.Same(List(article, "Captions")[1], Get(byCue, "Caption"));
        AssertSpan(
            Get(Quote(article, "by-occurrence"), "Span"),
            "Caption",
            0,
            texts[0].IndexOf("halts", StringComparison.Ordinal),
            "halts military cooperation");

        // NATO's occurrences run in reading order: the headline, the body, then the captions.
        var nato = List(
            List(article, "Mentions").Single(m => (string)Get(Get(m, "Entity")!, "Id")! == "nato"),
            "Occurrences");
        Assert.Equal(new[] { "Headline", "Body", "Caption", "Caption" }, nato.Select(o => Get(o, "Part")!.ToString()));
        AssertSpan(nato[2], "Caption", 0, 0, "NATO");
        AssertSpan(nato[3], "Caption", 1, texts[1].IndexOf("NATO", StringComparison.Ordinal), "NATO");
    }

    [Fact]
    public void A_degenerate_text_is_placed_without_quadratic_work()
    {
        // One letter repeated: every position is a copy of the quote, and the whole paragraph is one word. Searching
        // overlapping copies made this take minutes; it must take no longer than any other article.
        var letters = "b" + new string('a', 400_000);
        var run = new string('a', 1_000);
        var quote =
            "  - id: letters\n    text: "
            + run
            + "\n    speaker: sergei-lavrov\n    mode: direct\n    occurrence: 2\n    cue: b"
            + run.Substring(1)
            + "\n";
        var text = Fixture
            .SlamDoor.Text.Replace("explosives.\n", "explosives.\n\n  " + letters + "\n", StringComparison.Ordinal)
            .Replace("quotes:\n", "quotes:\n" + quote, StringComparison.Ordinal);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor with { Text = text }, Fixture.Freeze);

        Assert.Empty(result.Diagnostics);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), "placement took " + started.Elapsed);
    }

    [Fact]
    public void A_headline_quote_is_a_span_of_the_headline()
    {
        using var dataset = Build(Fixture.SlamDoor, Fixture.Freeze);
        var article = SlamDoor(dataset);
        var headline = (string)Get(article, "Headline")!;
        var quote = Quote(article, "slam-door");

        Assert.Equal("Headline", Get(quote, "Part")!.ToString());
        AssertSpan(
            Get(quote, "Span"),
            "Headline",
            null,
            headline.IndexOf("slam door", StringComparison.Ordinal),
            "slam door");
        AssertSpan(
            Get(quote, "CueSpan"),
            "Headline",
            null,
            headline.IndexOf("Lavrov says", StringComparison.Ordinal),
            "Lavrov says");
        Assert.Same(headline, Get(Get(quote, "Span")!, "PrintedIn"));
    }

    /// <summary>
    /// The slam-door fixture with <see cref="Added"/> paragraphs and <paramref name="quote"/> as its first quote.
    /// </summary>
    private static YamlFile WithQuote(string quote) => Fixture.SlamDoor with
    {
        Text = Fixture.SlamDoor.Text
            .Replace(LastParagraph, Added + LastParagraph, StringComparison.Ordinal)
            .Replace("quotes:\n", "quotes:\n" + quote, StringComparison.Ordinal),
    };

    private static GeneratorHarness.LoadedDataset Build(YamlFile slam, YamlFile? freeze = null)
    {
        var (result, output) = GeneratorHarness.Run(Fixture.Entities, slam, freeze ?? Fixture.Freeze);
        Assert.Empty(result.Diagnostics);
        return GeneratorHarness.Load(output);
    }

    private static object SlamDoor(GeneratorHarness.LoadedDataset dataset) =>
        dataset.Articles.Single(a => (string)Get(a, "Id")! == Fixture.SlamDoorId);

    private static object Quote(object article, string id) =>
        List(article, "Quotes").Single(q => (string)Get(q, "Id")! == id);

    /// <summary>
    /// Where the <paramref name="n"/>-th copy of <paramref name="text"/> starts (1-based), found without the generator.
    /// </summary>
    private static int Nth(string body, string text, int n) => Nths(body, text)[n - 1];

    private static List<int> Nths(string body, string text)
    {
        var starts = new List<int>();
        for (var at = body.IndexOf(text, StringComparison.Ordinal);
            at >= 0;
            at = body.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            starts.Add(at);
        }

        return starts;
    }

    /// <summary>
    /// A loaded TextSpan (boxed, possibly from a nullable) is at <paramref name="start"/> of that part and covers
    /// <paramref name="text"/>.
    /// </summary>
    private static void AssertSpan(object? span, string part, int? captionIndex, int start, string text)
    {
        Assert.NotNull(span);
        Assert.True(start >= 0, "the test's own search found no copy of '" + text + "'");
        Assert.Equal(part, Get(span!, "Part")!.ToString());
        Assert.Equal(captionIndex, (int?)Get(span!, "CaptionIndex"));
        Assert.Equal(start, (int)Get(span!, "Start")!);
        Assert.Equal(text.Length, (int)Get(span!, "Length")!);
        Assert.Equal(text, (string)Get(span!, "Text")!);
    }
}
