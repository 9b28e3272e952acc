using System;
using System.IO;
using System.Linq;
using Dataset.Tests.Shared;
using Xunit;

namespace Dataset.Tool.Tests;

/// <summary>The README shows what some commands print: that output must be what the tool prints today.</summary>
public class ReadmeCommandTests
{
    [Theory]
    [InlineData("export --format all --out data", 11)]
    [InlineData("site --out site", 6)]
    public void The_output_shown_for_a_command_is_what_it_prints(string command, int lines)
    {
        var readme = File.ReadAllText(
            Path.Combine(RepoPaths.Root(), "README.md")).Replace("\r\n",
            "\n",
            StringComparison.Ordinal);
        // The block after the command: its closing fence, then the output block.
        var shown = readme.Split(command)[1].Split("```\n")[2].Split('\n')
            .Where(line => line.Length > 0 && line.Trim() != "...").ToList();
        var args = command.Split(' ');
        var dir = Path.Combine(Path.GetTempPath(), "readme-" + args[0] + "-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter { NewLine = "\n" };
        try
        {
            Assert.Equal(0, Cli.Run(args[..^1].Append(dir).ToArray(), output, TextWriter.Null));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        var printed = output.ToString().Replace(dir, args[^1], StringComparison.Ordinal).Split('\n');
        Assert.True(shown.Count >= lines, "the README shows the command's output");
        Assert.All(shown, line => Assert.Contains(line, printed));
    }
}
