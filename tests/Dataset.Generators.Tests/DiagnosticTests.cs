using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// Every diagnostic, triggered by one mistake in an otherwise valid dataset, and located where the mistake is:
/// the right file, and the line and column of the marker text in the mutated file.
/// </summary>
public class DiagnosticTests
{
    /// <summary>A mistake: which fixture file, what to replace, the diagnostic expected, and the text it must point at.</summary>
    public sealed record Case(string Name, string File, string Find, string Replace, string Id, string? Marker, bool CheckColumn = true)
    {
        public override string ToString() => Name;
    }

    private const string Slam = Fixture.SlamDoorId;
    private const string Freeze = Fixture.FreezeId;
    private const string Registry = "entities";

    public static IEnumerable<object[]> Cases() => new[]
    {
        new Case("unclosed quote", Freeze, "evidence: \"By DPA,\" }", "evidence: \"By DPA, }", "DSG001", "\"By DPA, }", CheckColumn: false),
        new Case("empty file", Freeze, "*", string.Empty, "DSG002", null),
        new Case("second document", Freeze, "quotes:", "---\nquotes:", "DSG003", "---"),
        new Case("anchor", Freeze, "seed: 001", "seed: &s 001", "DSG004", "&s"),
        new Case("duplicate key", Freeze, "headline:", "seed: again\nheadline:", "DSG005", "seed: again"),
        new Case("too deep", Freeze, "byline: By DPA,", "byline: " + new string('[', 40) + new string(']', 40), "DSG006", new string('[', 40).Substring(0, 8), CheckColumn: false),
        new Case("complex key", Freeze, "byline: By DPA,", "? [a, b]\n: c", "DSG007", "[a, b]"),
        new Case("tab indentation", Freeze, "  precision: day\n  basis: inferred", "  precision: day\n\tbasis: inferred", "DSG001", "\tbasis"),
        new Case("bad indentation", Freeze, "  precision: day\n  basis: inferred", "  precision: day\n     basis: inferred", "DSG001", "     basis", CheckColumn: false),
        new Case("unclosed bracket", Freeze, "as: [NATO] }", "as: [NATO }", "DSG001", "[NATO }", CheckColumn: false),
        new Case("unclosed flow list running into the next line", Slam, "same-statement-as: [2008-08-21-slam-door/not-going-to-slam-the-door]\n  - id: no-plans", "same-statement-as: [2008-08-21-slam-door/not-going-to-slam-the-doorU\n  - id: no-plans", "DSG001", "[2008-08-21-slam-door/not-going-to-slam-the-doorU"),
        new Case("replacement character from bad bytes", Freeze, "Russia freezes", "Russia fr\uFFFDezes", "DSG008", "\uFFFD"),
        new Case("root not a mapping", Freeze, "*", "- just\n- a list\n", "DSG101", null),
        new Case("unknown key", Slam, "headline:", "headlne: typo\nheadline:", "DSG102", "headlne"),
        new Case("missing key", Freeze, "seed: 001_1ab95ee2ebccea92.txt\n", string.Empty, "DSG103", null),
        new Case("invalid token", Slam, "mode: direct", "mode: direkt", "DSG104", "direkt"),
        new Case("invalid id", Slam, "id: not-going", "id: Not_Going", "DSG104", "Not_Going"),
        new Case("body with final line break", Freeze, "body: |-", "body: |", "DSG104", "|\n  “We"),
        new Case("invalid number", Slam, "value: 10,", "value: 10 troops,", "DSG104", "10 troops"),
        new Case("non-ASCII digits in a date", Freeze, "value: 2008-08-21", "value: \u0662\u0660\u0660\u0668-08-21", "DSG105", "\u0662\u0660\u0660\u0668"),
        new Case("30 February", Freeze, "value: 2008-08-21", "value: 2008-02-30", "DSG105", "2008-02-30"),
        new Case("unknown entity", Slam, "speaker: sergei-lavrov", "speaker: sergei-lavrof", "DSG201", "sergei-lavrof"),
        new Case("unknown quote", Slam, "cue: Lavrov underlined", "cue: Lavrov underlined\n    same-statement-as: [2008-08-21-freeze/no-such-quote]", "DSG202", "2008-08-21-freeze/no-such-quote"),
        new Case("duplicate quote id", Freeze, "id: halt-cooperation", "id: halt-cooperation\n    text: We have received\n    speaker: carmen-romero\n    mode: partial\n  - id: halt-cooperation", "DSG203", "halt-cooperation\n    text: We have received formal"),
        new Case("duplicate entity id", Registry, "    name: Carmen Romero\n", "    name: Carmen Romero\n    kind: person\n  - id: interfax\n    name: Interfax again\n", "DSG203", "interfax\n    name: Interfax again"),
        new Case("no registry", Registry, "*", "<remove>", "DSG204", null),
        new Case("handle collision", Registry, "  - id: interfax", "  - id: a-b1\n    name: Interfax\n    kind: media\n  - id: a-b-1\n    name: Interfax\n    kind: media\n  - id: interfax", "DSG205", "a-b-1"),
        new Case("file name mismatch", Freeze, "id: 2008-08-21-freeze", "id: 2008-08-21-frozen", "DSG206", "2008-08-21-frozen"),
        new Case("handle hiding a dataset type", Registry, "  - id: interfax", "  - id: entity-kind\n    name: Interfax\n    kind: media\n  - id: interfax", "DSG208", "entity-kind"),
        new Case("reserved handle", Registry, "  - id: interfax", "  - id: equals\n    name: Interfax\n    kind: media\n  - id: interfax", "DSG208", "equals"),
        new Case("unknown role article", Registry, "article: 2008-08-21-slam-door", "article: 2008-08-21-slam-dor", "DSG207", "2008-08-21-slam-dor"),
        new Case("quote not verbatim", Slam, "text: We are not going", "text: We are not gonna", "DSG301", "We are not gonna"),
        new Case("cue not verbatim", Slam, "cue: Lavrov underlined", "cue: Lavrov stressed", "DSG302", "Lavrov stressed"),
        new Case("erratum not in text", Slam, "printed: reoported", "printed: reporoted", "DSG302", "reporoted"),
        new Case("role title not in article", Registry, "title: Russian Foreign Minister", "title: Russian Foreign Secretary", "DSG302", "Russian Foreign Secretary"),
        new Case("form not registered", Slam, "as: [Sergei Lavrov, Lavrov]", "as: [Sergei Lavrov, Lavrov, Sergei]", "DSG303", "Sergei]"),
        new Case("evidence missing", Slam, "    evidence: The article is dated Thursday 21 August 2008.\n", string.Empty, "DSG304", "relative\n    event"),
        new Case("precision mismatch", Freeze, "precision: day", "precision: month", "DSG305", "month"),
        new Case("two speakers", Freeze, "speaker: carmen-romero", "speaker: carmen-romero\n    speaker-description: NATO deputy spokeswoman", "DSG307", "- id: halt-cooperation", CheckColumn: false),
        new Case("headline quote without 'in'", Slam, "    in: headline\n", string.Empty, "DSG301", "slam door\n    speaker"),
        new Case("date after publication", Slam, "value: 2008-08-21\n    precision: day\n    basis: relative", "value: 2008-08-22\n    precision: day\n    basis: relative", "DSG306", "2008-08-22"),
        new Case("said after publication", Slam, "said: { value: 2008-08-21", "said: { value: 2008-09", "DSG306", "2008-09"),
        new Case("scheduled date in the past", Slam, "value: 2008-08-21\n    precision: day\n    basis: relative\n    evidence: The article is dated Thursday 21 August 2008.\n", "value: 2008-08-20\n    precision: day\n    basis: relative\n    evidence: The article is dated Thursday 21 August 2008.\n    scheduled: true\n", "DSG309", "2008-08-20"),
        new Case("unknown speaker named", Slam, "speaker-basis: inferred", "speaker-basis: unknown", "DSG307", "unknown\n    speaker-evidence"),
        new Case("inferred speaker without evidence", Slam, "    speaker-evidence: \"'he said' after a paragraph that names Lavrov as the speaker\"\n", string.Empty, "DSG304", "inferred"),
        new Case("erratum with neither intended nor note", Slam, "{ printed: reoported, intended: reported }", "{ printed: reoported }", "DSG103", "{ printed: reoported }"),
        new Case("quote linked to itself", Slam, "same-statement-as: [2008-08-21-slam-door/not-going-to-slam-the-door]", "same-statement-as: [2008-08-21-slam-door/slam-door]", "DSG104", "2008-08-21-slam-door/slam-door]"),
        new Case("credit without entity", Freeze, "origin: { entity: dpa, basis: stated", "origin: { basis: stated", "DSG308", "stated, evidence: \"By DPA,\""),
        new Case("oversize file", Freeze, "body: |-\n", "body: |-\n  " + new string('x', 8 * 1024 * 1024) + "\n", "DSG902", null),
    }.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_mistake_is_reported_at_its_place(Case mistake)
    {
        var original = Fixture.All.Single(f => System.IO.Path.GetFileNameWithoutExtension(f.Path) == mistake.File);
        Assert.True(mistake.Find == "*" || original.Text.Contains(mistake.Find, StringComparison.Ordinal), "fixture lacks: " + mistake.Find);
        var text = mistake.Find == "*" ? mistake.Replace : ReplaceFirst(original.Text, mistake.Find, mistake.Replace);
        var files = Fixture.All.Where(f => f != original).ToList();
        if (mistake.Replace != "<remove>")
        {
            files.Add(original with { Text = text });
        }

        var (result, _) = GeneratorHarness.Run(files.ToArray());

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == mistake.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785" || d.Id == "DSG901");
        if (mistake.Id == "DSG204")
        {
            return; // no file to point at: the registry is what is missing
        }

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(original.Path, span.Path);
        var (line, column) = mistake.Marker is null ? (0, 0) : Position(text, mistake.Marker);
        Assert.Equal(line + 1, span.StartLinePosition.Line + 1);
        if (mistake.CheckColumn)
        {
            Assert.Equal(column + 1, span.StartLinePosition.Character + 1);
        }
    }

