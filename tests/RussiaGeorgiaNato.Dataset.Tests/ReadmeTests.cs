using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>The README's C# example is what a user copies first: it must compile against the real package.</summary>
public class ReadmeTests
{
    [Fact]
    public void Every_readme_example_compiles_against_the_dataset()
    {
        var readme = File.ReadAllText(Path.Combine(global::Dataset.Tests.Shared.RepoPaths.Root(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = readme.Split("```csharp\n").Skip(1).Select(b => b.Substring(0, b.IndexOf("```", StringComparison.Ordinal))).ToList();
        Assert.True(blocks.Count >= 2, "the README's usage example and cookbook are ```csharp blocks");

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Corpus).Assembly.Location))
            .ToList();
        foreach (var code in blocks)
        {
            // As a user's app sees it: the implicit usings of a console project, then the block as written.
            var compilation = CSharpCompilation.Create(
                "ReadmeExample",
                new[] { CSharpSyntaxTree.ParseText("global using System;\nglobal using System.Linq;\n" + code, new CSharpParseOptions(LanguageVersion.Latest)) },
                references,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors) + "\nin:\n" + code);
        }
    }
}
