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
        var record = writer.ToRecord(utf8Lengths: utf8);
        var reader = RecordReader.Open(utf8 ? RecordReader.Split(System.Text.Encoding.UTF8.GetBytes(record)) : RecordReader.Split(record));
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

        Assert.DoesNotContain(writer.ToRecord(utf8Lengths: false), char.IsSurrogate);
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Number(-1));
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
            var built = () => ((Array)type("ArticleReader+Records").GetField("Split", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!).Cast<object?>().Count(parts => parts is not null);

            // The registry's ids are read without any entity or article; an entity is built when first reached.
            var all = type("Entities").GetProperty("All")!.GetValue(null)!;
            var entitiesBuilt = () => ((Array)all.GetType().GetField("_items", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(all)!).Cast<object?>().Count(entity => entity is not null);
            var entityCount = (int)all.GetType().GetProperty("Count")!.GetValue(all)!;
            Assert.True(entityCount > 10, "the synthetic registry has entities: " + entityCount);
            Assert.Equal(0, entitiesBuilt());
            var handle = type("Entities").GetProperties().First(property => property.PropertyType.Name == "Entity");
            Assert.Same(handle.GetValue(null), handle.GetValue(null));
            Assert.Equal(1, entitiesBuilt());
            Assert.Equal(0, built());

            // Finding one article by id builds that article only, and every thread gets the same instance.
            var articles = type("Corpus").GetProperty("Articles")!.GetValue(null)!;
            var keys = ((System.Collections.IEnumerable)articles.GetType().GetProperty("Keys")!.GetValue(articles)!).Cast<string>().ToArray();
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
            Assert.Equal(keys, enumerated.Select(article => (string)GeneratorHarness.LoadedDataset.Get(article, "Id")!));
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
        // As string literals the large body passes the 15 MiB the records may take of the heap; as UTF-8 data it takes none of it.
        var large = Fixture.Freeze with { Text = Fixture.Freeze.Text.Replace("body: |-\n", "body: |-\n  " + Fixture.LargeParagraph + "\n\n", StringComparison.Ordinal) };
        Assert.InRange(large.Text.Length, UserStringHeap.Budget / 2, 8_388_608);

        var (literals, literalsOutput) = GeneratorHarness.Run(GeneratorHarness.LiteralsOptions, Fixture.Entities, Fixture.SlamDoor, large);
        var full = Assert.Single(literals.Diagnostics);
        Assert.Equal("DSG903", full.Id);
        Assert.Equal(large.Path, full.Location.GetLineSpan().Path);
        Assert.DoesNotContain(literals.Results.Single().GeneratedSources, source => source.HintName.StartsWith("Articles.Bucket", StringComparison.Ordinal));
        Assert.Empty(literalsOutput.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

        var (utf8, _) = GeneratorHarness.Run(Fixture.Entities, Fixture.SlamDoor, large);
        Assert.Empty(utf8.Diagnostics);
    }
}
