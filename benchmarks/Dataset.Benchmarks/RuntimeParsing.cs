using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Dataset.Tests.Shared;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Dataset.Benchmarks;

/// <summary>
/// The same dataset held as embedded YAML texts and as embedded JSON documents, and the two ways to read them.
/// </summary>
public sealed class RuntimeParsing
{
    private static readonly IDeserializer Yaml =
        new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();

    public RuntimeParsing(IReadOnlyList<YamlFile> files)
    {
        RegistryYaml = files.Single(file => file.Role == YamlFile.EntitiesRole).Text;
        ArticleYaml = files.Where(file => file.Role == YamlFile.ArticleRole).Select(file => file.Text).ToArray();

        // JSON made from the YAML once, as a build step of such an app would.
        RegistryJson = JsonSerializer.SerializeToUtf8Bytes(
            Yaml.Deserialize<RegistryDto>(RegistryYaml), DtoJsonContext.Default.RegistryDto);
        ArticleJson = ArticleYaml
            .Select(text => JsonSerializer.SerializeToUtf8Bytes(
                Yaml.Deserialize<ArticleDto>(text), DtoJsonContext.Default.ArticleDto))
            .ToArray();
    }

    public string RegistryYaml { get; }

    public string[] ArticleYaml { get; }

    public byte[] RegistryJson { get; }

    public byte[][] ArticleJson { get; }

    public (RegistryDto Registry, ArticleDto[] Articles) FromYaml() =>
        (Yaml.Deserialize<RegistryDto>(RegistryYaml), ArticleYaml.Select(Yaml.Deserialize<ArticleDto>).ToArray());

    public (RegistryDto Registry, ArticleDto[] Articles) FromJson() =>
        (JsonSerializer.Deserialize(RegistryJson, DtoJsonContext.Default.RegistryDto)!,
         ArticleJson.Select(json => JsonSerializer.Deserialize(json, DtoJsonContext.Default.ArticleDto)!).ToArray());
}
