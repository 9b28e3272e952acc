using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Dataset.Generators.Emitting;
using RussiaGeorgiaNato.Dataset;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The generated data: what the generator's <see cref="RecordWriter"/> writes, the package's <see cref="RecordReader"/>
/// reads back, and an article is built only when it is first reached.
/// </summary>
public class RecordTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Numbers_texts_and_nulls_read_back_as_written(bool utf8)
    {
        // Each size of number: one code unit up to 0x3FFF, two up to 2^28 - 1, three beyond; and the largest int.
        var numbers = new[] { 0, 1, 0x3FFF, 0x4000, 0x7FFF, 0xFFFF, (1 << 28) - 1, 1 << 28, int.MaxValue };
        var texts = new[] { "a", string.Empty, "Lavrov", "\uD83D\uDE00 a pair", "\u0000\u4000\uFFFF", "Lavrov" };
        var writer = new RecordWriter();
        foreach (var number in numbers)
        {
            writer.Number(number);
            writer.OptionalNumber(number == int.MaxValue ? null : number);
        }

        foreach (var text in texts)
        {
            writer.Text(text);
            writer.OptionalText(text);
        }

        writer.OptionalText(null);
        writer.Flag(true);
        writer.Flag(false);

        // As a string literal holds it, or as UTF-8 data, whose texts are decoded where they lie.
        var record = RecordWriter.Format(writer.ToData(), utf8Lengths: utf8);
        var reader = RecordReader.Open(
            utf8 ? RecordReader.Split(System.Text.Encoding.UTF8.GetBytes(record)) : RecordReader.Split(record));
        foreach (var number in numbers)
        {
            Assert.Equal(number, reader.Number());
            Assert.Equal(number == int.MaxValue ? null : number, reader.OptionalNumber());
        }

        var read = texts.Select(_ => (reader.Text(), reader.OptionalText())).ToArray();
        Assert.Equal(texts, read.Select(pair => pair.Item1));
        Assert.Equal(texts, read.Select(pair => pair.Item2!));
        Assert.Same(read[2].Item1, read[5].Item1); // a text repeated in a record is stored, and read, once
        Assert.Null(reader.OptionalText());
        Assert.True(reader.Flag());
        Assert.False(reader.Flag());
    }

    [Fact]
    public void Numbers_are_never_surrogates_so_every_record_of_texts_without_one_has_a_UTF8_form()
    {
        var writer = new RecordWriter();
        for (var number = 0; number < 1 << 20; number += 7)
        {
            writer.Number(number);
        }

        Assert.DoesNotContain(RecordWriter.Format(writer.ToData(), utf8Lengths: false), char.IsSurrogate);
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Number(-1));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Each_record_of_a_block_reads_back_from_its_slot(bool utf8Target)
    {
        // Records of every size of length (one, two and three code units of header), one with non-ASCII texts.
        var records = new[] { 3, 0x3FFF, 0x4000, 20_000, 1 }.Select((size, i) =>
        {
            var writer = new RecordWriter();
            writer.Text(new string((char)('a' + i), size));
            writer.Text(i == 4 ? "Grüße \uD83D\uDE00" : "x");
            writer.Number(i);
            return writer.ToData();
        }).ToList();

        var source = new SourceWriter();
        RecordBlock.Write(
            source, "test", "Block", records.Select((record, i) => ("record " + i, record)).ToList(), utf8Target);
        var literal = source.ToString();
        Assert.Equal(utf8Target, literal.Contains("u8", StringComparison.Ordinal));
        // One literal for the whole block (no `+`, which the compiler binds as an operator each), each record named
        // above it.
        var lines = literal.Split('\n').Select(line => line.TrimStart()).ToList();
        Assert.Single(lines, line => line.StartsWith("\"", StringComparison.Ordinal));
        Assert.Equal(
            records.Select((_, i) => "// - record " + i),
            lines.Where(line => line.StartsWith("// - ", StringComparison.Ordinal)));

        // The block as the compiler makes it of the literal: the header, then each record.
        var block = string.Concat(
            records.Select(record => RecordWriter.Format(record, utf8Target)).Prepend(Header(records, utf8Target)));
        // One cache of the block's record offsets for every slot, as the generated code keeps one per block; the string
        // and the UTF-8 form of the block are two blocks (their offsets count code units and bytes), each with its own.
        int[]? stringOffsets = null;
        int[]? utf8Offsets = null;
        var bytes = System.Text.Encoding.UTF8.GetBytes(block);
        for (var slot = 0; slot < records.Count; slot++)
        {
            var parts = utf8Target
                ? BlockFormat.Split(() => bytes, slot, ref utf8Offsets)
                : BlockFormat.Split(block, slot, ref stringOffsets);
            Assert.Equal(records[slot].Texts, Enumerable.Range(0, parts.TextCount).Select(parts.Text));
            var reader = RecordReader.Open(parts);
            Assert.Equal(records[slot].Texts, new[] { reader.Text(), reader.Text() });
            Assert.Equal(slot, reader.Number());
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => BlockFormat.Split(block, records.Count, ref stringOffsets));
        Assert.Throws<ArgumentOutOfRangeException>(() => BlockFormat.Split(block, -1, ref stringOffsets));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => BlockFormat.Split(() => bytes, records.Count, ref utf8Offsets));

        // What a string block takes of the user-string heap, counted record by record plus the header, is the literal's
        // size.
        var asString = Header(records, false)
            + string.Concat(records.Select(record => RecordWriter.Format(record, false)));
        Assert.Equal(
            UserStringHeap.BytesOf(asString.Length),
            records.Sum(RecordBlock.RecordCost) + RecordBlock.BlockCost(records));
    }

    [Fact]
    public void A_record_with_a_lone_surrogate_makes_its_block_a_string_constant()
    {
        var plain = new RecordWriter();
        plain.Text("plain");
        var lone = new RecordWriter();
        lone.Text("a \uD800 alone");
        var source = new SourceWriter();
        RecordBlock.Write(
            source, "test", "Block", new[] { ("plain", plain.ToData()), ("lone", lone.ToData()) }, utf8Target: true);
        Assert.StartsWith(
            "/// <summary>test</summary>\nprivate const string Block =", source.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("u8", source.ToString(), StringComparison.Ordinal);
    }

    private static string Header(
        System.Collections.Generic.IReadOnlyList<Dataset.Generators.Outputs.RecordData> records, bool utf8)
    {
        var header = new System.Text.StringBuilder();
        RecordFormat.AppendNumber(header, records.Count);
        foreach (var record in records)
        {
            var text = RecordWriter.Format(record, utf8);
            RecordFormat.AppendNumber(header, utf8 ? System.Text.Encoding.UTF8.GetByteCount(text) : text.Length);
        }

        return header.ToString();
    }

    [Fact]
    public void An_article_or_entity_is_built_when_first_reached_and_once_whatever_the_threads()
    {
        var files = YamlFile.Synthetic(30);
        var (result, output) = GeneratorHarness.Run(files);
        Assert.Empty(result.Diagnostics);
        var assembly = GeneratorHarness.Compile(output, out var context);
        try
        {
            var type = (string name) => assembly.GetType("RussiaGeorgiaNato.Dataset." + name, throwOnError: true)!;
            var split = type("ArticleRecords").GetField("Split", BindingFlags.NonPublic | BindingFlags.Static)!;
            var built = () => ((Array)split.GetValue(null)!).Cast<object?>().Count(parts => parts is not null);

            // The registry's ids are read without any entity or article; an entity is built when first reached.
            var all = type("Entities").GetProperty("All")!.GetValue(null)!;
            var items = all.GetType().GetField("_items", BindingFlags.NonPublic | BindingFlags.Instance)!;
            var entitiesBuilt = () => ((Array)items.GetValue(all)!).Cast<object?>().Count(entity => entity is not null);
            var entityCount = (int)all.GetType().GetProperty("Count")!.GetValue(all)!;
            Assert.True(entityCount > 10, "the synthetic registry has entities: " + entityCount);
            Assert.Equal(0, entitiesBuilt());
            var handle = type("Entities").GetProperties().First(property => property.PropertyType.Name == "Entity");
            Assert.Same(handle.GetValue(null), handle.GetValue(null));
            Assert.Equal(1, entitiesBuilt());
            Assert.Equal(0, built());

            // Finding one article by id builds that article only, and every thread gets the same instance.
            var articles = type("Corpus").GetProperty("Articles")!.GetValue(null)!;
            var keys = ((System.Collections.IEnumerable)articles.GetType().GetProperty("Keys")!.GetValue(articles)!)
                .Cast<string>()
                .ToArray();
            Assert.Equal(30, keys.Length);
            Assert.Equal(0, built());
            var byKey = articles.GetType().GetProperty("Item", new[] { typeof(string) })!;
            var found = new object[16];
            Parallel.For(0, found.Length, i => found[i] = byKey.GetValue(articles, new object[] { keys[17] })!);
            Assert.All(found, article => Assert.Same(found[0], article));
            Assert.Equal(keys[17], GeneratorHarness.LoadedDataset.Get(found[0], "Id"));
            Assert.Equal(1, built());
            Assert.InRange(entitiesBuilt(), 2, entityCount - 1); // the entities that article names, not the registry


            // Enumerating builds the rest, and keeps the one already built.
            var enumerated = ((System.Collections.IEnumerable)articles).Cast<object>().ToArray();
            Assert.Same(found[0], enumerated[17]);
            Assert.Equal(
                keys, enumerated.Select(article => (string)GeneratorHarness.LoadedDataset.Get(article, "Id")!));
            Assert.Equal(30, built());
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Records_past_the_user_string_heap_are_one_located_error_and_no_corpus()
    {
        // As string literals the large body passes the 15 MiB the records may take of the heap; as UTF-8 data it takes
        // none of it.
        var large = Fixture.Freeze with
        {
            Text = Fixture.Freeze.Text.Replace(
                "body: |-\n", "body: |-\n  " + Fixture.LargeParagraph + "\n\n", StringComparison.Ordinal),
        };
        Assert.InRange(large.Text.Length, UserStringHeap.Budget / 2, 8_388_608);

        var (literals, literalsOutput) =
            GeneratorHarness.Run(GeneratorHarness.LiteralsOptions, Fixture.Entities, Fixture.SlamDoor, large);
        var full = Assert.Single(literals.Diagnostics);
        Assert.Equal("DSG903", full.Id);
        Assert.Equal(large.Path, full.Location.GetLineSpan().Path);
        Assert.DoesNotContain(
            literals.Results.Single().GeneratedSources,
            source => source.HintName.StartsWith("Articles.Bucket", StringComparison.Ordinal));
        Assert.Empty(
            literalsOutput.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

        var (utf8, _) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor, large);
        Assert.Empty(utf8.Diagnostics);
    }
}
