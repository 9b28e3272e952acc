using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;
using static Dataset.Generators.Tests.GeneratorHarness.LoadedDataset;

namespace Dataset.Generators.Tests;

/// <summary>
/// No code injection: any text a curator writes goes YAML -> generator -> compiled assembly -> loaded record
/// and comes back identical, or is rejected with a located diagnostic (a blank text, or one that begins or ends
/// with white space, is DSG104: never trimmed). Strings land in string literals (captions) and in XML doc comments
/// (entity names), the two places generated code quotes data; each name is printed by its caption, so the registry
/// stays clean.
/// </summary>
public class RoundTripTests
{
    /// <summary>
    /// Hand-picked hostile values: everything that could end a literal or comment, or change how C# reads a line.
    /// </summary>
    public static readonly string[] Adversarial =
    {
        "\"",
        "\\",
        "\\\"",
        "\"\"\"",
        "\"\"\"\"\"\"raw\"\"\"",
        "{",
        "}",
        "{0}",
        "{{}}",
        "*/",
        "/*",
        "// comment",
        "/// <summary>",
        "</summary> public static int X;",
        "#if DEBUG",
        "\n#if false\n",
        "#error stop",
        "#line 1 \"evil.cs\"",
        "\r\n",
        "\r",
        "\n\n",
        "a\0b",
        "\0",
        "\t",
        "\u0001\u0002\u001F\u007F",
        "\u0085",
        "\u2028",
        "\u2029",
        "\u200F\u202E\u2066\u2069",
        "\uFEFF",
        "\uFFFE",
        "\uFFFF",
        "\U0001F600 \U00010000 \U0010FFFF",
        "e\u0301",
        "' OR 1=1 --",
        "<script>&amp;</script>",
        "]]>",
        "\\u0022",
        "\\n",
        "@\"verbatim\"",
        "$\"{interpolated}\"",
        "u8\"\"",
        "null",
        "~",
        "- item",
        "key: value",
        "# not a comment",
        "&anchor",
        "*alias",
        "!tag",
        "%YAML 1.2",
        "---",
        "...",
        "'single'",
        new string('x', 100_000),
        "line\n" + new string('y', 5_000) + "\nend",
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Adversarial_and_random_strings_come_back_identical(bool utf8Texts)
    {
        var random = new Random(20081121);
        var all = Adversarial.Concat(Enumerable.Range(0, 2_000).Select(_ => RandomString(random))).ToList();
        // A name names one entity (DSG209).
        var values = all.Where(v => !IsPadded(v)).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(values.Count > 1_000, "most values are kept: " + values.Count);

        var (captions, names) = RoundTrip(
            values,
            options: utf8Texts ? GeneratorHarness.ParseOptions : GeneratorHarness.LiteralsOptions);

        Assert.Equal(values.Count, captions.Length);
        for (var i = 0; i < values.Count; i++)
        {
            Assert.True(values[i] == captions[i], "caption " + i + " changed: " + Describe(values[i]));
            Assert.True(values[i] == names[i], "entity name " + i + " changed: " + Describe(values[i]));
        }
    }

    [Fact]
    public void Blank_and_padded_strings_are_located_errors_never_trimmed()
    {
        var random = new Random(20081121);
        var padded = Adversarial
            .Concat(Enumerable.Range(0, 2_000).Select(_ => RandomString(random)))
            .Where(IsPadded)
            .ToList();
        Assert.Contains("\r\n", padded);
        Assert.True(padded.Count > 100, "the random strings include padded ones: " + padded.Count);

        var article = Article(padded, escapeAll: null);
        var entities = Fixture.Entities with
        {
            Text =
                Fixture.Entities.Text
                + string.Concat(
                    padded.Select(
                        (v, i) => "  - id: padded-" + i + "\n    name: " + Quoted(v, i % 2 == 0) + "\n    kind: "
                            + "place\n")),
        };
        var (result, _) = GeneratorHarness.Run(entities, Fixture.SlamDoor, article);

        // One error per value and place, on the line that writes it: every caption, every name.
        Assert.All(result.Diagnostics, d => Assert.Equal("DSG104", d.Id));
        var captionLines = article
            .Text.Split('\n')
            .Select((line, number) => (line, number))
            .Where(x => x.line.StartsWith("  - text: ", StringComparison.Ordinal))
            .Select(x => x.number);
        var nameLines = entities
            .Text.Split('\n')
            .Select((line, number) => (line, number))
            .Where(x => x.line.StartsWith("    name: ", StringComparison.Ordinal))
            .Select(x => x.number)
            .Skip(4);
        Assert.Equal(
            captionLines,
            result
                .Diagnostics.Where(d => d.Location.GetLineSpan().Path == article.Path)
                .Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal(
            nameLines,
            result
                .Diagnostics.Where(d => d.Location.GetLineSpan().Path == entities.Path)
                .Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
    }

    /// <summary>
    /// Empty, only white space, or beginning or ending with it: what the parser rejects rather than trims.
    /// </summary>
    private static bool IsPadded(string value) =>
        value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]);

    [Theory]
    [InlineData("\uD800")]
    [InlineData("a\uDC00b")]
    [InlineData("\uDBFF\uDBFF")]
    [InlineData("x\uDFFF\uD800y")]
    public void A_lone_surrogate_comes_back_identical_or_is_a_located_error(string value)
    {
        // Raw in the YAML text, a lone surrogate survives into a C# "\uD800" escape and back.
        var (captions, names) = RoundTrip(new[] { value }, escapeAll: false);
        Assert.Equal(value, Assert.Single(captions));
        Assert.Equal(value, Assert.Single(names));

        // Written as a YAML escape (\uD800), YamlDotNet refuses some forms: then it is a syntax error on that
        // caption's line, never a crash; whatever it accepts must come back unchanged.
        var article = Article(new[] { value }, escapeAll: true);
        var (result, output) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor, article);
        if (result.Diagnostics.IsEmpty)
        {
            using var dataset = GeneratorHarness.Load(output);
            var loaded = dataset.Articles.Single(a => (string)Get(a, "Id")! == Fixture.FreezeId);
            Assert.Equal(value, (string)Get(Assert.Single(List(loaded, "Captions")), "Text")!);
            return;
        }

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG001", error.Id);
        Assert.Equal(article.Path, error.Location.GetLineSpan().Path);
        Assert.Equal(Line(article.Text, "  - text: "), error.Location.GetLineSpan().StartLinePosition.Line);
    }

