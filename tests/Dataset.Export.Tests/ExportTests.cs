using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using RussiaGeorgiaNato.Dataset;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Dataset.Export.Tests;

/// <summary>
/// <c>rgn export</c>: every file is a reviewed snapshot of the real data, the same bytes run to run, and the
/// JSON Lines read back into the model's own values (spans from code points back to the model's UTF-16 spans).
/// </summary>
public sealed class ExportTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dataset-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    /// <summary>Every file each format writes, as (format, file): what the snapshots cover.</summary>
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        var dir = Path.Combine(Path.GetTempPath(), "dataset-export-files-" + Guid.NewGuid().ToString("N"));
        // Parquet is binary: its schema is the snapshot (Parquet_files_hold_the_tables_with_real_types).
        foreach (var format in Exporter.Formats.Keys.Where(format => format != "parquet"))
        {
            foreach (var file in Exporter.Export(format, dir))
            {
                data.Add(format, file);
            }
        }

        Directory.Delete(dir, recursive: true);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_matches_snapshot(string format, string file)
    {
        Exporter.Export(format, _dir);

        Snapshot.Match(
            File.ReadAllText(Path.Combine(_dir, file), Encoding.UTF8),
            SnapshotNameExtension.Create(file.Replace('/', '_')));
    }

    [Fact]
    public void Every_format_writes_the_same_bytes_each_run()
    {
        var first = Exporter.Export("all", Path.Combine(_dir, "first"));
        var second = Exporter.Export("all", Path.Combine(_dir, "second"));

        Assert.Equal(first, second);
        Assert.Equal(Files().Count() + Tables.All().Count, first.Count); // and one Parquet file a table
        Assert.All(first, file => Assert.Equal(
            File.ReadAllBytes(Path.Combine(_dir, "first", file)),
            File.ReadAllBytes(Path.Combine(_dir, "second", file))));
    }

    [Fact]
    public void Json_lines_read_back_into_the_models_values()
    {
        Exporter.Export("jsonl", _dir);

        var articles = Read("articles");
        Assert.Equal(Corpus.Articles.Select(a => a.Id), articles.Select(a => Text(a, "id")));
        foreach (var (article, json) in Corpus.Articles.Zip(articles))
        {
            Assert.Equal(article.Headline, Text(json, "headline"));
            Assert.Equal(article.Body, Text(json, "body"));
            Assert.Equal(article.Dateline, Text(json, "dateline"));
            Assert.Equal(article.Captions.Select(c => c.Text), Texts(json, "captions"));
            Assert.Equal(article.Captions.Select(c => c.Credit?.Entity?.Id), Texts(json, "caption_credits"));
            AssertDate(article.Published, json.GetProperty("published"));
            AssertAttribution(article.Publisher, json.GetProperty("publisher"));
            AssertAttribution(article.Origin, json.GetProperty("origin"));
            Assert.Equal(article.CitedSources.Select(e => e.Id), Texts(json, "cited_sources"));
        }

        var entities = Read("entities");
        Assert.Equal(
            Entities.All.Select(e => (e.Id, e.Name, e.Kind.ToString().ToLowerInvariant())),
            entities.Select(e => (Text(e, "id")!, Text(e, "name")!, Text(e, "kind")!)));
        Assert.Equal(Entities.All.Select(e => e.Aliases.ToList<string?>()), entities.Select(e => Texts(e, "aliases")));
        Assert.Equal(
            Entities.All.Select(e => e.Roles.Select(r => (r.Title, r.ArticleId))),
            entities.Select(e => e.GetProperty("roles").EnumerateArray()
                .Select(r => (Text(r, "title")!, Text(r, "article")!))));

        var quotes = Read("quotes");
        Assert.Equal(Corpus.Quotes.Select(q => q.Key), quotes.Select(q => Text(q, "key")));
        foreach (var (quote, json) in Corpus.Quotes.Zip(quotes))
        {
            Assert.Equal(
                (quote.Article.Id, quote.Id, quote.Text),
                (Text(json, "article"), Text(json, "id"), Text(json, "text")));
            Assert.Equal(quote.Mode.ToString().ToLowerInvariant(), Text(json, "mode"));
            AssertAttribution(quote.Attribution, json.GetProperty("speaker"));
            Assert.Equal(quote.Relays.Select(e => e.Id), Texts(json, "relays"));
            Assert.Equal(quote.OtherCopies.Select(c => c.Key), Texts(json, "copies"));
            Assert.Equal(quote.Cue, Text(json, "cue"));
            AssertSpan(quote.Article, quote.Span, json.GetProperty("span"));
            AssertOptionalSpan(quote.Article, quote.CueSpan, json.GetProperty("cue_span"));
            AssertOptionalSpan(quote.Article, quote.SpeakerDescriptionSpan, json.GetProperty("speaker_span"));
            if (quote.StatementDate is { } date)
            {
                AssertDate(date, json.GetProperty("date"));
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, json.GetProperty("date").ValueKind);
            }
        }

        var mentions = Read("mentions");
        var allMentions = Corpus.Articles.SelectMany(a => a.Mentions).ToList();
        Assert.Equal(
            allMentions.Select(m => (m.Article.Id, m.Entity.Id)),
            mentions.Select(m => (Text(m, "article")!, Text(m, "entity")!)));
        foreach (var (mention, json) in allMentions.Zip(mentions))
        {
            Assert.Equal(mention.Forms.ToList<string?>(), Texts(json, "forms"));
            var spans = json.GetProperty("spans").EnumerateArray().ToList();
            Assert.Equal(mention.Occurrences.Count, spans.Count);
            foreach (var (occurrence, span) in mention.Occurrences.Zip(spans))
            {
                AssertSpan(mention.Article, occurrence, span);
            }
        }

        var dates = Read("dates");
        var allDates = Corpus.Articles.SelectMany(a => a.Dates.Select(d => (Article: a, Date: d))).ToList();
        Assert.Equal(allDates.Count, dates.Count);
        foreach (var ((article, date), json) in allDates.Zip(dates))
        {
            Assert.Equal(
                (article.Id, date.Text, date.Event, date.IsScheduled),
                (Text(json, "article"), Text(json, "text"), Text(json, "event"),
                    json.GetProperty("scheduled").GetBoolean()));
            AssertDate(date.Date, json.GetProperty("date"));
            AssertSpan(article, date.Span, json.GetProperty("span"));
            AssertOptionalSpan(article, date.EventSpan, json.GetProperty("event_span"));
        }

        var figures = Read("figures");
        var allFigures = Corpus.Articles.SelectMany(a => a.Figures.Select(f => (Article: a, Figure: f))).ToList();
        Assert.Equal(allFigures.Count, figures.Count);
        foreach (var ((article, figure), json) in allFigures.Zip(figures))
        {
            Assert.Equal(
                (figure.Text, figure.Minimum, figure.Maximum, figure.Unit),
                (Text(json, "text"), json.GetProperty("minimum").GetDecimal(), json.GetProperty("maximum").GetDecimal(),
                    Text(json, "unit")));
            AssertSpan(article, figure.Span, json.GetProperty("span"));
        }

        var errata = Read("errata");
        var allErrata = Corpus.Articles.SelectMany(a => a.Errata.Select(e => (Article: a, Erratum: e))).ToList();
        Assert.Equal(allErrata.Count, errata.Count);
        foreach (var ((article, erratum), json) in allErrata.Zip(errata))
        {
            Assert.Equal(
                (erratum.Printed, erratum.Intended, erratum.Note),
                (Text(json, "printed"), Text(json, "intended"), Text(json, "note")));
            AssertSpan(article, erratum.Span, json.GetProperty("span"));
        }
    }

    [Fact]
    public void Csv_reads_back_as_the_same_tables_under_RFC_4180()
    {
        Exporter.Export("csv", _dir);

        var quotes = ReadCsv("quotes");
        var header = quotes[0];
        Assert.All(quotes, row => Assert.Equal(header.Count, row.Count));
        Assert.Equal(Corpus.Quotes.Select(q => q.Text), quotes.Skip(1).Select(row => row[header.IndexOf("text")]));
        Assert.Equal(
            Corpus.Quotes.Select(q => string.Join("|", q.Relays.Select(e => e.Id))),
            quotes.Skip(1).Select(row => row[header.IndexOf("relays")]));
        Assert.Equal(
            Corpus.Quotes.Select(q => q.StatementDate?.Value ?? string.Empty),
            quotes.Skip(1).Select(row => row[header.IndexOf("date.value")]));

        // A body holds commas, quotes and line breaks: quoted, doubled and kept.
        var articles = ReadCsv("articles");
        Assert.Equal(
            Corpus.Articles.Select(a => a.Body),
            articles.Skip(1).Select(row => row[articles[0].IndexOf("body")]));
        Assert.Contains(
            Corpus.Articles,
            a => a.Body.Contains('\n', StringComparison.Ordinal) && a.Body.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task Parquet_files_hold_the_tables_with_real_types()
    {
        Exporter.Export("parquet", _dir);

        var schemas = new StringBuilder();
        var rows = new Dictionary<string, IList<Dictionary<string, object>>>(StringComparer.Ordinal);
        foreach (var table in Tables.All())
        {
            await using var file = File.OpenRead(Path.Combine(_dir, table.Name + ".parquet"));
            var result = await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(file);
            Assert.Equal(table.Rows.Count, result.Data.Count);
            rows[table.Name] = result.Data;
            schemas.Append(table.Name).Append('\n');
            foreach (var field in result.Schema.GetDataFields())
            {
                var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
                var name = type == typeof(ReadOnlyMemory<char>) || type == typeof(string) ? "string"
                    : type == typeof(int) ? "int32"
                    : type == typeof(decimal) ? "decimal"
                    : type == typeof(bool) ? "boolean"
                    : type.Name;
                schemas.Append("  ").Append(field.Path).Append(": ").Append(name)
                    .Append(field.IsNullable ? " (optional)" : string.Empty).Append('\n');
            }
        }

        Snapshot.Match(schemas.ToString(), SnapshotNameExtension.Create("schemas"));

        // Values come back as the model holds them: text, integers (a span's offsets), decimals, booleans, lists.
        Assert.Equal(Corpus.Quotes.Select(q => q.Key), rows["quotes"].Select(r => Str(r["key"])));
        Assert.Equal(
            Corpus.Quotes.Select(q => q.Relays.Select(e => e.Id)),
            rows["quotes"].Select(r => List(r, "relays")));
        Assert.Equal(
            Corpus.Quotes.Select(q => Tables.CodePointIndex(q.Span.PrintedIn, q.Span.Start)),
            rows["quotes"].Select(r =>
                Convert.ToInt32(((IDictionary<string, object>)r["span"])["start"], CultureInfo.InvariantCulture)));
        Assert.Equal(Corpus.Articles.Select(a => a.Body), rows["articles"].Select(r => Str(r["body"])));
        Assert.Equal(
            Corpus.Articles.SelectMany(a => a.Figures).Select(f => f.Minimum),
            rows["figures"].Select(r => (decimal)r["minimum"]!));
        Assert.Equal(
            Corpus.Articles.SelectMany(a => a.Dates).Select(d => d.IsScheduled),
            rows["dates"].Select(r => (bool)r["scheduled"]!));
        Assert.Equal(
            Entities.All.Select(e => e.Aliases.ToList<string?>()),
            rows["entities"].Select(r => List(r, "aliases").ToList()));

        // Parquet.Net's reader leaves out empty lists and nulls alike; in the file an empty list is a list with no item
        // (definition level 1), not a null (0), as DuckDB and pandas read it.
        await using (var quotes = File.OpenRead(Path.Combine(_dir, "quotes.parquet")))
        await using (var reader = await Parquet.ParquetReader.CreateAsync(quotes))
        using (var group = reader.OpenRowGroupReader(0))
        using (var relays = await group.ReadRawColumnDataBaseAsync(
            reader.Schema.GetDataFields().Single(field => field.Path.ToString() == "relays/list/element")))
        {
            var (definitions, repetitions) = (relays.DefinitionLevels.ToArray(), relays.RepetitionLevels.ToArray());
            var firsts = definitions.Where((_, i) => repetitions[i] == 0).ToList();
            Assert.Equal(Corpus.Quotes.Select(q => q.Relays.Count == 0 ? 1 : 3), firsts);
        }

        static string? Str(object? value) => value switch
        {
            null => null,
            string text => text,
            ReadOnlyMemory<char> memory => memory.ToString(),
            _ => value.ToString(),
        };
        static IEnumerable<string?> List(Dictionary<string, object> row, string name) =>
            row.TryGetValue(name, out var list)
                ? ((System.Collections.IEnumerable)list).Cast<object?>().Select(Str)
                : Enumerable.Empty<string?>();
    }

    [Fact]
    public void Json_ld_is_one_news_article_per_article_with_its_quotations_and_speakers()
    {
        Exporter.Export("jsonld", _dir);

        foreach (var article in Corpus.Articles)
        {
            var path = Path.Combine(_dir, "jsonld", article.Id + ".jsonld");
            var document = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            Assert.Equal(
                ("https://schema.org", "NewsArticle", article.Id),
                (Text(document, "@context"), Text(document, "@type"), Text(document, "identifier")));
            // As precise as known: a range gives what its ends share (2008-08 for 21 or 22 August).
            var published = Text(document, "datePublished")!;
            if (article.Published.IsRange)
            {
                Assert.InRange(published.Length, 4, 7);
                Assert.StartsWith(
                    published,
                    article.Published.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    StringComparison.Ordinal);
                Assert.StartsWith(
                    published,
                    article.Published.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(article.Published.Value, published);
            }
            Assert.Equal(
                article.Origin.Entity?.Id,
                document.TryGetProperty("sourceOrganization", out var origin)
                    && origin.TryGetProperty("identifier", out var id) ? id.GetString() : null);
            Assert.Equal(
                article.Publisher.DisplayName,
                document.TryGetProperty("publisher", out var publisher)
                    ? Text(publisher, "name")
                    : article.Publisher.DisplayName);
            Assert.Equal(
                article.Mentions.Select(m => (m.Entity.Id, JsonLd.TypeOf(m.Entity.Kind))),
                document.GetProperty("mentions").EnumerateArray()
                    .Select(e => (Text(e, "identifier")!, Text(e, "@type")!)));
            var quotations = document.GetProperty("hasPart").EnumerateArray().ToList();
            Assert.All(quotations, q => Assert.Equal("Quotation", Text(q, "@type")));
            Assert.Equal(
                article.Quotes.Select(q => (q.Key, q.Text, q.Speaker?.Id)),
                quotations.Select(q => (
                    Text(q, "identifier")!,
                    Text(q, "text")!,
                    q.TryGetProperty("spokenByCharacter", out var s) ? Text(s, "identifier") : null)));
            Assert.DoesNotContain(JsonValueKind.Null, Kinds(document)); // what is not known is left out
        }
    }

    [Fact]
    public void Brat_annotations_cover_their_text_and_every_quote_has_its_speaker_or_a_note()
    {
        Exporter.Export("brat", _dir);
        Assert.Contains(
            "[relations]\nSpeaker\tArg1:Quote",
            File.ReadAllText(Path.Combine(_dir, "brat", "annotation.conf")),
            StringComparison.Ordinal);

        foreach (var article in Corpus.Articles)
        {
            var text = File.ReadAllText(Path.Combine(_dir, "brat", article.Id + ".txt"), Encoding.UTF8);
            var lines = File.ReadAllLines(Path.Combine(_dir, "brat", article.Id + ".ann"), Encoding.UTF8);
            var bound = lines.Where(
                line => line.StartsWith('T')).Select(line => line.Split('\t')).ToDictionary(f => f[0],
                f => f);
            foreach (var (id, fields) in bound)
            {
                var offsets = fields[1].Split(' ');
                var (
                    start,
                    end) = (Utf16Index(text, int.Parse(offsets[1], CultureInfo.InvariantCulture)),
                    Utf16Index(text, int.Parse(offsets[2], CultureInfo.InvariantCulture)));
                Assert.Equal(text[start..end].Replace('\n', ' '), fields[2]);
            }

            var quotes = bound.Values.Where(f => f[1].StartsWith("Quote ", StringComparison.Ordinal))
                .Select(f => f[0]).ToList();
            Assert.Equal(article.Quotes.Count, quotes.Count);
            Assert.Equal(
                article.Mentions.Sum(m => m.Occurrences.Count),
                bound.Values.Count(f => Enum.TryParse<EntityKind>(f[1].Split(' ')[0], out _)));
            // Each annotation's first note: an entity id for a mention, "key (mode)" for a quote.
            var notes = lines.Where(line => line.StartsWith('#')).Select(line => line.Split('\t'))
                .GroupBy(f => f[1].Split(' ')[1])
                .ToDictionary(g => g.Key, g => g.Select(f => f[2]).ToList());
            foreach (var id in quotes)
            {
                var quote = Corpus.Quotes[notes[id][0].Split(' ')[0]];
                var relation = lines.SingleOrDefault(line =>
                    line.StartsWith('R') && line.Contains("\tSpeaker Arg1:" + id + " ", StringComparison.Ordinal));
                if (quote.Speaker is { } speaker && article.Mentions.Any(m => m.Entity == speaker))
                {
                    Assert.NotNull(relation);
                    Assert.Equal(speaker.Id, notes[relation.Split(':').Last()][0]);
                }
                else
                {
                    Assert.Null(relation);
                    var basis = quote.Attribution.Basis.ToString().ToLowerInvariant();
                    Assert.Contains("speaker: " + quote.Attribution.DisplayName + " (" + basis + ")", notes[id]);
                }
            }
        }
    }

    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("a\uD83D\uDE00b", 1, 1)]
    [InlineData("a\uD83D\uDE00b", 3, 2)]
    [InlineData("\uD83D\uDE00\uD83D\uDE00", 4, 2)]
    public void A_span_offset_counts_code_points(string text, int utf16, int codePoints)
    {
        Assert.Equal(codePoints, Tables.CodePointIndex(text, utf16));
        Assert.Equal(text.Substring(0, utf16), string.Concat(text.EnumerateRunes().Take(codePoints)));
    }

    private static void AssertSpan(Article article, TextSpan expected, JsonElement span)
    {
        var part = Text(span, "part")!;
        var printed = part.StartsWith("caption:", StringComparison.Ordinal)
            ? article.Captions[int.Parse(part.AsSpan("caption:".Length), CultureInfo.InvariantCulture)].Text
            : part switch
            {
                "headline" => article.Headline,
                "body" => article.Body,
                "dateline" => article.Dateline!,
                "byline" => article.Byline!,
                _ => throw new InvalidDataException(part),
            };
        Assert.Same(expected.PrintedIn, printed);

        // Code points back to UTF-16: the model's own span.
        var (
            start,
            end) = (Utf16Index(printed, span.GetProperty("start").GetInt32()),
            Utf16Index(printed, span.GetProperty("end").GetInt32()));
        Assert.Equal((expected.Start, expected.Length), (start, end - start));
        Assert.Equal(expected.Text, Text(span, "text"));
    }

    private static void AssertOptionalSpan(Article article, TextSpan? expected, JsonElement span)
    {
        if (expected is { } value)
        {
            AssertSpan(article, value, span);
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, span.ValueKind);
        }
    }

    private static void AssertDate(KnownDate expected, JsonElement date) =>
        Assert.Equal(
            (expected.Value, expected.Precision.ToString().ToLowerInvariant(),
                expected.Basis.ToString().ToLowerInvariant(), expected.Evidence),
            (Text(date, "value"), Text(date, "precision"), Text(date, "basis"), Text(date, "evidence")));

    private static void AssertAttribution(Attribution expected, JsonElement attribution) =>
        Assert.Equal(
            (expected.Entity?.Id, expected.Description, expected.Basis.ToString().ToLowerInvariant(),
                expected.Evidence),
            (Text(attribution, "entity"), Text(attribution, "description"), Text(attribution, "basis"),
                Text(attribution, "evidence")));

    private static IEnumerable<JsonValueKind> Kinds(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Kinds(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Kinds),
        var kind => new[] { kind },
    };

    private static int Utf16Index(string text, int codePoints) =>
        string.Concat(text.EnumerateRunes().Take(codePoints)).Length;

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    private static List<string?> Texts(
        JsonElement element,
        string name) => element.GetProperty(name).EnumerateArray().Select(item => item.GetString()).ToList();

    private List<JsonElement> Read(string table)
    {
        var text = File.ReadAllText(Path.Combine(_dir, table + ".jsonl"), Encoding.UTF8);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text.Split('\n').SkipLast(1).Select(line => JsonDocument.Parse(line).RootElement).ToList();
    }

    /// <summary>
    /// An RFC 4180 reader: fields split on commas, quoted fields with doubled quotes, CRLF between records.
    /// </summary>
    private List<List<string>> ReadCsv(string table)
    {
        var text = File.ReadAllText(Path.Combine(_dir, table + ".csv"), Encoding.UTF8);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = new List<string>();
                i++;
            }
            else
            {
                Assert.False(
                    c is '\r' or '\n' or '"',
                    "a bare line break or quote outside a quoted field, in " + table + ".csv");
                field.Append(c);
            }
        }

        Assert.True(row.Count == 0 && field.Length == 0 && !quoted, table + ".csv must end with CRLF");
        return rows;
    }
}
