using System;
using System.Linq;
using Xunit;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>
/// Questions a reader of the five articles would ask, answered with LINQ as a user would, and checked
/// against the answers a careful reading of the seeds gives.
/// </summary>
public class QueryTests
{
    private const string May2008 = "2008-05-04-lavrov-links-georgia-tension-to-nato";
    private const string Freeze = "2008-08-21-russia-freezes-military-cooperation-with-nato";
    private const string SlamDoor = "2008-08-21-lavrov-no-plans-to-slam-door";
    private const string PullsOut = "2009-04-russia-pulls-out-of-nato-meeting";
    private const string Borders = "2015-02-19-georgia-says-russia-trying-to-redraw-borders";

    [Fact]
    public void People_quoted_in_more_than_one_article()
    {
        var people = Corpus.Quotes
            .Where(q => q.Speaker is { Kind: EntityKind.Person })
            .GroupBy(q => q.Speaker!)
            .Where(g => g.Select(q => q.Article).Distinct().Count() > 1)
            .ToDictionary(
                g => g.Key.Id,
                g => g.Select(q => q.Article.Id)
                    .Distinct()
                    .OrderBy(id => id, StringComparer.Ordinal)
                    .ToArray());

        // Lavrov speaks in four of the five articles, Romero in the DPA story and the Reuters one, Nogovitsyn in both
        // DPA stories.
        Assert.Equal(
            new[] { "anatoly-nogovitsyn", "carmen-romero", "sergei-lavrov" },
            people.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(new[] { May2008, SlamDoor, Freeze, Borders }, people["sergei-lavrov"]);
        Assert.Equal(new[] { Freeze, PullsOut }, people["carmen-romero"]);
        Assert.Equal(new[] { SlamDoor, Freeze }, people["anatoly-nogovitsyn"]);
    }

    [Fact]
    public void Statements_relayed_through_a_news_agency()
    {
        var relayed = Corpus.Quotes
            .Where(q => q.Relays.Any(v => v.Kind == EntityKind.Media))
            .Select(q => (
                q.Relays.First(v => v.Kind == EntityKind.Media).Id,
                q.Speaker?.Id ?? q.Attribution.DisplayName,
                q.Article.Id))
            .ToList();

        // "told DPA in Brussels", "dpa reoported", "quoted by news agency Interfax" (twice), "told news agency
        // Interfax", "quoted by the agency" (Interfax, named in the sentence before); and Russia's notice, which
        // reached DPA through Romero ("We have received formal notification ... that Russia has decided to halt ...").
        Assert.Equal(
            new[]
            {
                ("dpa", "carmen-romero", Freeze),
                ("dpa", "russia", Freeze),
                ("interfax", "sergei-lavrov", Freeze),
                ("dpa", "sergei-lavrov", SlamDoor),
                ("interfax", "sergei-lavrov", SlamDoor),
                ("interfax", "a high-ranking Russian diplomat", SlamDoor),
                ("interfax", "alexander-grushko", SlamDoor),
            }.OrderBy(x => x.ToString(), StringComparer.Ordinal),
            relayed.OrderBy(x => x.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void A_quote_reaches_the_reader_through_a_chain_of_reporters()
    {
        // Romero "told DPA in Brussels", in the DPA story TwoCircles ran: DPA is the relay and the origin, and both
        // links are kept.
        var romero = Corpus.Quotes[Freeze + "/formal-notification"];
        Assert.Equal(
            new[]
            {
                "speaker: Carmen Romero (stated)",
                "relay: DPA (stated)",
                "origin: DPA (stated)",
                "publisher: TwoCircles (inferred)",
            },
            romero.ReportingChain.Select(link => link.ToString()));
        Assert.Same(romero.Attribution, romero.ReportingChain[0].Attribution);
        Assert.Same(romero.Article.Origin, romero.ReportingChain[2].Attribution);
        Assert.Same(romero.Article.Publisher, romero.ReportingChain[3].Attribution);
        Assert.Null(romero.ReportingChain[1].Attribution.Evidence);

        // Lavrov "was quoted by news agency Interfax as saying in Sochi", in the DPA copy whose site is not named.
        Assert.Equal(
            new[]
            {
                "speaker: Sergei Lavrov (stated)",
                "relay: Interfax (stated)",
                "origin: DPA (stated)",
                "publisher: unknown (unknown)",
            },
            Corpus.Quotes[SlamDoor + "/no-less-than-nato"].ReportingChain.Select(link => link.ToString()));

        // Words nobody is named as saying, in the Reuters copy: the chain still starts with the (unknown) speaker.
        Assert.Equal(
            new[] { "speaker: unknown (unknown)", "origin: Reuters (stated)", "publisher: unknown (unknown)" },
            Corpus.Quotes[PullsOut + "/press-the-reset-button"].ReportingChain.Select(link => link.ToString()));

        // Every chain: the speaker, the relays in order, the origin, the publisher; built once.
        Assert.All(Corpus.Quotes, quote =>
        {
            var chain = quote.ReportingChain;
            Assert.Equal(
                new[] { ReportingRole.Speaker }
                    .Concat(quote.Relays.Select(_ => ReportingRole.Relay))
                    .Concat(new[] { ReportingRole.Origin, ReportingRole.Publisher }),
                chain.Select(link => link.Role));
            Assert.Equal(
                quote.Relays,
                chain.Where(link => link.Role == ReportingRole.Relay).Select(link => link.Attribution.Entity!));
            Assert.All(
                chain.Where(link => link.Role == ReportingRole.Relay),
                link => Assert.Equal(AttributionBasis.Stated, link.Attribution.Basis));
            Assert.Same(chain, quote.ReportingChain);
        });
    }

    [Fact]
    public void What_happened_on_18_February_2015()
    {
        var day = new DateTime(2015, 2, 18);
        var events = Corpus.Articles
            .SelectMany(a => a.Dates)
            .Where(d => d.Event is not null
                && d.Date.Precision == DatePrecision.Day
                && !d.Date.IsRange
                && d.Date.CanFallOn(day))
            .Select(d => d.Event!)
            .ToList();
        var said = Corpus.Quotes
            .Where(q => q.StatementDate is { Precision: DatePrecision.Day, IsRange: false } s && s.CanFallOn(day))
            .ToList();

        // Lavrov signed the preliminary agreement with South Ossetia and spoke of "attempts to drag Tbilisi into
        // NATO"; the Reuters photo of Putin chairing a government meeting is dated that day.
        Assert.Equal(3, events.Count);
        Assert.Contains(
            events, e => e.Contains("Sergei Lavrov signed a preliminary agreement", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("Lavrov also said on Wednesday", StringComparison.Ordinal));
        Assert.Contains(
            events,
            e => e.StartsWith("Russian President Vladimir Putin (C) chairs a meeting", StringComparison.Ordinal));
        var take = Assert.Single(said);
        Assert.Same(Entities.SergeiLavrov, take.Speaker);
        Assert.StartsWith("take measures", take.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_published_in_a_date_range()
    {
        var august2008 = Corpus.PublishedBetween(new DateTime(2008, 8, 1), new DateTime(2008, 8, 31));
        Assert.Equal(new[] { SlamDoor, Freeze }, august2008.Select(a => a.Id));

        // The Reuters copy is only known to lie between 20 and 30 April 2009: any day in that span can be its day.
        Assert.Equal(
            PullsOut,
            Assert.Single(Corpus.PublishedBetween(new DateTime(2009, 4, 25), new DateTime(2009, 4, 25))).Id);
        Assert.Empty(Corpus.PublishedBetween(new DateTime(2010, 1, 1), new DateTime(2014, 12, 31)));

        // The index answers exactly what a scan would, for every range between the corpus's first and last days.
        var days = Enumerable.Range(0, 30).Select(i => new DateTime(2008, 5, 1).AddDays(i * 90)).ToList();
        foreach (var from in days)
        {
            foreach (var to in days.Where(d => d >= from))
            {
                var scan = Corpus.Articles.Where(a => a.Published.Earliest <= to && a.Published.Latest >= from);
                Assert.Equal(scan, Corpus.PublishedBetween(from, to));
            }
        }
    }

    [Fact]
    public void What_was_announced_as_planned()
    {
        var planned = Corpus.Articles
            .SelectMany(a => a.Dates.Where(d => d.IsScheduled).Select(d => (a, d)))
            .ToList();

        // Nothing planned lies wholly before its article, and the 2009 article's calendar is all there: the
        // ambassadors on 29 April, the chiefs of staff on 7 May, the exercise from 6 May to 1 June, ministers on
        // 19 May.
        Assert.All(planned, p => Assert.True(p.d.Date.Latest >= p.a.Published.Earliest, p.d.Text));
        var calendar = planned
            .Where(p => p.a.Id == PullsOut && p.d.Date.Precision != DatePrecision.Month)
            .Select(p => p.d.Date.ToString())
            .ToList();
        Assert.Equal(
            new[]
            {
                "2009-04-29 (relative)",
                "2009-05-06/2009-06-01 (relative)",
                "2009-05-07 (relative)",
                "2009-05-19 (relative)",
            },
            calendar.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void Lavrov_refusal_to_slam_the_door_is_one_statement_in_four_copies()
    {
        var full = Corpus.Quotes.Single(q => q.Text == "We are not going to slam the door on NATO");
        var copies = full.OtherCopies.Prepend(full).ToList();

        // The full quote, the lede's partial quote, the headline's "slam door", and the other DPA story's partial
        // quote.
        Assert.Equal(4, copies.Count);
        Assert.All(copies, q => Assert.Same(Entities.SergeiLavrov, q.Speaker));
        Assert.Equal(
            new[] { SlamDoor, Freeze },
            copies.Select(q => q.Article.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.Contains(copies, q => q.Part == TextPart.Headline && q.Text == "slam door");
        Assert.All(copies, q => Assert.Equal(q.Text, q.Span.Text));
    }

    [Fact]
    public void Copies_of_one_statement_keep_their_own_punctuation()
    {
        var noLessThanNato = Corpus.Quotes
            .Where(q => q.Text.StartsWith("Russia, no less than NATO", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(2, noLessThanNato.Count);
        Assert.Contains(noLessThanNato[1], noLessThanNato[0].OtherCopies);
        // One copy prints … and ’, the other ... and '.
        Assert.Contains("\u2026", noLessThanNato.Single(q => q.Article.Id == Freeze).Text, StringComparison.Ordinal);
        Assert.Contains("...", noLessThanNato.Single(q => q.Article.Id == SlamDoor).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributions_the_text_does_not_state_are_labelled()
    {
        var inferred = Corpus.Quotes.Where(q => q.Attribution.Basis == AttributionBasis.Inferred).ToList();
        var unknown = Corpus.Quotes.Where(q => q.Attribution.Basis == AttributionBasis.Unknown).ToList();

        // "the alliance spokeswoman said" is resolved to Romero, and says so.
        var takesNote = Corpus.Quotes.Single(q => q.Text == "takes note");
        Assert.Same(Entities.CarmenRomero, takesNote.Speaker);
        Assert.Equal(AttributionBasis.Inferred, takesNote.Attribution.Basis);
        Assert.All(inferred, q => Assert.False(string.IsNullOrWhiteSpace(q.Attribution.Evidence), q.Key));

        // "press the reset button" and "strategic partnership" are in quote marks that the text gives to no one; the
        // quota clause of the garbled "Georgia claimed opposes but do not exceed the quota ..." has no subject, so
        // Georgia is given only "opposes" and the clause no speaker.
        Assert.Equal(
            new[]
            {
                "do not exceed the quota of the UN-sponsored 1994 bilateral accord",
                "press the reset button",
                "strategic partnership",
            },
            unknown.Select(q => q.Text).OrderBy(t => t, StringComparer.Ordinal));
        Assert.Equal("opposes", Assert.Single(Corpus.Quotes, q => q.Cue == "Georgia claimed").Text);
        Assert.All(unknown, q => Assert.True(
            q.Speaker is null
                && q.Attribution.Description is null
                && q.Attribution.DisplayName == "unknown"
                && !string.IsNullOrWhiteSpace(q.Attribution.Evidence),
            q.Key));
    }

    [Fact]
    public void Only_one_article_prints_its_own_publication_time_and_the_undated_say_why()
    {
        Assert.Equal(SlamDoor, Assert.Single(Corpus.Articles, a => a.Published.Precision == DatePrecision.Minute).Id);
        var undated = Corpus.Articles.Where(a => a.Published.Basis == DateBasis.Inferred).ToList();

        Assert.Equal(
            new[] { Freeze, PullsOut, Borders },
            undated.Select(a => a.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(undated, a => Assert.False(string.IsNullOrWhiteSpace(a.Published.Evidence)));

        // The Reuters text can only be placed between 20 April ("warned on April 20") and 29 April ("is scheduled for
        // April 29"); the copy, on a site the page does not name, may be dated a day later in a time zone ahead of the
        // agency's.
        var range = Corpus.Articles[PullsOut].Published;
        Assert.True(range.IsRange);
        Assert.Equal(DatePrecision.Day, range.Precision);
        Assert.Equal("2009-04-20/2009-04-30", range.Value);
        Assert.Equal((new DateTime(2009, 4, 20), new DateTime(2009, 4, 30)), (range.Earliest, range.Latest));

        // The two re-posted wire copies: the agency's day, or the next one on a site ahead of the agency's time zone.
        Assert.Equal("2008-08-21/2008-08-22", Corpus.Articles[Freeze].Published.Value);
        Assert.Equal("2015-02-19/2015-02-20", Corpus.Articles[Borders].Published.Value);
    }

    [Fact]
    public void Publishers_the_copies_do_not_name_are_unknown_not_guessed()
    {
        var unknown = Corpus.Articles.Where(a => a.Publisher.Basis == AttributionBasis.Unknown).Select(a => a.Id);

        Assert.Equal(new[] { SlamDoor, PullsOut }, unknown.OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(
            Corpus.Articles.Where(a => a.Publisher.Basis == AttributionBasis.Unknown),
            a => Assert.Null(a.Publisher.Entity));
        Assert.Same(Entities.Reuters, Corpus.Articles[Borders].Origin.Entity);
        Assert.Same(Entities.JohnStonestreet, Corpus.Articles[Borders].Editor!.Entity);
    }

    [Fact]
    public void Troop_figures_keep_their_printed_text()
    {
        var troops = Corpus.Articles.SelectMany(a => a.Figures).Where(f => f.Unit == "troops").ToList();

        Assert.Equal(2, troops.Count);
        Assert.Contains(troops, f => f.IsRange
            && f.Minimum == 2000m
            && f.Maximum == 3000m
            && f.Text.StartsWith("between 2,000 and 3,000", StringComparison.Ordinal));
        Assert.Contains(troops, f => !f.IsRange
            && f.Minimum == 1300m
            && f.Maximum == 1300m
            && f.Text.StartsWith("1,300", StringComparison.Ordinal));
    }

    [Fact]
    public void Typos_are_kept_as_printed_and_listed()
    {
        Assert.All(Corpus.Articles.SelectMany(a => a.Errata.Select(e => (a, e))), pair =>
            Assert.Contains(pair.e.Printed, pair.a.Headline + "\n" + pair.a.Body, StringComparison.Ordinal));
        Assert.Contains(
            Corpus.Articles[SlamDoor].Errata, e => e.Printed == "dpa reoported" && e.Intended == "dpa reported");
        Assert.Contains(Corpus.Articles[Borders].Errata, e => e.Printed.Contains("Oesstia", StringComparison.Ordinal));

        // The garbled sentence about Georgia's claim has no recoverable intended form, and the note says so.
        var garbled = Assert.Single(Corpus.Articles.SelectMany(a => a.Errata), e => e.Intended is null);
        Assert.StartsWith("Georgia claimed opposes", garbled.Printed, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(garbled.Note));
    }
}
