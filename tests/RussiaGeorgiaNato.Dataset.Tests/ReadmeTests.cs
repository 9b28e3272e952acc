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
    public void Readme_example_compiles_against_the_dataset()
    {
        var readme = File.ReadAllText(Path.Combine(global::Dataset.Tests.Shared.RepoPaths.Root(), "README.md"));
        var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no ```csharp block");
        start += "```csharp\n".Length;
        var code = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start);

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Corpus).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            new[] { CSharpSyntaxTree.ParseText("using System.Linq;\n" + code, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.Empty(errors);
    }

}
