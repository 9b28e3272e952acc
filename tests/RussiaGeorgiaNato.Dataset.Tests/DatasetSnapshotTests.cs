using Snapshooter.Xunit;
using Xunit;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>
/// The whole dataset as one reviewed file (__snapshots__/DatasetSnapshotTests.Whole_dataset.snap). A YAML change
/// fails this test until the new dump is reviewed and accepted; CI never writes it.
/// </summary>
public class DatasetSnapshotTests
{
    [Fact]
    public void Whole_dataset() => Snapshot.Match(DatasetDump.Write());

    [Fact]
    public void Snapshots_are_read_from_the_repository() =>
        Assert.StartsWith(
            global::Dataset.Tests.Shared.RepoPaths.Root(),
            global::Dataset.Tests.Shared.RepoPaths.CallerFile(),
            System.StringComparison.Ordinal);
}