    /// <summary>
    /// What every entity name of the round trip starts with: a letter no caption, fixture text or random value holds.
    /// </summary>
    private const string NamePrefix = "\u01C5";

    /// <summary>
    /// Writes each value as a caption of one article and as the name of one entity, builds, loads, reads them back.
    /// </summary>
    private static (string[] Captions, string[] Names) RoundTrip(
        IReadOnlyList<string> values,
        bool? escapeAll = null,
        Microsoft.CodeAnalysis.CSharp.CSharpParseOptions? options = null)
    {
        var article = Article(values, escapeAll, credited: true);
        // An entity's name is a registered form, which mention coverage (DSG315) would look for in every article, and
        // the captions print the same values: each name starts with a letter no fixture text or value holds (U+01C5),
        // so no name is printed anywhere, and what follows it is any value. Each entity is the credit of its caption,
        // which is what lets a registered name go unprinted (DSG210).
        var entities = Fixture.Entities with
        {
            Text =
                Fixture.Entities.Text
                + string.Concat(
                    values.Select(
                        (v, i) =>
                            "  - id: round-trip-"
                            + i
                            + "\n    name: "
                            + Quoted(NamePrefix + v, escapeAll ?? i % 2 == 0)
                            + "\n    kind: place\n")),
        };
        var (result, output) = GeneratorHarness.Run(
            options ?? GeneratorHarness.ParseOptions,
            entities,
            Fixture.SlamDoor,
            article);

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        using var dataset = GeneratorHarness.Load(output);
        var loaded = dataset.Articles.Single(a => (string)Get(a, "Id")! == Fixture.FreezeId);
        var captions = List(loaded, "Captions").Select(c => (string)Get(c, "Text")!).ToArray();
        var entityList = (
            (System.Collections.IEnumerable)
                dataset
                    .Articles[0]
                    .GetType()
                    .Assembly.GetType("RussiaGeorgiaNato.Dataset.Entities")!
                    .GetProperty("All")!
                    .GetValue(null)!).Cast<object>();
        var names = entityList
            .Where(e => ((string)Get(e, "Id")!).StartsWith("round-trip-", StringComparison.Ordinal))
            .OrderBy(e =>
                int.Parse(((string)Get(e, "Id")!).Substring("round-trip-".Length), CultureInfo.InvariantCulture))
            .Select(e => ((string)Get(e, "Name")!).Substring(NamePrefix.Length))
            .ToArray();
        return (captions, names);
    }

