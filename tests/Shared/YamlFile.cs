using System;
using System.IO;
using System.Linq;

namespace Dataset.Tests.Shared;

/// <summary>
/// A dataset file as the compiler sees it: a path, its DatasetRole metadata and its text. Linked into the generator
/// tests and the benchmarks, which feed the generator the same way.
/// </summary>
public sealed record YamlFile(string Path, string Role, string Text)
{
    /// <summary>The DatasetRole of the entity registry.</summary>
    public const string EntitiesRole = "entities";

    /// <summary>The DatasetRole of an article.</summary>
    public const string ArticleRole = "article";

    /// <summary>
    /// The role the package's project gives a file by its name: <c>entities.yaml</c> is the registry, every other file
    /// an article.
    /// </summary>
    public static string RoleOf(string fileName) => fileName == "entities.yaml" ? EntitiesRole : ArticleRole;

    /// <summary>A file whose role follows from its name (see <see cref="RoleOf"/>).</summary>
    public static YamlFile At(string path, string text) => new(path, RoleOf(System.IO.Path.GetFileName(path)), text);

    public static YamlFile Entities(string text, string path = "/data/entities.yaml") => new(path, EntitiesRole, text);

    public static YamlFile Article(string id, string text) => new("/data/" + id + ".yaml", ArticleRole, text);

    /// <summary>Every <c>*.yaml</c> file of a folder, in ordinal path order.</summary>
    private static YamlFile[] Folder(string folder) =>
        Directory.GetFiles(folder, "*.yaml")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => At(path, File.ReadAllText(path)))
            .ToArray();

    /// <summary>The real dataset: the repository's articles-yaml folder.</summary>
    public static YamlFile[] Real() => Folder(System.IO.Path.Combine(RepoPaths.Root(), "articles-yaml"));

    /// <summary>
    /// A seeded synthetic corpus of <paramref name="count"/> articles and its registry (see Dataset.Synthetic).
    /// </summary>
    public static YamlFile[] Synthetic(int count) =>
        global::Dataset
            .Synthetic.SyntheticCorpus.Create(count)
            .Select(file => At("/synthetic/" + file.Name, file.Text))
            .ToArray();
}
