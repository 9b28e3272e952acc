using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Generators.Tests;

/// <summary>
/// The same YAML gives the same bytes: the generated sources in any file order, the compiled dataset assembly
/// built twice, and a generator that reads nothing but its inputs (no file system, network, clock or environment).
/// </summary>
public class DeterminismTests
{
    [Fact]
    public void The_real_dataset_compiles_to_a_byte_identical_assembly_whatever_the_file_order()
    {
        var files = Fixture.RealDataset();

        var forward = Build(files);
        var backward = Build(files.Reverse().ToArray());
        var shuffled = Build(files.OrderBy(f => f.Text.Length).ToArray());

        Assert.True(forward.Length > 0);
        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
    }

    [Fact]
    public void The_generator_reaches_no_file_system_network_clock_or_environment()
    {
        var banned = new[]
        {
            "System.IO.File",
            "System.IO.Directory",
            "System.IO.FileInfo",
            "System.IO.DirectoryInfo",
            "System.IO.FileStream",
            "System.IO.FileSystemWatcher",
            "System.IO.DriveInfo",
            "System.Environment",
            "System.Diagnostics.Process",
            "System.Diagnostics.Stopwatch",
            "System.Random",
            "System.Net.",
            "System.Reflection.Assembly",
        };
        var bannedMembers = new[]
        {
            "System.DateTime.get_Now",
            "System.DateTime.get_UtcNow",
            "System.DateTime.get_Today",
            "System.DateTimeOffset.get_Now",
            "System.DateTimeOffset.get_UtcNow",
            "System.Guid.NewGuid",
        };

        var (types, members) = References(typeof(DatasetGenerator).Assembly.Location);

        Assert.Contains("System.IO.StringReader", types); // the scan sees what the generator does use
        Assert.DoesNotContain(types, t =>
            banned.Any(b => t == b || (b.EndsWith('.') && t.StartsWith(b, StringComparison.Ordinal))));
        Assert.DoesNotContain(members, bannedMembers.Contains);
    }

    private static byte[] Build(YamlFile[] files)
    {
        var (result, output) = GeneratorHarness.Run(files);
        Assert.Empty(result.Diagnostics);
        using var pe = new MemoryStream();
        var emitted = output.Emit(pe);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return pe.ToArray();
    }

    /// <summary>Every type and member the assembly refers to outside itself, by full name.</summary>
    private static (HashSet<string> Types, HashSet<string> Members) References(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeReferences)
        {
            types.Add(Name(reader, handle));
        }

        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                members.Add(Name(reader, (TypeReferenceHandle)member.Parent) + "." + reader.GetString(member.Name));
            }
        }

        return (types, members);
    }

    private static string Name(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        return type.Namespace.IsNil ? name : reader.GetString(type.Namespace) + "." + name;
    }
}
