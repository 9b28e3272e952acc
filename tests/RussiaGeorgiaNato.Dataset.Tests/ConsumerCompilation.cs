using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>
/// C# compiled as a consumer's console app: the framework and the built package as references, nothing internal.
/// </summary>
internal static class ConsumerCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// A console app of <paramref name="trees"/>, nullable enabled, referencing the package as a user's app does.
    /// </summary>
    public static CSharpCompilation Create(params SyntaxTree[] trees) =>
        CSharpCompilation.Create(
            "Consumer" + Guid.NewGuid().ToString("N"),
            trees,
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Select(path => MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(Corpus).Assembly.Location)),
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable));

    public static SyntaxTree Parse(string code) => CSharpSyntaxTree.ParseText(code, ParseOptions);
}
