using System;
using System.Text.RegularExpressions;
using Dataset.Tests.Shared;

namespace Dataset.Generators.Tests;

/// <summary>The small, valid dataset the generator tests start from (trimmed copies of two seed articles).</summary>
public static class Fixture
{
    public const string SlamDoorId = "2008-08-21-slam-door";
    public const string FreezeId = "2008-08-21-freeze";

    public static YamlFile Entities => YamlFile.Entities(GeneratorHarness.Fixture("entities.yaml"));

    public static YamlFile SlamDoor => YamlFile.Article(SlamDoorId, GeneratorHarness.Fixture(SlamDoorId + ".yaml"));

    public static YamlFile Freeze => YamlFile.Article(FreezeId, GeneratorHarness.Fixture(FreezeId + ".yaml"));

    public static YamlFile[] All => new[] { Entities, SlamDoor, Freeze };

    /// <summary>
    /// A paragraph of about 8 million characters, within one file's limit (DSG902), naming no entity: as a string
    /// literal, two bytes a character, more than the records may take of the user-string heap (DSG903).
    /// </summary>
    public static string LargeParagraph { get; } =
        string.Concat(System.Linq.Enumerable.Repeat("lorem ipsum ", 680_000)).TrimEnd();

    /// <summary>The registry with one more entity, named <paramref name="name"/>.</summary>
    public static YamlFile Registering(this YamlFile registry, string id, string name, string kind) =>
        registry with
        {
            Text =
                registry.Text.TrimEnd('\n') + "\n  - id: " + id + "\n    name: " + name + "\n    kind: " + kind + "\n",
        };

    /// <summary>
    /// The article with a mention of <paramref name="id"/> as <paramref name="form"/> when it prints the form as a
    /// whole word (so coverage, DSG315, finds every printed form recorded); unchanged when it does not.
    /// </summary>
    public static YamlFile Mentioning(this YamlFile article, string id, string form)
    {
        // The fixtures write every printed part (headline, body, captions) above their mentions.
        const string Mentions = "\nmentions:\n";
        var printed = article.Text.Substring(0, article.Text.IndexOf(Mentions, StringComparison.Ordinal));
        return Regex.IsMatch(printed, @"(?<![\p{L}\p{Nd}])" + Regex.Escape(form) + @"(?![\p{L}\p{Nd}])")
            ? article with
            {
                Text = article.Text.Replace(
                    Mentions,
                    Mentions + "  - { entity: " + id + ", as: [" + form + "] }\n",
                    StringComparison.Ordinal),
            }
            : article;
    }

    /// <summary>The real articles-yaml files, with the roles the package's project gives them.</summary>
    public static YamlFile[] RealDataset() => YamlFile.Real();
}