    /// <summary>The freeze fixture with one caption per value; alternately raw and escaped unless told.</summary>
    private static YamlFile Article(IReadOnlyList<string> values, bool? escapeAll, bool credited = false)
    {
        var captions =
            "captions:\n"
            + string.Concat(
                values.Select(
                    (v, i) =>
                        "  - text: "
                        + Quoted(v, escapeAll ?? i % 2 == 1)
                        + "\n"
                        + (credited ? "    credit: round-trip-" + i + "\n" : string.Empty)));
        return Fixture.Freeze with
        {
            Text = Fixture.Freeze.Text.Replace("mentions:\n", captions + "mentions:\n", StringComparison.Ordinal),
        };
    }

    /// <summary>
    /// A YAML double-quoted scalar. Characters YAML cannot carry raw (controls, line breaks, BOM, non-characters,
    /// and when <paramref name="escapeAll"/> everything outside printable ASCII) are written as escapes.
    /// </summary>
    private static string Quoted(string value, bool escapeAll)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (escapeAll)
                {
                    builder
                        .Append("\\U")
                        .Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c).Append(value[i + 1]);
                }

                i++;
            }
            else if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c >= ' ' && c <= '~' && c != '\uFFFD')
            {
                builder.Append(c);
            }
            else if (!escapeAll
                && (
                    (c >= '\u00A0' && c <= '\uD7FF' && c != '\u2028' && c != '\u2029')
                    || (c >= '\uE000' && c <= '\uFFFC' && c != '\uFEFF')
                    || char.IsSurrogate(c)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>1 to 80 characters, weighted towards the ones that matter to C# and YAML.</summary>
    private static string RandomString(Random random)
    {
        const string Hostile = "\"\\{}*/#@$'`<>&;:-!%|?[],\n\r\t\0";
        var length = random.Next(1, 81);
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            switch (random.Next(8))
            {
                case 0:
                    builder.Append(Hostile[random.Next(Hostile.Length)]);
                    break;
                case 1:
                    builder.Append((char)random.Next(0, 0x20));
                    break;
                case 2:
                    builder.Append((char)random.Next(0x7F, 0x100));
                    break;
                case 3:
                    builder.Append((char)random.Next(0x2000, 0x2070));
                    break; // spaces, bidi marks, line separators
                case 4:
                    builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
                    break;
                case 5:
                    builder.Append(
                        (char)random.Next(0xE000, 0x10000) is var c && char.IsSurrogate(c)
                            ? 'x'
                            : (char)random.Next(0xE000, 0x10000));
                    break;
                default:
                    builder.Append((char)random.Next(0x20, 0x7F));
                    break;
            }
        }

        return builder.ToString();
    }

    private static int Line(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return text.Take(at).Count(c => c == '\n');
    }

    private static string Describe(string value) =>
        string.Join(" ", value.Take(40).Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
