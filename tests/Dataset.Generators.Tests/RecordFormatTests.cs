using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Dataset.Generators.Emitting;
using Dataset.Generators.Specs;
using RussiaGeorgiaNato.Dataset;
using Xunit;
using static Dataset.Generators.Tests.GeneratorHarness.LoadedDataset;

namespace Dataset.Generators.Tests;

/// <summary>
/// Each record kind of the format (src/RussiaGeorgiaNato.Dataset/Records) written and read back with a distinct,
/// non-default value in every field, so a field written but not read (or read but not written) fails here, not in a
/// snapshot review. The article and the entity are read into the model, through the compiled package.
/// </summary>
public class RecordFormatTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_block_header_gives_where_each_record_starts_and_the_last_ends(bool utf8)
    {
        var records = new[] { "abc", new string('d', 0x4000), "é\uD83D\uDE00", "f" };
        var block = BlockFormat.Write(records, utf8);
        var lengths = records.Select(record => utf8 ? System.Text.Encoding.UTF8.GetByteCount(record) : record.Length);
        var offsets = utf8
            ? BlockFormat.Offsets(System.Text.Encoding.UTF8.GetBytes(block))
            : BlockFormat.Offsets(block);

        var headerEnd = offsets[0];
        Assert.Equal(records.Length + 1, offsets.Length);
        Assert.Equal(lengths, offsets.Zip(offsets.Skip(1), (start, end) => end - start));
        Assert.Equal(string.Concat(records), block.Substring(block.Length - records.Sum(record => record.Length)));
        Assert.Equal(utf8 ? System.Text.Encoding.UTF8.GetByteCount(block) : block.Length, offsets[^1]);
        Assert.True(headerEnd > records.Length, "the header holds the count and a length per record");
    }

    [Fact]
    public void A_directory_record_reads_back_each_slot_id_and_position()
    {
        var slots = new[] { ("2008-08-21-a", 7), ("2009-04-b", 0x4001), ("2015-02-19-c", 2) };
        var parts = RecordReader.Split(RecordWriter.Format(DirectoryFormat.Write(slots), utf8Lengths: false));
        var directory = RecordReader.Open(parts);

        var count = DirectoryFormat.Count(directory);
        var read = Enumerable.Range(0, count)
            .Select(_ => DirectoryFormat.Slot(directory))
            .Select(slot => (parts.Text(slot.IdText), slot.Position))
            .ToArray();

        Assert.Equal(slots, read);
        Assert.True(directory.AtEnd);
    }

    [Fact]
    public void The_entity_index_reads_back_every_id_in_order()
    {
        var ids = new[] { "carmen-romero", "dpa", "sergei-lavrov" };
        var index = RecordReader.Split(RecordWriter.Format(EntityFormat.WriteIndex(ids), utf8Lengths: true));
        Assert.Equal(ids, EntityFormat.ReadIndex(index));
    }

    [Fact]
    public void The_bucket_hash_the_package_uses_is_the_one_the_generator_placed_records_with()
    {
        // One implementation, compiled into both: the generated code no longer carries a copy of its own.
        var (result, _) = GeneratorHarness.Run(Fixture.All);
        var index = result.Results.Single().GeneratedSources.Single(source => source.HintName == IndexEmitter.HintName);
        Assert.DoesNotContain("2166136261", index.SourceText.ToString(), StringComparison.Ordinal);
        Assert.Equal(RecordFormat.BucketOf(Fixture.SlamDoorId), Buckets.Of(Fixture.SlamDoorId));
        Assert.Contains(
            result.Results.Single().GeneratedSources,
            source => source.HintName == ArticleEmitter.HintName(RecordFormat.BucketOf(Fixture.SlamDoorId)));
    }

    [Fact]
    public void An_entity_record_reads_back_every_field_into_the_model()
    {
        var (result, output) = GeneratorHarness.Run(Registry, EveryField);
        Assert.Empty(result.Diagnostics);
        var assembly = GeneratorHarness.Compile(output, out var context);
        try
        {
            var all = (IEnumerable)assembly.GetType("RussiaGeorgiaNato.Dataset.Entities")!.GetProperty("All")!
                .GetValue(null)!;
            var entity = all.Cast<object>().Single(entity => (string)Get(entity, "Id")! == "interfax");
            Assert.Equal("Interfax", Get(entity, "Name"));
            Assert.Equal("Media", Get(entity, "Kind")!.ToString());
            Assert.Equal(new[] { "IFX", "the agency" }, List(entity, "Aliases"));
            Assert.Equal(
                new[] { ("Interfax (IFX)", "2008-08-21-every-field"), ("the agency said", "2008-08-21-every-field") },
                List(entity, "Roles").Select(role => ((string)Get(role, "Title")!, (string)Get(role, "ArticleId")!)));
            AssertEveryFieldSet(entity);
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_article_record_reads_back_every_field_into_the_model(bool utf8)
    {
        var (result, output) = GeneratorHarness.Run(
            utf8 ? GeneratorHarness.ParseOptions : GeneratorHarness.LiteralsOptions, Registry, EveryField);
        Assert.Empty(result.Diagnostics);
        using var loaded = GeneratorHarness.Load(output);
        var article = Assert.Single(loaded.Articles);

        Assert.Equal("2008-08-21-every-field", Get(article, "Id"));
        Assert.Equal("seed-every-field.txt", Get(article, "Seed"));
        Assert.Equal("Lavrov: no door slammed", Get(article, "Headline"));
        Assert.Equal("2008-08-21T17:35+04:00 (stated: printed 21 August 2008 17:35)", Date(Get(article, "Published")));
        Assert.Equal("Moscow", Get(article, "Dateline"));
        Assert.Equal("By DPA,", Get(article, "Byline"));
        Assert.Equal("nato inferred The page is NATO's.", Credit(Get(article, "Publisher")));
        Assert.Equal("dpa stated By DPA,", Credit(Get(article, "Origin")));
        Assert.Equal("carmen-romero stated Edited by Carmen Romero", Credit(Get(article, "Editor")));
        Assert.Equal(Body, Get(article, "Body"));
        var captions = List(article, "Captions");
        Assert.Equal(2, captions.Length);
        Assert.Null(Get(captions[0], "Credit"));
        var caption = captions[1];
        Assert.Equal("Lavrov in Moscow, with Carmen Romero.", Get(caption, "Text"));
        Assert.Equal("dpa stated ", Credit(Get(caption, "Credit")));

        var quotes = List(article, "Quotes");
        Assert.Equal(3, quotes.Length);
        Assert.Equal(
            "door-stays-open|the door stays open|body[28..47]|sergei-lavrov inferred 'he said' after Lavrov"
            + "||Indirect|said Thursday|interfax,dpa|2008-08-21 (relative: Thursday)|2008-08-21-every-field/talks",
            DescribeQuote(quotes[0]));
        Assert.Equal(
            "talks|Talks are planned|body[75..92]| stated |a Russian diplomat|Partial|told dpa|"
            + "|2008-08-20/2008-08-21 (inferred: the day before or the day)|",
            DescribeQuote(quotes[1]));
        Assert.Equal(
            "in-caption|Lavrov in Moscow|captions[1][0..16]|sergei-lavrov stated ||Direct||||",
            DescribeQuote(quotes[2]));
        Assert.Same(caption, Get(quotes[2], "Caption"));

        var erratum = Assert.Single(List(article, "Errata"));
        Assert.Equal("remain|remained|tense|body[183..189]", Join(erratum, "Printed", "Intended", "Note", "Span"));
        Assert.Equal(
            new[]
            {
                "sergei-lavrov:Sergei Lavrov,Lavrov:headline[0..6],body[0..13],captions[1][0..6]",
                "dpa:dpa,DPA:byline[3..6],body[129..132]",
                "carmen-romero:Carmen Romero:captions[1][23..36]",
                "interfax:Interfax,IFX,the agency:body[49..57],body[59..62],body[134..144]",
            },
            List(article, "Mentions").Select(mention =>
                Id(Get(mention, "Entity")) + ":" + string.Join(",", List(mention, "Forms")) + ":"
                + string.Join(",", List(mention, "Occurrences"))));
        Assert.Equal(new[] { "interfax", "dpa" }, List(article, "CitedSources").Select(Id));
        var date = Assert.Single(List(article, "Dates"));
        Assert.Equal(
            "Friday|2008-08-22 (relative: the Friday after)|Talks are planned for Friday|True|body[97..103]",
            Join(date, "Text") + "|" + Date(Get(date, "Date")) + "|" + Join(date, "Event", "IsScheduled", "Span"));
        var figure = Assert.Single(List(article, "Figures"));
        Assert.Equal(
            "Between 2,000 and 3,000 troops|2000|3000|True|troops|body[152..182]",
            Join(figure, "Text", "Minimum", "Maximum", "IsRange", "Unit", "Span"));

        AssertEveryFieldSet(article);
    }

    private const string Body =
        "Sergei Lavrov said Thursday the door stays open, Interfax (IFX) reported.\n\n"
        + "Talks are planned for Friday, a Russian diplomat told dpa, the agency said.\n\n"
        + "Between 2,000 and 3,000 troops remain.";

    private static YamlFile Registry => YamlFile.Entities("""
        entities:
          - id: sergei-lavrov
            name: Sergei Lavrov
            kind: person
            aliases: [Lavrov]
          - id: dpa
            name: dpa
            kind: media
            aliases: [DPA]
          - id: nato
            name: NATO
            kind: organization
          - id: carmen-romero
            name: Carmen Romero
            kind: person
          - id: interfax
            name: Interfax
            kind: media
            aliases: [IFX, the agency]
            roles:
              - title: Interfax (IFX)
                article: 2008-08-21-every-field
              - title: the agency said
                article: 2008-08-21-every-field
        """);

    private static YamlFile EveryField => YamlFile.Article("2008-08-21-every-field", """
        id: 2008-08-21-every-field
        seed: seed-every-field.txt
        headline: "Lavrov: no door slammed"
        published:
          value: 2008-08-21T17:35+04:00
          precision: minute
          basis: stated
          evidence: printed 21 August 2008 17:35
        dateline: Moscow
        byline: By DPA,
        publisher: { entity: nato, basis: inferred, evidence: The page is NATO's. }
        origin: { entity: dpa, basis: stated, evidence: "By DPA," }
        editor: { entity: carmen-romero, basis: stated, evidence: Edited by Carmen Romero }
        body: |-
          Sergei Lavrov said Thursday the door stays open, Interfax (IFX) reported.

          Talks are planned for Friday, a Russian diplomat told dpa, the agency said.

          Between 2,000 and 3,000 troops remain.
        captions:
          - text: A map of the region.
          - text: Lavrov in Moscow, with Carmen Romero.
            credit: dpa
        errata:
          - { printed: remain, intended: remained, note: tense }
        mentions:
          - { entity: sergei-lavrov, as: [Sergei Lavrov, Lavrov] }
          - { entity: dpa, as: [dpa, DPA] }
          - { entity: carmen-romero, as: [Carmen Romero] }
          - { entity: interfax, as: [Interfax, IFX, the agency] }
        cites: [interfax, dpa]
        quotes:
          - id: door-stays-open
            text: the door stays open
            speaker: sergei-lavrov
            speaker-basis: inferred
            speaker-evidence: "'he said' after Lavrov"
            mode: indirect
            cue: said Thursday
            via: [interfax, dpa]
            said: { value: 2008-08-21, precision: day, basis: relative, evidence: Thursday }
            same-statement-as: [2008-08-21-every-field/talks]
          - id: talks
            text: Talks are planned
            speaker-description: a Russian diplomat
            speaker-basis: stated
            mode: partial
            cue: told dpa
            said:
              value: 2008-08-20/2008-08-21
              precision: range
              basis: inferred
              evidence: the day before or the day
          - id: in-caption
            text: Lavrov in Moscow
            in: caption
            speaker: sergei-lavrov
            mode: direct
        dates:
          - text: Friday
            value: 2008-08-22
            precision: day
            basis: relative
            evidence: the Friday after
            event: Talks are planned for Friday
            scheduled: true
        figures:
          - { text: "Between 2,000 and 3,000 troops", value: 2000, max: 3000, unit: troops }
        """);

    private static string Describe(object? value) => value?.ToString() ?? string.Empty;

    /// <summary>The value, basis and evidence: <c>2008-08-21 (relative: Thursday)</c>.</summary>
    private static string Date(object? date) => date is null
        ? string.Empty
        : Get(date, "Value") + " (" + Get(date, "Basis")!.ToString()!.ToLowerInvariant() + ": " + Get(date, "Evidence")
            + ")";

    private static string Id(object? entity) => entity is null ? string.Empty : (string)Get(entity, "Id")!;

    private static string Credit(object? attribution) =>
        Id(Get(attribution!, "Entity")) + " " + Get(attribution!, "Basis")!.ToString()!.ToLowerInvariant() + " "
        + Get(attribution!, "Evidence");

    private static string Join(object item, params string[] properties) =>
        string.Join("|", properties.Select(property => Describe(Get(item, property))));

    private static string DescribeQuote(object quote)
    {
        var attribution = Get(quote, "Attribution")!;
        var said = Get(quote, "StatementDate");
        return string.Join("|", new[]
        {
            Describe(Get(quote, "Id")), Describe(Get(quote, "Text")), Describe(Get(quote, "Span")),
            Credit(attribution), Describe(Get(attribution, "Description")), Describe(Get(quote, "Mode")),
            Describe(Get(quote, "Cue")), string.Join(",", List(quote, "Relays").Select(Id)), Date(said),
            string.Join(",", List(quote, "SameStatementAs")),
        });
    }

    /// <summary>
    /// Every public property of the model reached from <paramref name="root"/> (lists walked, entities and articles
    /// met again only named) holds a value other than its type's default in at least one object: a field the fixture
    /// leaves out, or one the record drops, fails here.
    /// </summary>
    private static void AssertEveryFieldSet(object root)
    {
        var set = new Dictionary<string, bool>(StringComparer.Ordinal);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, isRoot: true);
        Assert.Empty(set.Where(property => !property.Value).Select(property => property.Key));

        void Walk(object value, bool isRoot)
        {
            var type = value.GetType();
            if (type.Namespace != "RussiaGeorgiaNato.Dataset" || (!type.IsValueType && !seen.Add(value)))
            {
                return;
            }

            if (!isRoot && type.Name is "Entity" or "Article")
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                // Navigation across the corpus (an entity's mentions and quotes, a quote's other copies) is the
                // lookups' business, not the record's.
                if (property.GetIndexParameters().Length > 0 || property.Name is "OtherCopies"
                    || (type.Name == "Entity" && property.Name is "Mentions" or "Quotes"))
                {
                    continue;
                }

                var item = property.GetValue(value);
                var key = type.Name + "." + property.Name;
                set[key] = (set.TryGetValue(key, out var before) && before) || !IsDefault(item);
                if (item is string || item is null)
                {
                    continue;
                }

                if (item is IEnumerable list)
                {
                    foreach (var element in list)
                    {
                        Walk(element, isRoot: false);
                    }
                }
                else
                {
                    Walk(item, isRoot: false);
                }
            }
        }
    }

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        IEnumerable list => !list.GetEnumerator().MoveNext(),
        _ when value.GetType().IsValueType => value.Equals(Activator.CreateInstance(value.GetType())),
        _ => false,
    };
}