    [Fact]
    public void Unknown_ids_suggest_the_closest_registered_one()
    {
        var slam = Fixture.SlamDoor with { Text = ReplaceFirst(Fixture.SlamDoor.Text, "speaker: sergei-lavrov", "speaker: sergei-lavrof") };
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, slam, Fixture.Freeze);

        var message = Assert.Single(result.Diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("did you mean 'sergei-lavrov'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_article_is_not_emitted_and_the_others_still_are()
    {
        var broken = Fixture.Freeze with { Text = "id: [" };
        var (result, output) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor, broken);

        Assert.Contains(result.Diagnostics, d => d.Id == "DSG001");
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Contains("Article." + Fixture.SlamDoorId + ".g.cs", hints);
        Assert.DoesNotContain("Article." + Fixture.FreezeId + ".g.cs", hints);
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
        Assert.Equal("DSG001", only.Id);
        Assert.Equal(broken.Path, only.Location.GetLineSpan().Path);

        // The registry gives Lavrov a role in the slam-door article; when that file breaks, only its own error is reported.
        var brokenSlam = Fixture.SlamDoor with { Text = "id: [" };
        var role = Assert.Single(GeneratorHarness.Run(Fixture.Entities, brokenSlam, Fixture.Freeze).Result.Diagnostics);
        Assert.Equal("DSG001", role.Id);
    }

    [Fact]
    public void A_second_registry_is_reported_on_its_own_file()
    {
        var second = YamlFile.Entities(Fixture.Entities.Text, "/data/more/entities.yaml");
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, second, Fixture.SlamDoor, Fixture.Freeze);

        var extra = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG204", extra.Id);
        Assert.Equal(second.Path, extra.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(0, 0), extra.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void Two_files_with_one_article_id_report_the_later_file()
    {
        var copy = Fixture.Freeze with { Path = "/other/" + Fixture.FreezeId + ".yaml" };
        var (result, _) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor, Fixture.Freeze, copy);

        var duplicate = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG203", duplicate.Id);
        Assert.Equal(copy.Path, duplicate.Location.GetLineSpan().Path);
        Assert.Equal(0, duplicate.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("/data/" + Fixture.FreezeId + ".yaml", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
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
        Assert.Equal("DSG104", diagnostic.Id);
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
        Assert.Equal("DSG008", lenient.Id);
        Assert.Equal(2, lenient.Location.GetLineSpan().StartLinePosition.Line);

        // The compiler falls back to a legacy code page when strict UTF-8 decoding fails; that file is reported as a whole.
        var fallback = Assert.Single(Run(Fixture.Freeze.Path, Microsoft.CodeAnalysis.Text.SourceText.From(Fixture.Freeze.Text, System.Text.Encoding.Latin1)).Diagnostics);
        Assert.Equal("DSG008", fallback.Id);
        Assert.Contains("iso-8859-1", fallback.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(Fixture.Freeze.Path, fallback.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_generator_crash_becomes_a_located_error_not_CS8785()
    {
        DatasetGenerator.InjectFaultFor.Value = Fixture.Freeze.Path;
        try
        {
            var (result, _) = GeneratorHarness.Run(Fixture.All);

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
            var crash = Assert.Single(result.Diagnostics);
            Assert.Equal("DSG901", crash.Id);
            Assert.Equal(Fixture.Freeze.Path, crash.Location.GetLineSpan().Path);
            Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(0, 0), crash.Location.GetLineSpan().StartLinePosition);
            Assert.Contains("fault injected by a test", crash.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Null(result.Results.Single().Exception);
        }
        finally
        {
            DatasetGenerator.InjectFaultFor.Value = null;
        }
    }

    /// <summary>Runs the fixture dataset with one file's text given as decoded by the compiler.</summary>
    private static GeneratorDriverRunResult Run(string path, Microsoft.CodeAnalysis.Text.SourceText text)
    {
        var files = Fixture.All;
        var texts = files.Select(f => f.Path == path ? new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(path, text) : new global::Dataset.Tests.Shared.GeneratorHost.InMemoryText(f.Path, f.Text));
        return GeneratorHarness.Run(files, texts, GeneratorHarness.ModelCompilation()).Result;
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
