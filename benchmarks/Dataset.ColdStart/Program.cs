using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dataset.Benchmarks;
using RussiaGeorgiaNato.Dataset;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

// generated             : the package's compiled data: the number of quotes (Corpus.Quotes.Count)
// generated-all         : the package's compiled data, every part of every article built: the number of annotations
// generated-find <id>   : the package's compiled data: one article found by id (Corpus.Articles[id]) and its
//                         quote count
// yaml <dir>            : the dataset's YAML files, read and deserialized with YamlDotNet at start-up: the
//                         number of quotes
// json <dir>            : the same data as JSON files, deserialized with System.Text.Json's source-generated context
// export-json <in> <out>: writes the JSON files the json variant reads (one per YAML file)
// Each variant prints its answer and the milliseconds from the start of Main to the answer (the script also times
// the whole process). No variant names an entity, so the program builds against any corpus (-p:DatasetDir=...).
var clock = Stopwatch.StartNew();
switch (args)
{
    case ["generated"]:
        return Answer(Corpus.Quotes.Count, clock);

    case ["generated-all"]:
        // Everything a first query can make the package build: every article's body, quotes, errata, mentions, dates
        // and figures.
        return Answer(
            Corpus.Articles.Sum(a => a.Quotes.Count + a.Errata.Count + a.Mentions.Count + a.Dates.Count
                + a.Figures.Count + (a.Body.Length > 0 ? 0 : 1)),
            clock);

    case ["generated-find", var id]:
        return Answer(Corpus.Articles[id].Quotes.Count, clock);

    case ["yaml", var dir]:
        var yaml = Yaml();
        _ = yaml.Deserialize<RegistryDto>(File.ReadAllText(Path.Combine(dir, "entities.yaml")));
        var fromYaml = Articles(dir, "*.yaml").Select(p => yaml.Deserialize<ArticleDto>(File.ReadAllText(p)));
        return Answer(fromYaml.Sum(a => a.Quotes?.Count ?? 0), clock);

    case ["json", var dir]:
        _ = JsonSerializer.Deserialize(
            File.ReadAllBytes(Path.Combine(dir, "entities.json")), DtoJsonContext.Default.RegistryDto);
        var fromJson = Articles(dir, "*.json")
            .Select(p => JsonSerializer.Deserialize(File.ReadAllBytes(p), DtoJsonContext.Default.ArticleDto)!);
        return Answer(fromJson.Sum(a => a.Quotes?.Count ?? 0), clock);

    case ["export-json", var from, var to]:
        var reader = Yaml();
        Directory.CreateDirectory(to);
        var registry = reader.Deserialize<RegistryDto>(File.ReadAllText(Path.Combine(from, "entities.yaml")));
        File.WriteAllBytes(
            Path.Combine(to, "entities.json"),
            JsonSerializer.SerializeToUtf8Bytes(registry, DtoJsonContext.Default.RegistryDto));
        foreach (var path in Articles(from, "*.yaml"))
        {
            var article = reader.Deserialize<ArticleDto>(File.ReadAllText(path));
            File.WriteAllBytes(
                Path.Combine(to, Path.GetFileNameWithoutExtension(path) + ".json"),
                JsonSerializer.SerializeToUtf8Bytes(article, DtoJsonContext.Default.ArticleDto));
        }

        return 0;

    default:
        Console.Error.WriteLine(
            "usage: generated | generated-find <id> | yaml <dir> | json <dir> | export-json <yaml-dir> <json-dir>");
        return 2;
}

static string[] Articles(string dir, string pattern) =>
    Directory.GetFiles(dir, pattern)
        .Where(p => !Path.GetFileNameWithoutExtension(p).Equals("entities", StringComparison.Ordinal))
        .OrderBy(p => p, StringComparer.Ordinal)
        .ToArray();

static int Answer(int answer, Stopwatch clock)
{
    var elapsed = clock.Elapsed.TotalMilliseconds;
    Console.WriteLine(
        answer.ToString(System.Globalization.CultureInfo.InvariantCulture) + " "
        + elapsed.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

// Built only by the variants that read YAML: its set-up is part of their cost, not the others'.
static IDeserializer Yaml() =>
    new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
