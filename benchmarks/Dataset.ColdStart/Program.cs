using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dataset.Benchmarks;
using RussiaGeorgiaNato.Dataset;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

// generated             : the package's compiled data
// yaml <dir>            : the dataset's YAML files, read and deserialized with YamlDotNet at start-up
// json <dir>            : the same data as JSON files, deserialized with System.Text.Json's source-generated context
// export-json <in> <out>: writes the JSON files the json variant reads (one per YAML file)
// Each variant answers one question, how many quotes Sergei Lavrov has, and prints the count.
var yaml = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
switch (args)
{
    case ["generated"]:
        Console.WriteLine(Corpus.Quotes.Count(q => q.Speaker == Entities.SergeiLavrov));
        return 0;

    case ["yaml", var dir]:
        _ = yaml.Deserialize<RegistryDto>(File.ReadAllText(Path.Combine(dir, "entities.yaml")));
        var fromYaml = Articles(dir, "*.yaml").Select(p => yaml.Deserialize<ArticleDto>(File.ReadAllText(p)));
        Console.WriteLine(fromYaml.SelectMany(a => a.Quotes ?? new()).Count(q => q.Speaker == "sergei-lavrov"));
        return 0;

    case ["json", var dir]:
        _ = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(dir, "entities.json")), DtoJsonContext.Default.RegistryDto);
        var fromJson = Articles(dir, "*.json").Select(p => JsonSerializer.Deserialize(File.ReadAllBytes(p), DtoJsonContext.Default.ArticleDto)!);
        Console.WriteLine(fromJson.SelectMany(a => a.Quotes ?? new()).Count(q => q.Speaker == "sergei-lavrov"));
        return 0;

    case ["export-json", var from, var to]:
        Directory.CreateDirectory(to);
        File.WriteAllBytes(Path.Combine(to, "entities.json"), JsonSerializer.SerializeToUtf8Bytes(yaml.Deserialize<RegistryDto>(File.ReadAllText(Path.Combine(from, "entities.yaml"))), DtoJsonContext.Default.RegistryDto));
        foreach (var path in Articles(from, "*.yaml"))
        {
            var article = yaml.Deserialize<ArticleDto>(File.ReadAllText(path));
            File.WriteAllBytes(Path.Combine(to, Path.GetFileNameWithoutExtension(path) + ".json"), JsonSerializer.SerializeToUtf8Bytes(article, DtoJsonContext.Default.ArticleDto));
        }

        return 0;

    default:
        Console.Error.WriteLine("usage: generated | yaml <dir> | json <dir> | export-json <yaml-dir> <json-dir>");
        return 2;
}

static string[] Articles(string dir, string pattern) =>
    Directory.GetFiles(dir, pattern).Where(p => !Path.GetFileNameWithoutExtension(p).Equals("entities", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
