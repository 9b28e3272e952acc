using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataset.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Snapshooter.Xunit;
using Xunit;
using static Dataset.Generators.Diagnostics.DiagnosticDescriptors;

namespace Dataset.Generators.Tests;

/// <summary>
/// Every diagnostic, triggered by one mistake in an otherwise valid dataset, and located where the mistake is:
/// the right file, and the line and column of the marker text in the mutated file. One snapshot shows every
/// mistake's diagnostics as a curator reads them, for review of the messages.
/// </summary>
public class DiagnosticTests
{
    /// <summary>
    /// A mistake: which fixture file, what to replace (<c>*</c> for the whole text), the descriptor of the diagnostic
    /// expected, and the text it must point at (null for the start of the file).
    /// </summary>
    public sealed record Case
    {
        public required string Name { get; init; }

        /// <summary>The fixture file's name without its extension.</summary>
        public required string File { get; init; }

        public required string Find { get; init; }

        public required string Replace { get; init; }

        public required DiagnosticDescriptor Expected { get; init; }

        public required string? Marker { get; init; }

        /// <summary>False to assert the line only (where the column is not the marker's own).</summary>
        public bool CheckColumn { get; init; } = true;

        /// <summary>
        /// Build for a target without UTF-8 literals (as netstandard2.0), where records are string literals.
        /// </summary>
        public bool Literals { get; init; }

        public override string ToString() => Name;
    }

    private const string Slam = Fixture.SlamDoorId;
    private const string Freeze = Fixture.FreezeId;
    private const string Registry = "entities";

    /// <summary>
    /// As <see cref="Case.Replace"/>, leaves the file out of the dataset: then there is no file to point at.
    /// </summary>
    private const string RemoveFile = "<remove>";

    /// <summary>The mistakes as theory data.</summary>
    public static IEnumerable<object[]> Cases() => Mistakes().Select(mistake => new object[] { mistake });

    private static Case Mistake(
        string name,
        string file,
        string find,
        string replace,
        DiagnosticDescriptor expected,
        string? marker,
        bool checkColumn = true,
        bool literals = false) =>
        new()
        {
            Name = name,
            File = file,
            Find = find,
            Replace = replace,
            Expected = expected,
            Marker = marker,
            CheckColumn = checkColumn,
            Literals = literals,
        };

