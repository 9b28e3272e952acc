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

    /// <summary>The real articles-yaml files, with the roles the package's project gives them.</summary>
    public static YamlFile[] RealDataset() => YamlFile.Real();
}
