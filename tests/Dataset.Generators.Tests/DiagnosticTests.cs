using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
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
    /// <param name="Literals">Build for a target without UTF-8 literals (as netstandard2.0), where records are string literals.</param>
    public sealed record Case(string Name, string File, string Find, string Replace, DiagnosticDescriptor Expected, string? Marker, bool CheckColumn = true, bool Literals = false)
    {
        public override string ToString() => Name;
    }

    private const string Slam = Fixture.SlamDoorId;
    private const string Freeze = Fixture.FreezeId;
    private const string Registry = "entities";

    /// <summary>As <see cref="Case.Replace"/>, leaves the file out of the dataset: then there is no file to point at.</summary>
    private const string RemoveFile = "<remove>";

    /// <summary>The mistakes as theory data.</summary>
    public static IEnumerable<object[]> Cases() => Mistakes().Select(mistake => new object[] { mistake });

    /// <summary>Every mistake, in the order the snapshot lists them.</summary>
    public static IEnumerable<Case> Mistakes() => new[]
    {
        new Case("unclosed quote", Freeze, "evidence: \"By DPA,\" }", "evidence: \"By DPA, }", YamlSyntax, "\"By DPA, }", CheckColumn: false),
        new Case("empty file", Freeze, "*", string.Empty, EmptyDocument, null),
        new Case("second document", Freeze, "quotes:", "---\nquotes:", MultipleDocuments, "---"),
        new Case("anchor", Freeze, "seed: 001", "seed: &s 001", AnchorsNotSupported, "&s"),
        new Case("duplicate key", Freeze, "headline:", "seed: again\nheadline:", DuplicateKey, "seed: again"),
        new Case("too deep", Freeze, "byline: By DPA,", "byline: " + new string('[', 40) + new string(']', 40), NestingTooDeep, new string('[', 40).Substring(0, 8), CheckColumn: false),
        new Case("complex key", Freeze, "byline: By DPA,", "? [a, b]\n: c", ComplexKey, "[a, b]"),
        new Case("tab indentation", Freeze, "  precision: day\n  basis: inferred", "  precision: day\n\tbasis: inferred", YamlSyntax, "\tbasis"),
        new Case("bad indentation", Freeze, "  precision: day\n  basis: inferred", "  precision: day\n     basis: inferred", YamlSyntax, "     basis", CheckColumn: false),
        new Case("unclosed bracket", Freeze, "as: [NATO] }", "as: [NATO }", YamlSyntax, "[NATO }", CheckColumn: false),
        new Case("unclosed flow list running into the next line", Slam, "same-statement-as: [2008-08-21-slam-door/not-going-to-slam-the-door]\n  - id: no-plans", "same-statement-as: [2008-08-21-slam-door/not-going-to-slam-the-doorU\n  - id: no-plans", YamlSyntax, "[2008-08-21-slam-door/not-going-to-slam-the-doorU"),
        new Case("replacement character from bad bytes", Freeze, "Russia freezes", "Russia fr\uFFFDezes", NotUtf8, "\uFFFD"),
        new Case("root not a mapping", Freeze, "*", "- just\n- a list\n", WrongNodeKind, null),
        new Case("unknown key", Slam, "headline:", "headlne: typo\nheadline:", UnknownKey, "headlne"),
        new Case("missing key", Freeze, "seed: 001_1ab95ee2ebccea92.txt\n", string.Empty, MissingKey, null),
        new Case("invalid token", Slam, "mode: direct", "mode: direkt", InvalidValue, "direkt"),
        new Case("invalid id", Slam, "id: not-going", "id: Not_Going", InvalidValue, "Not_Going"),
        new Case("body with final line break", Freeze, "body: |-", "body: |", InvalidValue, "|\n  “We"),
        new Case("invalid number", Slam, "value: 10,", "value: 10 troops,", InvalidValue, "10 troops"),
        new Case("non-ASCII digits in a date", Freeze, "value: 2008-08-21", "value: \u0662\u0660\u0660\u0668-08-21", InvalidDate, "\u0662\u0660\u0660\u0668"),
        new Case("30 February", Freeze, "value: 2008-08-21", "value: 2008-02-30", InvalidDate, "2008-02-30"),
        new Case("range ends of different precision", Freeze, "value: 2008-08-21\n  precision: day", "value: 2008-08/2008-08-21\n  precision: range", InvalidDate, "2008-08/2008-08-21"),
        new Case("tag on a value", Freeze, "seed: 001", "seed: !!str 001", UnsupportedTag, "!!str"),
        new Case("custom tag on a mapping", Slam, "publisher:\n  basis: unknown", "publisher: !credit\n  basis: unknown", UnsupportedTag, "!credit"),
        new Case("directive", Freeze, "id: 2008-08-21-freeze\n", "%YAML 1.2\n---\nid: 2008-08-21-freeze\n", UnsupportedDirective, "%YAML"),
        new Case("reserved directive the reader skips", Freeze, "id: 2008-08-21-freeze\n", "# a comment\n%FOO bar\n---\nid: 2008-08-21-freeze\n", UnsupportedDirective, "%FOO"),
        new Case("null optional value", Freeze, "byline: By DPA,", "byline: ~", NullValue, "byline: ~"),
        new Case("empty required value", Freeze, "seed: 001_1ab95ee2ebccea92.txt", "seed:", NullValue, "seed:"),
        new Case("null list item", Slam, "as: [Sergei Lavrov, Lavrov]", "as: [Sergei Lavrov, Lavrov, ~]", NullValue, "~]"),
        new Case("id cited twice", Slam, "cites: [dpa]", "cites: [dpa, dpa]", DuplicateItem, "dpa]\nquotes"),
        new Case("role listed twice", Registry, "        article: 2008-08-21-slam-door\n", "        article: 2008-08-21-slam-door\n      - title: Russian Foreign Minister\n        article: 2008-08-21-slam-door\n", DuplicateItem, "Russian Foreign Minister\n        article: 2008-08-21-slam-door\n  - id: dpa"),
        new Case("empty optional list", Slam, "cites: [dpa]", "cites: []", InvalidValue, "[]"),
        new Case("blank text", Slam, "cue: Lavrov underlined", "cue: \" \"", InvalidValue, "\" \""),
        new Case("text padded with a space", Slam, "cue: Lavrov underlined", "cue: \"Lavrov underlined \"", InvalidValue, "\"Lavrov underlined "),
        new Case("folded body", Freeze, "body: |-", "body: >-", InvalidValue, ">-\n  “We"),
        new Case("scheduled not true or false", Slam, "    evidence: The article is dated Thursday 21 August 2008.\n", "    evidence: The article is dated Thursday 21 August 2008.\n    scheduled: yes\n", InvalidValue, "yes"),
        new Case("merge key", Freeze, "byline: By DPA,", "<<: { dateline: Brussels }\nbyline: By DPA,", UnknownKey, "<<"),
        new Case("unknown entity", Slam, "speaker: sergei-lavrov", "speaker: sergei-lavrof", UnknownEntity, "sergei-lavrof"),
        new Case("unknown quote", Slam, "cue: Lavrov underlined", "cue: Lavrov underlined\n    same-statement-as: [2008-08-21-freeze/no-such-quote]", UnknownQuote, "2008-08-21-freeze/no-such-quote"),
        new Case("duplicate quote id", Freeze, "id: halt-cooperation", "id: halt-cooperation\n    text: We have received\n    speaker: carmen-romero\n    mode: partial\n  - id: halt-cooperation", DuplicateId, "halt-cooperation\n    text: We have received formal"),
        // An entity a registry case adds is named by a word printed only inside a recorded form ("Sergei" in "Sergei Lavrov",
        // "Carmen" in "Carmen Romero"): printed (DSG210) and covered (DSG315), so the case shows its one mistake.
        new Case("duplicate entity id", Registry, "    name: Carmen Romero\n", "    name: Carmen Romero\n    kind: person\n  - id: dpa\n    name: Carmen\n", DuplicateId, "dpa\n    name: Carmen"),
        new Case("no registry", Registry, "*", RemoveFile, RegistryCount, null),
        new Case("handle collision", Registry, "  - id: nato", "  - id: a-b1\n    name: Sergei\n    kind: person\n  - id: a-b-1\n    name: Carmen\n    kind: person\n  - id: nato", HandleCollision, "a-b-1"),
        new Case("file name mismatch", Freeze, "id: 2008-08-21-freeze", "id: 2008-08-21-frozen", FileNameMismatch, "2008-08-21-frozen"),
        new Case("handle hiding a dataset type", Registry, "  - id: nato", "  - id: entity-kind\n    name: Sergei\n    kind: person\n  - id: nato", ReservedHandle, "entity-kind"),
        new Case("reserved handle", Registry, "  - id: nato", "  - id: equals\n    name: Sergei\n    kind: person\n  - id: nato", ReservedHandle, "equals"),
        new Case("handle hiding the registry list", Registry, "  - id: nato", "  - id: all\n    name: Sergei\n    kind: person\n  - id: nato", ReservedHandle, "all\n"),
        new Case("unknown role article", Registry, "article: 2008-08-21-slam-door", "article: 2008-08-21-slam-dor", UnknownArticle, "2008-08-21-slam-dor"),
        new Case("form on two entities", Registry, "    name: Carmen Romero\n    kind: person", "    name: Carmen Romero\n    kind: person\n    aliases: [ Lavrov ]", FormRegisteredTwice, "Lavrov ]"),
        new Case("name repeated as an alias", Registry, "aliases: [Lavrov]", "aliases: [Lavrov, Sergei Lavrov]", FormRegisteredTwice, "Sergei Lavrov]"),
        new Case("alias printed in no article", Registry, "aliases: [Lavrov]", "aliases: [Lavrov, Serguei Lavrov]", FormNotPrinted, "Serguei Lavrov"),
        new Case("entity named in no article", Registry, "  - id: nato", "  - id: norway\n    name: Norway\n    kind: country\n  - id: nato", FormNotPrinted, "Norway"),
        new Case("quote not verbatim", Slam, "text: We are not going", "text: We are not gonna", QuoteNotVerbatim, "We are not gonna"),
        new Case("cue not verbatim", Slam, "cue: Lavrov underlined", "cue: Lavrov stressed", TextNotVerbatim, "Lavrov stressed"),
        new Case("erratum not in text", Slam, "printed: reoported", "printed: reporoted", TextNotVerbatim, "reporoted"),
        new Case("role title not in article", Registry, "title: Russian Foreign Minister", "title: Russian Foreign Secretary", TextNotVerbatim, "Russian Foreign Secretary"),
        new Case("form not registered", Slam, "as: [Sergei Lavrov, Lavrov]", "as: [Sergei Lavrov, Lavrov, Sergei]", FormNotRegistered, "Sergei]"),
        new Case("evidence missing", Slam, "    evidence: The article is dated Thursday 21 August 2008.\n", string.Empty, EvidenceRequired, "relative\n    event"),
        new Case("precision mismatch", Freeze, "precision: day", "precision: month", PrecisionMismatch, "month"),
        new Case("two speakers", Freeze, "speaker: carmen-romero", "speaker: carmen-romero\n    speaker-description: NATO deputy spokeswoman", SpeakerInconsistent, "- id: halt-cooperation", CheckColumn: false),
        new Case("headline quote without 'in'", Slam, "    in: headline\n", string.Empty, QuoteNotVerbatim, "slam door\n    speaker"),
        new Case("date after publication", Slam, "value: 2008-08-21\n    precision: day\n    basis: relative", "value: 2008-08-22\n    precision: day\n    basis: relative", DateAfterPublication, "2008-08-22"),
        new Case("said after publication", Slam, "said: { value: 2008-08-21, precision: day", "said: { value: 2008-09, precision: month", DateAfterPublication, "2008-09"),
        new Case("scheduled date in the past", Slam, "value: 2008-08-21\n    precision: day\n    basis: relative\n    evidence: The article is dated Thursday 21 August 2008.\n", "value: 2008-08-20\n    precision: day\n    basis: relative\n    evidence: The article is dated Thursday 21 August 2008.\n    scheduled: true\n", ScheduledInPast, "2008-08-20"),
        new Case("unknown speaker named", Slam, "speaker-basis: inferred", "speaker-basis: unknown", SpeakerInconsistent, "unknown\n    speaker-evidence"),
        new Case("inferred speaker without evidence", Slam, "    speaker-evidence: \"'he said' after a paragraph that names Lavrov as the speaker\"\n", string.Empty, EvidenceRequired, "inferred"),
        new Case("erratum with neither intended nor note", Slam, "{ printed: reoported, intended: reported }", "{ printed: reoported }", MissingKey, "{ printed: reoported }"),
        new Case("quote linked to itself", Slam, "same-statement-as: [2008-08-21-slam-door/not-going-to-slam-the-door]", "same-statement-as: [2008-08-21-slam-door/slam-door]", InvalidValue, "2008-08-21-slam-door/slam-door]"),
        new Case("phrase printed twice without a cue", Slam, "quotes:\n", "quotes:\n  - id: phrase\n    text: slam the door\n    speaker: sergei-lavrov\n    mode: partial\n", AmbiguousCopy, "slam the door\n    speaker"),
        new Case("occurrence beyond the copies printed", Slam, "    in: headline\n", "    in: headline\n    occurrence: 2\n", OccurrenceOutOfRange, "2\n    speaker: sergei-lavrov\n    mode: partial\n    cue: Lavrov says"),
        new Case("occurrence zero", Slam, "    in: headline\n", "    in: headline\n    occurrence: 0\n", InvalidValue, "0\n    speaker: sergei-lavrov\n    mode: partial\n    cue: Lavrov says"),
        new Case("cue in another paragraph", Slam, "cue: Lavrov underlined", "cue: dpa reoported", CueNotBesideQuote, "dpa reoported\n    said"),
        new Case("cue equally near two copies", Slam, "  \"We are not going to slam the door on NATO,\" Lavrov underlined.", "  Lavrov underlined, \"We are not going to slam the door on NATO,\" Lavrov underlined.", EquallyNearCopies, "Lavrov underlined\n    said"),
        new Case("date event printed more than once", Slam, "event: Sergei Lavrov said Thursday", "event: NATO", EquallyNearCopies, "NATO\nfigures"),
        new Case("form only inside a longer word", Slam, "Georgia, dpa reoported.", "Georgia, dpareoported.", FormWithoutOccurrence, "dpa] }"),
        new Case("registered name not recorded", Freeze, "  - { entity: carmen-romero, as: [Carmen Romero] }\n", string.Empty, FormNotRecorded, "Carmen Romero told"),
        new Case("registered name in a quoted headline not recorded", Freeze, "headline: Russia freezes military cooperation with NATO", "headline: \"Russia freezes military cooperation with NATO, Lavrov says\"", FormNotRecorded, "Lavrov says"),
        new Case("unlinked exception that excuses nothing", Freeze, "quotes:\n", "unlinked:\n  - { form: Interfax, reason: the agency is not named here }\nquotes:\n", StaleUnlinked, "Interfax, reason"),
        new Case("unlinked exception without a reason", Freeze, "quotes:\n", "unlinked:\n  - { form: Interfax, reason: \" \" }\nquotes:\n", InvalidValue, "\" \" }"),
        new Case("credit without entity", Freeze, "origin: { entity: dpa, basis: stated", "origin: { basis: stated", CreditInconsistent, "stated, evidence: \"By DPA,\""),
        new Case("oversize file", Freeze, "body: |-\n", "body: |-\n  " + new string('x', 8 * 1024 * 1024) + "\n", FileTooLarge, null),
        new Case("too much text for string literals", Freeze, "body: |-\n", "body: |-\n  " + Fixture.LargeParagraph + "\n\n", UserStringHeapFull, null, Literals: true),
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
        var slam = Fixture.SlamDoor with { Text = ReplaceFirst(Fixture.SlamDoor.Text, "speaker: sergei-lavrov", "speaker: sergei-lavrof") };
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
        var linking = Fixture.SlamDoor with { Text = ReplaceFirst(Fixture.SlamDoor.Text, "cue: Lavrov underlined", "cue: Lavrov underlined\n    same-statement-as: [2008-08-21-freeze/halt-cooperation]") };
        Assert.Empty(GeneratorHarness.Run(Fixture.Entities, linking, Fixture.Freeze).Result.Diagnostics);

        var broken = Fixture.Freeze with { Text = Fixture.Freeze.Text.Replace("evidence: \"By DPA,\" }", "evidence: \"By DPA, }", StringComparison.Ordinal) };
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, linking, broken);

        var only = Assert.Single(result.Diagnostics);
        AssertDescribedBy(YamlSyntax, only);
        Assert.Equal(broken.Path, only.Location.GetLineSpan().Path);

        // The registry gives Lavrov a role in the slam-door article; when that file breaks, only its own error is reported.
        var brokenSlam = Fixture.SlamDoor with { Text = "id: [" };
        var role = Assert.Single(GeneratorHarness.Run(Fixture.Entities, brokenSlam, Fixture.Freeze).Result.Diagnostics);
        AssertDescribedBy(YamlSyntax, role);
    }

    [Fact]
    public void An_article_citing_an_entity_without_a_handle_adds_no_CSharp_error()
    {
        // 'equals' would hide object.Equals (DSG208), so it gets no handle; the article citing it is not emitted, so
        // the build fails with the registry's one error instead of that error and a C# error on Entities.Equals.
        var (registry, freeze) = (Fixture.Entities.Registering("equals", "Brussels", "city"), Fixture.Freeze.Mentioning("equals", "Brussels"));
        var citing = Fixture.SlamDoor with { Text = ReplaceFirst(Fixture.SlamDoor.Text, "cites: [dpa]", "cites: [dpa, equals]") };
        var (result, output) = GeneratorHarness.Run(registry, citing, freeze);

        AssertDescribedBy(ReservedHandle, Assert.Single(result.Diagnostics));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain(result.GeneratedTrees, tree => tree.FilePath.EndsWith("Article." + Fixture.SlamDoorId + ".g.cs", StringComparison.Ordinal));
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
        var lacking = Fixture.Entities with { Text = Fixture.Entities.Text.Replace("  - id: dpa", "  - id: dpa-agency", StringComparison.Ordinal) };
        Assert.Contains(GeneratorHarness.Run(lacking, Fixture.SlamDoor, Fixture.Freeze).Result.Diagnostics, d => d.Id == UnknownEntity.Id);
    }

    [Fact]
    public void A_second_registry_is_reported_on_its_own_file()
    {
        var second = YamlFile.Entities(Fixture.Entities.Text, "/data/more/entities.yaml");
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, second, Fixture.SlamDoor, Fixture.Freeze);

        var extra = Assert.Single(result.Diagnostics);
        AssertDescribedBy(RegistryCount, extra);
        Assert.Equal(second.Path, extra.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(0, 0), extra.Location.GetLineSpan().StartLinePosition);
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
        Assert.Contains("/data/" + Fixture.FreezeId + ".yaml", duplicate.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_positions_stay_right()
    {
        var utf8WithBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var bytes = utf8WithBom.GetPreamble().Concat(utf8WithBom.GetBytes(Fixture.Freeze.Text)).ToArray();
        Assert.Empty(Run(Fixture.Freeze.Path, Microsoft.CodeAnalysis.Text.SourceText.From(bytes, bytes.Length)).Diagnostics);

        // A BOM left in the decoded text (as an editor may write twice) is not part of the first key either,
        // and a mistake after it is still found on its own line and column.
        var mistaken = "﻿" + Fixture.Freeze.Text.Replace("mode: direct", "mode: direkt", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Run(Fixture.Freeze.Path, Microsoft.CodeAnalysis.Text.SourceText.From(mistaken)).Diagnostics);
        AssertDescribedBy(InvalidValue, diagnostic);
        var (line, column) = Position(Fixture.Freeze.Text, "direct");
        Assert.Equal((line, column), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_reported_not_misread()
    {
        // Invalid UTF-8 decoded leniently becomes U+FFFD, reported where it sits.
        var bytes = System.Text.Encoding.UTF8.GetBytes(Fixture.Freeze.Text.Replace("Russia freezes", "Russia fr#ezes", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xE9; // Latin-1 'é': not valid UTF-8 here
        var lenient = Assert.Single(Run(Fixture.Freeze.Path, Microsoft.CodeAnalysis.Text.SourceText.From(bytes, bytes.Length)).Diagnostics);
        AssertDescribedBy(NotUtf8, lenient);
        Assert.Equal(2, lenient.Location.GetLineSpan().StartLinePosition.Line);

        // The compiler falls back to a legacy code page when strict UTF-8 decoding fails; that file is reported as a whole.
        var fallback = Assert.Single(Run(Fixture.Freeze.Path, Microsoft.CodeAnalysis.Text.SourceText.From(Fixture.Freeze.Text, System.Text.Encoding.Latin1)).Diagnostics);
        AssertDescribedBy(NotUtf8, fallback);
        Assert.Contains("iso-8859-1", fallback.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(Fixture.Freeze.Path, fallback.Location.GetLineSpan().Path);
    }

    /// <summary>Runs the fixture dataset with one file's text given as decoded by the compiler.</summary>
    private static GeneratorDriverRunResult Run(string path, Microsoft.CodeAnalysis.Text.SourceText text)
    {
        var files = Fixture.All;
        var texts = files.Select(f => f.Path == path ? new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(path, text) : new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(f.Path, f.Text));
        return GeneratorHarness.Run(files, texts, GeneratorHarness.ModelCompilation()).Result;
    }

    /// <summary>
    /// Makes the mistake in the fixture dataset and runs the generator: returns the files run, the mutated file
    /// (null when the mistake removes it) and the result.
    /// </summary>
    private static (YamlFile[] Files, YamlFile? Mutated, GeneratorDriverRunResult Result) Make(Case mistake)
    {
        var original = Fixture.All.Single(f => System.IO.Path.GetFileNameWithoutExtension(f.Path) == mistake.File);
        Assert.True(mistake.Find == "*" || original.Text.Contains(mistake.Find, StringComparison.Ordinal), "fixture lacks: " + mistake.Find);
        var mutated = mistake.Replace == RemoveFile
            ? null
            : original with { Text = mistake.Find == "*" ? mistake.Replace : ReplaceFirst(original.Text, mistake.Find, mistake.Replace) };
        var others = Fixture.All.Where(f => f != original);
        var files = (mutated is null ? others : others.Append(mutated)).ToArray();
        return (files, mutated, GeneratorHarness.Run(mistake.Literals ? GeneratorHarness.LiteralsOptions : GeneratorHarness.ParseOptions, files).Result);
    }

    /// <summary>The diagnostic is the one <paramref name="expected"/> describes: its id, title and category, at its severity.</summary>
    private static void AssertDescribedBy(DiagnosticDescriptor expected, Diagnostic actual)
    {
        Assert.Equal(expected.Id, actual.Descriptor.Id);
        Assert.Equal(expected.Title.ToString(CultureInfo.InvariantCulture), actual.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
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
