using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>
/// The README's C# is what a user copies first: every <c>```csharp</c> block must compile against the real
/// package, and what each of its top-level variables holds when run is a reviewed snapshot, so an API change
/// that alters an answer shows up as a diff.
/// </summary>
public class ReadmeTests
{
    // Compiled with each block: records the value of every top-level variable as stable text.
    private const string Recorder = """
        public static class ReadmeAnswers
        {
            public static readonly System.Text.StringBuilder Text = new();

            public static void Record(string name, object? value)
            {
                Text.Append("### ").Append(name).Append('\n');
                if (value is System.Collections.IEnumerable items and not string)
                {
                    foreach (var item in items)
                    {
                        Text.Append("- ").Append(Render(item)).Append('\n');
                    }
                }
                else
                {
                    Text.Append(Render(value)).Append('\n');
                }
            }

            private static string Render(object? value) => value switch
            {
                null => "null",
                string text => text,
                System.Runtime.CompilerServices.ITuple tuple => "(" + string.Join(
                    ", ", System.Linq.Enumerable.Range(0, tuple.Length).Select(i => Render(tuple[i]))) + ")",
                System.IFormattable formattable =>
                    formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString() ?? string.Empty,
            };
        }
        """;

    [Fact]
    public void Every_readme_example_compiles_and_its_answers_match_the_snapshot()
    {
        var blocks = CSharpBlocks();
        Assert.True(blocks.Count >= 2, "the README's usage example and cookbook are ```csharp blocks");

        var answers = new System.Text.StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            answers.Append("## block ").Append(i + 1).Append('\n').Append(Run(blocks[i])).Append('\n');
        }

        Snapshot.Match(answers.ToString(), SnapshotNameExtension.Create("answers"));
    }

    private static List<string> CSharpBlocks()
    {
        var readme = File.ReadAllText(
            Path.Combine(global::Dataset.Tests.Shared.RepoPaths.Root(), "README.md")).Replace("\r\n",
            "\n",
            StringComparison.Ordinal);
        return readme.Split("```csharp\n").Skip(1)
            .Select(b => b.Substring(0, b.IndexOf("```", StringComparison.Ordinal))).ToList();
    }

    /// <summary>
    /// Compiles a block as a user's console app would (implicit usings), runs it, and returns what its variables hold.
    /// </summary>
    private static string Run(string code)
    {
        var program = ConsumerCompilation.Parse("global using System;\nglobal using System.Linq;\n" + code);
        var variables = program.GetCompilationUnitRoot().Members
            .OfType<GlobalStatementSyntax>()
            .Select(g => g.Statement)
            .OfType<LocalDeclarationStatementSyntax>()
            .SelectMany(d => d.Declaration.Variables.Select(v => v.Identifier.Text))
            .ToList();
        var recording = string.Concat(
            variables.Select(v => "\nglobal::ReadmeAnswers.Record(\"" + v + "\", " + v + ");"));
        var compilation = ConsumerCompilation.Create(
            ConsumerCompilation.Parse(program.ToString() + recording),
            ConsumerCompilation.Parse(Recorder));

        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString()).ToArray();
        Assert.True(emitted.Success, string.Join("\n", errors) + "\nin:\n" + code);

        // Loaded next to the package already in this process, so the block queries the same Corpus the tests do.
        var assembly = System.Reflection.Assembly.Load(pe.ToArray());
        assembly.EntryPoint!.Invoke(null, new object[] { Array.Empty<string>() });
        return assembly.GetType("ReadmeAnswers")!.GetField("Text")!.GetValue(null)!.ToString()!;
    }
}