    /// <summary>Every mistake, in the order the snapshot lists them.</summary>
    public static IEnumerable<Case> Mistakes() =>
        new[]
        {
            Mistake(
                "unclosed quote",
                Freeze,
                find: "evidence: \"By DPA,\" }",
                replace: "evidence: \"By DPA, }",
                expected: YamlSyntax,
                marker: "\"By DPA, }",
                checkColumn: false),
            Mistake("empty file", Freeze, find: "*", replace: string.Empty, expected: EmptyDocument, marker: null),
            Mistake(
                "second document",
                Freeze,
                find: "quotes:",
                replace: "---\nquotes:",
                expected: MultipleDocuments,
                marker: "---"),
            Mistake(
                "anchor",
                Freeze,
                find: "seed: 001",
                replace: "seed: &s 001",
                expected: AnchorsNotSupported,
                marker: "&s"),
            Mistake(
                "duplicate key",
                Freeze,
                find: "headline:",
                replace: "seed: again\nheadline:",
                expected: DuplicateKey,
                marker: "seed: again"),
            Mistake(
                "too deep",
                Freeze,
                find: "byline: By DPA,",
                replace: "byline: " + new string('[', 40) + new string(']', 40),
                expected: NestingTooDeep,
                marker: new string('[', 40).Substring(0, 8),
                checkColumn: false),
            Mistake(
                "complex key",
                Freeze,
                find: "byline: By DPA,",
                replace: "? [a, b]\n: c",
                expected: ComplexKey,
                marker: "[a, b]"),
            Mistake(
                "tab indentation",
                Freeze,
                find: "  precision: day\n  basis: inferred",
                replace: "  precision: day\n\tbasis: inferred",
                expected: YamlSyntax,
                marker: "\tbasis"),
            Mistake(
                "bad indentation",
                Freeze,
                find: "  precision: day\n  basis: inferred",
                replace: "  precision: day\n     basis: inferred",
                expected: YamlSyntax,
                marker: "     basis",
                checkColumn: false),
            Mistake(
                "unclosed bracket",
                Freeze,
                find: "as: [NATO] }",
                replace: "as: [NATO }",
                expected: YamlSyntax,
                marker: "[NATO }",
                checkColumn: false),
            Mistake(
                "unclosed flow list running into the next line",
                Slam,
                find: "same-statement-as: [2008-08-21-slam-door/not-going-to-slam-the-door]\n  - id: no-plans",
                replace: "same-statement-as: [2008-08-21-slam-door/not-going-to-slam-the-doorU\n  - id: no-plans",
                expected: YamlSyntax,
                marker: "[2008-08-21-slam-door/not-going-to-slam-the-doorU"),
            Mistake(
                "replacement character from bad bytes",
                Freeze,
                find: "Russia freezes",
                replace: "Russia fr\uFFFDezes",
                expected: NotUtf8,
                marker: "\uFFFD"),
            Mistake(
                "root not a mapping",
                Freeze,
                find: "*",
                replace: "- just\n- a list\n",
                expected: WrongNodeKind,
                marker: null),
            Mistake(
                "unknown key",
                Slam,
                find: "headline:",
                replace: "headlne: typo\nheadline:",
                expected: UnknownKey,
                marker: "headlne"),
            Mistake(
                "missing key",
                Freeze,
                find: "seed: 001_1ab95ee2ebccea92.txt\n",
                replace: string.Empty,
                expected: MissingKey,
                marker: null),
            Mistake(
                "invalid token",
                Slam,
                find: "mode: direct",
                replace: "mode: direkt",
                expected: InvalidValue,
                marker: "direkt"),
            Mistake(
                "invalid id",
                Slam,
                find: "id: not-going",
                replace: "id: Not_Going",
                expected: InvalidValue,
                marker: "Not_Going"),
            Mistake(
                "body with final line break",
                Freeze,
                find: "body: |-",
                replace: "body: |",
                expected: InvalidValue,
                marker: "|\n  “We"),
            Mistake(
                "invalid number",
                Slam,
                find: "value: 10,",
                replace: "value: 10 troops,",
                expected: InvalidValue,
                marker: "10 troops"),
            Mistake(
                "non-ASCII digits in a date",
                Freeze,
                find: "value: 2008-08-21",
                replace: "value: \u0662\u0660\u0660\u0668-08-21",
                expected: InvalidDate,
                marker: "\u0662\u0660\u0660\u0668"),
            Mistake(
                "30 February",
                Freeze,
                find: "value: 2008-08-21",
                replace: "value: 2008-02-30",
                expected: InvalidDate,
                marker: "2008-02-30"),
            Mistake(
                "range ends of different precision",
                Freeze,
                find: "value: 2008-08-21\n  precision: day",
                replace: "value: 2008-08/2008-08-21\n  precision: range",
                expected: InvalidDate,
                marker: "2008-08/2008-08-21"),
            Mistake(
                "tag on a value",
                Freeze,
                find: "seed: 001",
                replace: "seed: !!str 001",
                expected: UnsupportedTag,
                marker: "!!str"),
            Mistake(
                "custom tag on a mapping",
                Slam,
                find: "publisher:\n  basis: unknown",
                replace: "publisher: !credit\n  basis: unknown",
                expected: UnsupportedTag,
                marker: "!credit"),
            Mistake(
                "directive",
                Freeze,
                find: "id: 2008-08-21-freeze\n",
                replace: "%YAML 1.2\n---\nid: 2008-08-21-freeze\n",
                expected: UnsupportedDirective,
                marker: "%YAML"),
            Mistake(
                "reserved directive the reader skips",
                Freeze,
                find: "id: 2008-08-21-freeze\n",
                replace: "# a comment\n%FOO bar\n---\nid: 2008-08-21-freeze\n",
                expected: UnsupportedDirective,
                marker: "%FOO"),
            Mistake(
                "null optional value",
                Freeze,
                find: "byline: By DPA,",
                replace: "byline: ~",
                expected: NullValue,
                marker: "byline: ~"),
            Mistake(
                "empty required value",
                Freeze,
                find: "seed: 001_1ab95ee2ebccea92.txt",
                replace: "seed:",
                expected: NullValue,
                marker: "seed:"),
            Mistake(
                "null list item",
                Slam,
                find: "as: [Sergei Lavrov, Lavrov]",
                replace: "as: [Sergei Lavrov, Lavrov, ~]",
                expected: NullValue,
                marker: "~]"),
            Mistake(
                "id cited twice",
                Slam,
                find: "cites: [dpa]",
                replace: "cites: [dpa, dpa]",
                expected: DuplicateItem,
                marker: "dpa]\nquotes"),
            Mistake(
                "role listed twice",
                Registry,
                find: "        article: 2008-08-21-slam-door\n",
                replace: "        article: 2008-08-21-slam-door\n      - title: Russian Foreign Minister\n"
                    + "        article: 2008-08-21-slam-door\n",
                expected: DuplicateItem,
                marker: "Russian Foreign Minister\n        article: 2008-08-21-slam-door\n  - id: dpa"),
            Mistake(
                "empty optional list",
                Slam,
                find: "cites: [dpa]",
                replace: "cites: []",
                expected: InvalidValue,
                marker: "[]"),
            Mistake(
                "blank text",
                Slam,
                find: "cue: Lavrov underlined",
                replace: "cue: \" \"",
                expected: InvalidValue,
                marker: "\" \""),
            Mistake(
                "text padded with a space",
                Slam,
                find: "cue: Lavrov underlined",
                replace: "cue: \"Lavrov underlined \"",
                expected: InvalidValue,
                marker: "\"Lavrov underlined "),
            Mistake(
                "folded body",
                Freeze,
                find: "body: |-",
                replace: "body: >-",
                expected: InvalidValue,
                marker: ">-\n  “We"),
            Mistake(
                "scheduled not true or false",
                Slam,
                find: "    evidence: The article is dated Thursday 21 August 2008.\n",
                replace: "    evidence: The article is dated Thursday 21 August 2008.\n    scheduled: yes\n",
                expected: InvalidValue,
                marker: "yes"),
            Mistake(
                "merge key",
                Freeze,
                find: "byline: By DPA,",
                replace: "<<: { dateline: Brussels }\nbyline: By DPA,",
                expected: UnknownKey,
                marker: "<<"),
            Mistake(
                "unknown entity",
                Slam,
                find: "speaker: sergei-lavrov",
                replace: "speaker: sergei-lavrof",
                expected: UnknownEntity,
                marker: "sergei-lavrof"),
            Mistake(
                "unknown quote",
                Slam,
                find: "cue: Lavrov underlined",
                replace: "cue: Lavrov underlined\n    same-statement-as: [2008-08-21-freeze/no-such-quote]",
                expected: UnknownQuote,
                marker: "2008-08-21-freeze/no-such-quote"),
            Mistake(
                "duplicate quote id",
                Freeze,
                find: "id: halt-cooperation",
                replace: "id: halt-cooperation\n    text: We have received\n    speaker: carmen-romero\n"
                    + "    mode: partial\n"
                    + "  - id: halt-cooperation",
                expected: DuplicateId,
                marker: "halt-cooperation\n    text: We have received formal"),
            // An entity a registry case adds is named by a word printed only inside a recorded form ("Sergei" in
            // "Sergei Lavrov", "Carmen" in "Carmen Romero"): printed (DSG210) and covered (DSG315), so the case shows
            // its one mistake.
            Mistake(
                "duplicate entity id",
                Registry,
                find: "    name: Carmen Romero\n",
                replace: "    name: Carmen Romero\n    kind: person\n  - id: dpa\n    name: Carmen\n",
                expected: DuplicateId,
                marker: "dpa\n    name: Carmen"),
            Mistake("no registry", Registry, find: "*", replace: RemoveFile, expected: RegistryCount, marker: null),
            Mistake(
                "handle collision",
                Registry,
                find: "  - id: nato",
                replace: "  - id: a-b1\n    name: Sergei\n    kind: person\n  - id: a-b-1\n    name: Carmen\n"
                    + "    kind: person\n"
                    + "  - id: nato",
                expected: HandleCollision,
                marker: "a-b-1"),
            Mistake(
                "file name mismatch",
                Freeze,
                find: "id: 2008-08-21-freeze",
                replace: "id: 2008-08-21-frozen",
                expected: FileNameMismatch,
                marker: "2008-08-21-frozen"),
            Mistake(
                "handle hiding a dataset type",
                Registry,
                find: "  - id: nato",
                replace: "  - id: entity-kind\n    name: Sergei\n    kind: person\n  - id: nato",
                expected: ReservedHandle,
                marker: "entity-kind"),
            Mistake(
                "reserved handle",
                Registry,
                find: "  - id: nato",
                replace: "  - id: equals\n    name: Sergei\n    kind: person\n  - id: nato",
                expected: ReservedHandle,
                marker: "equals"),
            Mistake(
                "handle hiding the registry list",
                Registry,
                find: "  - id: nato",
                replace: "  - id: all\n    name: Sergei\n    kind: person\n  - id: nato",
                expected: ReservedHandle,
                marker: "all\n"),
            Mistake(
                "unknown role article",
                Registry,
                find: "article: 2008-08-21-slam-door",
                replace: "article: 2008-08-21-slam-dor",
                expected: UnknownArticle,
                marker: "2008-08-21-slam-dor"),
            Mistake(
                "form on two entities",
                Registry,
                find: "    name: Carmen Romero\n    kind: person",
                replace: "    name: Carmen Romero\n    kind: person\n    aliases: [ Lavrov ]",
                expected: FormRegisteredTwice,
                marker: "Lavrov ]"),
            Mistake(
                "name repeated as an alias",
                Registry,
                find: "aliases: [Lavrov]",
                replace: "aliases: [Lavrov, Sergei Lavrov]",
                expected: FormRegisteredTwice,
                marker: "Sergei Lavrov]"),
            Mistake(
                "alias printed in no article",
                Registry,
                find: "aliases: [Lavrov]",
                replace: "aliases: [Lavrov, Serguei Lavrov]",
                expected: FormNotPrinted,
                marker: "Serguei Lavrov"),
            Mistake(
                "entity named in no article",
                Registry,
                find: "  - id: nato",
                replace: "  - id: norway\n    name: Norway\n    kind: country\n  - id: nato",
                expected: FormNotPrinted,
                marker: "Norway"),
            Mistake(
                "quote not verbatim",
                Slam,
                find: "text: We are not going",
                replace: "text: We are not gonna",
                expected: QuoteNotVerbatim,
                marker: "We are not gonna"),
            Mistake(
                "cue not verbatim",
                Slam,
                find: "cue: Lavrov underlined",
                replace: "cue: Lavrov stressed",
                expected: TextNotVerbatim,
                marker: "Lavrov stressed"),
            Mistake(
                "erratum not in text",
                Slam,
                find: "printed: reoported",
                replace: "printed: reporoted",
                expected: TextNotVerbatim,
                marker: "reporoted"),
            Mistake(
                "role title not in article",
                Registry,
                find: "title: Russian Foreign Minister",
                replace: "title: Russian Foreign Secretary",
                expected: TextNotVerbatim,
                marker: "Russian Foreign Secretary"),
            Mistake(
                "form not registered",
                Slam,
                find: "as: [Sergei Lavrov, Lavrov]",
                replace: "as: [Sergei Lavrov, Lavrov, Sergei]",
                expected: FormNotRegistered,
                marker: "Sergei]"),
            Mistake(
                "evidence missing",
                Slam,
                find: "    evidence: The article is dated Thursday 21 August 2008.\n",
                replace: string.Empty,
                expected: EvidenceRequired,
                marker: "relative\n    event"),
            Mistake(
                "precision mismatch",
                Freeze,
                find: "precision: day",
                replace: "precision: month",
                expected: PrecisionMismatch,
                marker: "month"),
            Mistake(
                "two speakers",
                Freeze,
                find: "speaker: carmen-romero",
                replace: "speaker: carmen-romero\n    speaker-description: NATO deputy spokeswoman",
                expected: SpeakerInconsistent,
                marker: "- id: halt-cooperation",
                checkColumn: false),
            Mistake(
                "headline quote without 'in'",
                Slam,
                find: "    in: headline\n",
                replace: string.Empty,
                expected: QuoteNotVerbatim,
                marker: "slam door\n    speaker"),
            Mistake(
                "date after publication",
                Slam,
                find: "value: 2008-08-21\n    precision: day\n    basis: relative",
                replace: "value: 2008-08-22\n    precision: day\n    basis: relative",
                expected: DateAfterPublication,
                marker: "2008-08-22"),
            Mistake(
                "said after publication",
                Slam,
                find: "said: { value: 2008-08-21, precision: day",
                replace: "said: { value: 2008-09, precision: month",
                expected: DateAfterPublication,
                marker: "2008-09"),
            Mistake(
                "scheduled date in the past",
                Slam,
                find: "value: 2008-08-21\n    precision: day\n    basis: relative\n"
                    + "    evidence: The article is dated Thursday 21 August 2008.\n",
                replace: "value: 2008-08-20\n    precision: day\n    basis: relative\n"
                    + "    evidence: The article is dated Thursday 21 August 2008.\n    scheduled: true\n",
                expected: ScheduledInPast,
                marker: "2008-08-20"),
            Mistake(
                "unknown speaker named",
                Slam,
                find: "speaker-basis: inferred",
                replace: "speaker-basis: unknown",
                expected: SpeakerInconsistent,
                marker: "unknown\n    speaker-evidence"),
            Mistake(
                "inferred speaker without evidence",
                Slam,
                find: "    speaker-evidence: \"'he said' after a paragraph that names Lavrov as the speaker\"\n",
                replace: string.Empty,
                expected: EvidenceRequired,
                marker: "inferred"),
            Mistake(
                "erratum with neither intended nor note",
                Slam,
                find: "{ printed: reoported, intended: reported }",
                replace: "{ printed: reoported }",
                expected: MissingKey,
                marker: "{ printed: reoported }"),
            Mistake(
                "quote linked to itself",
                Slam,
                find: "same-statement-as: [2008-08-21-slam-door/not-going-to-slam-the-door]",
                replace: "same-statement-as: [2008-08-21-slam-door/slam-door]",
                expected: InvalidValue,
                marker: "2008-08-21-slam-door/slam-door]"),
            Mistake(
                "phrase printed twice without a cue",
                Slam,
                find: "quotes:\n",
                replace: "quotes:\n  - id: phrase\n    text: slam the door\n    speaker: sergei-lavrov\n"
                    + "    mode: partial\n",
                expected: AmbiguousCopy,
                marker: "slam the door\n    speaker"),
            Mistake(
                "occurrence beyond the copies printed",
                Slam,
                find: "    in: headline\n",
                replace: "    in: headline\n    occurrence: 2\n",
                expected: OccurrenceOutOfRange,
                marker: "2\n    speaker: sergei-lavrov\n    mode: partial\n    cue: Lavrov says"),
            Mistake(
                "occurrence zero",
                Slam,
                find: "    in: headline\n",
                replace: "    in: headline\n    occurrence: 0\n",
                expected: InvalidValue,
                marker: "0\n    speaker: sergei-lavrov\n    mode: partial\n    cue: Lavrov says"),
            Mistake(
                "cue in another paragraph",
                Slam,
                find: "cue: Lavrov underlined",
                replace: "cue: dpa reoported",
                expected: CueNotBesideQuote,
                marker: "dpa reoported\n    said"),
            Mistake(
                "cue equally near two copies",
                Slam,
                find: "  \"We are not going to slam the door on NATO,\" Lavrov underlined.",
                replace: "  Lavrov underlined, \"We are not going to slam the door on NATO,\" Lavrov underlined.",
                expected: EquallyNearCopies,
                marker: "Lavrov underlined\n    said"),
            Mistake(
                "date event printed more than once",
                Slam,
                find: "event: Sergei Lavrov said Thursday",
                replace: "event: NATO",
                expected: EquallyNearCopies,
                marker: "NATO\nfigures"),
            Mistake(
                "form only inside a longer word",
                Slam,
                find: "Georgia, dpa reoported.",
                replace: "Georgia, dpareoported.",
                expected: FormWithoutOccurrence,
                marker: "dpa] }"),
            Mistake(
                "registered name not recorded",
                Freeze,
                find: "  - { entity: carmen-romero, as: [Carmen Romero] }\n",
                replace: string.Empty,
                expected: FormNotRecorded,
                marker: "Carmen Romero told"),
            Mistake(
                "registered name in a quoted headline not recorded",
                Freeze,
                find: "headline: Russia freezes military cooperation with NATO",
                replace: "headline: \"Russia freezes military cooperation with NATO, Lavrov says\"",
                expected: FormNotRecorded,
                marker: "Lavrov says"),
            Mistake(
                "unlinked exception that excuses nothing",
                Freeze,
                find: "quotes:\n",
                replace: "unlinked:\n  - { form: Interfax, reason: the agency is not named here }\nquotes:\n",
                expected: StaleUnlinked,
                marker: "Interfax, reason"),
            Mistake(
                "unlinked exception without a reason",
                Freeze,
                find: "quotes:\n",
                replace: "unlinked:\n  - { form: Interfax, reason: \" \" }\nquotes:\n",
                expected: InvalidValue,
                marker: "\" \" }"),
            Mistake(
                "credit without entity",
                Freeze,
                find: "origin: { entity: dpa, basis: stated",
                replace: "origin: { basis: stated",
                expected: CreditInconsistent,
                marker: "stated, evidence: \"By DPA,\""),
            Mistake(
                "oversize file",
                Freeze,
                find: "body: |-\n",
                replace: "body: |-\n  " + new string('x', 8 * 1024 * 1024) + "\n",
                expected: FileTooLarge,
                marker: null),
            Mistake(
                "too much text for string literals",
                Freeze,
                find: "body: |-\n",
                replace: "body: |-\n  " + Fixture.LargeParagraph + "\n\n",
                expected: UserStringHeapFull,
                marker: null,
                literals: true),
        };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_mistake_is_reported_at_its_place(Case mistake)
    {
        var (_, mutated, result) = Make(mistake);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == mistake.Expected.Id);
        AssertDescribedBy(mistake.Expected, diagnostic);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785" || d.Id == InternalError.Id);
        if (mutated is null)
        {
            Assert.Equal(Location.None, diagnostic.Location); // no file to point at: the file is what is missing
            return;
        }

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(mutated.Path, span.Path);
        var (line, column) = mistake.Marker is null ? (0, 0) : Position(mutated.Text, mistake.Marker);
        Assert.Equal(line + 1, span.StartLinePosition.Line + 1);
        if (mistake.CheckColumn)
        {
            Assert.Equal(column + 1, span.StartLinePosition.Character + 1);
        }
    }

    [Fact]
    public void Every_mistake_reads_as_a_compiler_error()
    {
        // Every diagnostic each mistake causes, not only the expected one: a cascade is part of what a curator reads.
        var report = new StringBuilder();
        foreach (var mistake in Mistakes())
        {
            var (files, _, result) = Make(mistake);
            report.Append(report.Length == 0 ? string.Empty : "\n").Append("## ").Append(mistake.Name).Append('\n');
            report.Append(DiagnosticRendering.Render(result.Diagnostics, files.ToDictionary(f => f.Path, f => f.Text)));
        }

        Snapshot.Match(report.ToString());
    }

    [Fact]
    public void Unknown_ids_suggest_the_closest_registered_one()
    {
        var slam = Fixture.SlamDoor with
        {
            Text = ReplaceFirst(Fixture.SlamDoor.Text, "speaker: sergei-lavrov", "speaker: sergei-lavrof"),
        };
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, slam, Fixture.Freeze);

        var message = Assert.Single(result.Diagnostics).GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("did you mean 'sergei-lavrov'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_article_is_not_emitted_and_the_others_still_are()
    {
        var broken = Fixture.Freeze with { Text = "id: [" };
        var (result, output) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor, broken);

        Assert.Contains(result.Diagnostics, d => d.Id == YamlSyntax.Id);
        var sources = string.Concat(result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("// - " + Fixture.SlamDoorId + "\n", sources, StringComparison.Ordinal);
        Assert.DoesNotContain(Fixture.FreezeId, sources, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void References_into_a_broken_file_are_not_reported_twice()
    {
        // The link is a mechanics check only: it points at the other fixture article's quote id.
        var linking = Fixture.SlamDoor with
        {
            Text = ReplaceFirst(
                Fixture.SlamDoor.Text,
                "cue: Lavrov underlined",
                "cue: Lavrov underlined\n    same-statement-as: [2008-08-21-freeze/halt-cooperation]"),
        };
        Assert.Empty(GeneratorHarness.Run(Fixture.Entities, linking, Fixture.Freeze).Result.Diagnostics);

        var broken = Fixture.Freeze with
        {
            Text = Fixture.Freeze.Text.Replace(
                "evidence: \"By DPA,\" }",
                "evidence: \"By DPA, }",
                StringComparison.Ordinal),
        };
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, linking, broken);

        var only = Assert.Single(result.Diagnostics);
        AssertDescribedBy(YamlSyntax, only);
        Assert.Equal(broken.Path, only.Location.GetLineSpan().Path);

        // The registry gives Lavrov a role in the slam-door article; when that file breaks, only its own error is
        // reported.
        var brokenSlam = Fixture.SlamDoor with { Text = "id: [" };
        var role = Assert.Single(GeneratorHarness.Run(Fixture.Entities, brokenSlam, Fixture.Freeze).Result.Diagnostics);
        AssertDescribedBy(YamlSyntax, role);
    }

    [Fact]
    public void An_article_citing_an_entity_without_a_handle_adds_no_CSharp_error()
    {
        // 'equals' would hide object.Equals (DSG208), so it gets no handle; the article citing it is not emitted, so
        // the build fails with the registry's one error instead of that error and a C# error on Entities.Equals.
        var (registry, freeze) = (
            Fixture.Entities.Registering("equals", "Brussels", "city"),
            Fixture.Freeze.Mentioning("equals", "Brussels"));
        var citing = Fixture.SlamDoor with
        {
            Text = ReplaceFirst(Fixture.SlamDoor.Text, "cites: [dpa]", "cites: [dpa, equals]"),
        };
        var (result, output) = GeneratorHarness.Run(registry, citing, freeze);

        AssertDescribedBy(ReservedHandle, Assert.Single(result.Diagnostics));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        // Both articles refer to 'equals' (one cites it, one mentions it), so neither has a record: no bucket file.
        var generated = result.Results.Single().GeneratedSources.Select(source => source.HintName);
        Assert.Equal(
            new[] { IndexEmitter.HintName, EntitiesEmitter.HintName }.OrderBy(name => name, StringComparer.Ordinal),
            generated.OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public void References_into_a_broken_registry_are_not_reported_as_unknown_entities()
    {
        // Every article refers to entities; with the registry unreadable, only the registry's own error is reported.
        var brokenRegistry = Fixture.Entities with { Text = Fixture.Entities.Text + "\n  - id: [" };
        var (result, _) = GeneratorHarness.Run(brokenRegistry, Fixture.SlamDoor, Fixture.Freeze);

        var only = Assert.Single(result.Diagnostics);
        AssertDescribedBy(YamlSyntax, only);
        Assert.Equal(brokenRegistry.Path, only.Location.GetLineSpan().Path);

        // A readable registry still reports an id it lacks.
        var lacking = Fixture.Entities with
        {
            Text = Fixture.Entities.Text.Replace("  - id: dpa", "  - id: dpa-agency", StringComparison.Ordinal),
        };
        Assert.Contains(GeneratorHarness.Run(lacking, Fixture.SlamDoor, Fixture.Freeze).Result.Diagnostics, d =>
            d.Id == UnknownEntity.Id);
    }

    [Fact]
    public void A_second_registry_is_reported_on_its_own_file()
    {
        var second = YamlFile.Entities(Fixture.Entities.Text, "/data/more/entities.yaml");
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, second, Fixture.SlamDoor, Fixture.Freeze);

        var extra = Assert.Single(result.Diagnostics);
        AssertDescribedBy(RegistryCount, extra);
        Assert.Equal(second.Path, extra.Location.GetLineSpan().Path);
        Assert.Equal(
            new Microsoft.CodeAnalysis.Text.LinePosition(0, 0),
            extra.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void Two_files_with_one_article_id_report_the_later_file()
    {
        var copy = Fixture.Freeze with { Path = "/other/" + Fixture.FreezeId + ".yaml" };
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor, Fixture.Freeze, copy);

        var duplicate = Assert.Single(result.Diagnostics);
        AssertDescribedBy(DuplicateId, duplicate);
        Assert.Equal(copy.Path, duplicate.Location.GetLineSpan().Path);
        Assert.Equal(0, duplicate.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(
            "/data/" + Fixture.FreezeId + ".yaml",
            duplicate.GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_positions_stay_right()
    {
        var utf8WithBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var bytes = utf8WithBom.GetPreamble().Concat(utf8WithBom.GetBytes(Fixture.Freeze.Text)).ToArray();
        Assert.Empty(
            Run(Fixture.Freeze.Path, Microsoft.CodeAnalysis.Text.SourceText.From(bytes, bytes.Length)).Diagnostics);

        // A BOM left in the decoded text (as an editor may write twice) is not part of the first key either,
        // and a mistake after it is still found on its own line and column.
        var mistaken = "﻿" + Fixture.Freeze.Text.Replace("mode: direct", "mode: direkt", StringComparison.Ordinal);
        var diagnostic = Assert.Single(
            Run(Fixture.Freeze.Path, Microsoft.CodeAnalysis.Text.SourceText.From(mistaken)).Diagnostics);
        AssertDescribedBy(InvalidValue, diagnostic);
        var (line, column) = Position(Fixture.Freeze.Text, "direct");
        Assert.Equal(
            (line, column),
            (
                diagnostic.Location.GetLineSpan().StartLinePosition.Line,
                diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_reported_not_misread()
    {
        // Invalid UTF-8 decoded leniently becomes U+FFFD, reported where it sits.
        var bytes = System.Text.Encoding.UTF8.GetBytes(
            Fixture.Freeze.Text.Replace("Russia freezes", "Russia fr#ezes", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xE9; // Latin-1 'é': not valid UTF-8 here
        var lenient = Assert.Single(
            Run(Fixture.Freeze.Path, Microsoft.CodeAnalysis.Text.SourceText.From(bytes, bytes.Length)).Diagnostics);
        AssertDescribedBy(NotUtf8, lenient);
        Assert.Equal(2, lenient.Location.GetLineSpan().StartLinePosition.Line);

        // The compiler falls back to a legacy code page when strict UTF-8 decoding fails; that file is reported as a
        // whole.
        var fallback = Assert.Single(
            Run(
                Fixture.Freeze.Path,
                Microsoft.CodeAnalysis.Text.SourceText.From(Fixture.Freeze.Text, System.Text.Encoding.Latin1)
            ).Diagnostics);
        AssertDescribedBy(NotUtf8, fallback);
        Assert.Contains("iso-8859-1", fallback.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(Fixture.Freeze.Path, fallback.Location.GetLineSpan().Path);
    }

    /// <summary>Runs the fixture dataset with one file's text given as decoded by the compiler.</summary>
    private static GeneratorDriverRunResult Run(string path, Microsoft.CodeAnalysis.Text.SourceText text)
    {
        var files = Fixture.All;
        var texts = files.Select(f =>
            f.Path == path
                ? new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(path, text)
                : new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(f.Path, f.Text));
        return GeneratorHarness.Run(files, texts, GeneratorHarness.ModelCompilation()).Result;
    }

    /// <summary>
    /// Makes the mistake in the fixture dataset and runs the generator: returns the files run, the mutated file
    /// (null when the mistake removes it) and the result.
    /// </summary>
    private static (YamlFile[] Files, YamlFile? Mutated, GeneratorDriverRunResult Result) Make(Case mistake)
    {
        var original = Fixture.All.Single(f => System.IO.Path.GetFileNameWithoutExtension(f.Path) == mistake.File);
        Assert.True(
            mistake.Find == "*" || original.Text.Contains(mistake.Find, StringComparison.Ordinal),
            "fixture lacks: " + mistake.Find);
        var mutated =
            mistake.Replace == RemoveFile
                ? null
                : original with
                {
                    Text =
                        mistake.Find == "*"
                            ? mistake.Replace
                            : ReplaceFirst(original.Text, mistake.Find, mistake.Replace),
                };
        var others = Fixture.All.Where(f => f != original);
        var files = (mutated is null ? others : others.Append(mutated)).ToArray();
        return (files,
            mutated,
            GeneratorHarness
                .Run(mistake.Literals ? GeneratorHarness.LiteralsOptions : GeneratorHarness.ParseOptions, files)
                .Result);
    }

    /// <summary>
    /// The diagnostic is the one <paramref name="expected"/> describes: its id, title and category, at its severity.
    /// </summary>
    private static void AssertDescribedBy(DiagnosticDescriptor expected, Diagnostic actual)
    {
        Assert.Equal(expected.Id, actual.Descriptor.Id);
        Assert.Equal(
            expected.Title.ToString(CultureInfo.InvariantCulture),
            actual.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.Category, actual.Descriptor.Category);
        Assert.Equal(expected.DefaultSeverity, actual.Descriptor.DefaultSeverity);
        Assert.Equal(expected.DefaultSeverity, actual.Severity);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text.Substring(0, at) + replace + text.Substring(at + find.Length);
    }

    private static (int Line, int Column) Position(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "marker not in the mutated text: " + marker);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return (text.Take(at).Count(c => c == '\n'), at - lineStart);
    }
}
