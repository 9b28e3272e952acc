using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Dataset.Generators;
using Dataset.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Benchmarks;

/// <summary>
/// The dataset package as the generator makes it, compiled in memory with optimizations (as a Release package is)
/// and loaded, with entry points for the benchmarks compiled into it so calls cost no reflection.
/// </summary>
public sealed class CompiledDataset
{
    // Compiled into the dataset assembly: each entry reaches the internal readers or the public API directly.
    private const string Entries = """
        namespace RussiaGeorgiaNato.Dataset
        {
            using System;
            using System.Linq;

            public static class BenchmarkEntries
            {
                // Every article read from its record (split on the first build, as a process does once), then
                // the corpus index. Every part built on first use is built too, and every annotation's text cut,
                // so the graph holds what the deserialized DTOs hold (the body is decoded once per process, as
                // the runtime variants' inputs are read).
                public static object BuildGraph()
                {
                    var articles = ArticleRecords.All();
                    for (var i = 0; i < articles.Count; i++)
                    {
                        var article = articles[i];
                        _ = article.Body;
                        foreach (var quote in article.Quotes)
                        {
                            _ = quote.Text;
                            _ = quote.Cue;
                            _ = quote.Attribution;
                        }

                        foreach (var date in article.Dates)
                        {
                            _ = date.Text;
                            _ = date.Event;
                        }

                        foreach (var figure in article.Figures)
                        {
                            _ = figure.Text;
                        }

                        foreach (var erratum in article.Errata)
                        {
                            _ = erratum.Printed;
                        }

                        _ = article.Mentions;
                    }

                    return new CorpusLookups(articles);
                }

                // The graph and every lookup the package builds lazily: by speaker, by mention, statement copies,
                // by date.
                public static object BuildGraphAndLookups()
                {
                    var index = (CorpusLookups)BuildGraph();
                    var quote = index.Quotes.Count > 0 ? index.Quotes[0] : null;
                    var entity = Entities.All.Count > 0 ? Entities.All[0] : null;
                    _ = entity is null ? 0 : index.QuotesBy(entity).Count + index.MentionsOf(entity).Count;
                    _ = index.PublishedBetween(DateTime.MinValue, DateTime.MinValue).Count;
                    _ = quote is null ? 0 : index.CopiesOf(quote).Count;
                    return index;
                }

                public static object Warm() => Corpus.Articles;

                public static object EntityById(string id) => Entities.All[id];

                public static object EntityByIdScan(string id) => Entities.All.First(e => e.Id == id);

                public static int QuotesBySpeaker(string id) => Entities.All[id].Quotes.Count;

                public static int QuotesBySpeakerScan(string id) =>
                    Corpus.Quotes.Count(q => q.Speaker != null && q.Speaker.Id == id);

                public static int ArticlesBetween(DateTime from, DateTime to) =>
                    Corpus.PublishedBetween(from, to).Count;

                public static int ArticlesBetweenScan(DateTime from, DateTime to) =>
                    Corpus.Articles.Count(a => a.Published.Earliest <= to && a.Published.Latest >= from);

                public static string[] EntityIds() => Entities.All.Keys.ToArray();
            }
        }
        """;

    private readonly Type _entries;

    public CompiledDataset(IReadOnlyList<YamlFile> files)
    {
        var model = Model();
        var driver = CreateDriver(files);
        driver.RunGeneratorsAndUpdateCompilation(
            model.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Entries, ParseOptions)),
            out var output,
            out var diagnostics);
        var errors = diagnostics
            .Concat(output.GetDiagnostics())
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("the dataset does not build: " + string.Join("\n", errors.Take(10)));
        }

        using var pe = new MemoryStream();
        var emitted = output.Emit(pe);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        }

        pe.Position = 0;
        var assembly = new AssemblyLoadContext("dataset", isCollectible: false).LoadFromStream(pe);
        _entries = assembly.GetType("RussiaGeorgiaNato.Dataset.BenchmarkEntries", throwOnError: true)!;
    }

    public static readonly CSharpParseOptions ParseOptions = GeneratorHost.ModernOptions;

    public T Entry<T>(string name)
        where T : Delegate => _entries.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<T>();

    /// <summary>A generator driver over the files, as the compiler would create it.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<YamlFile> files) =>
        CreateDriver(files, GeneratorHost.Texts(files));

    /// <summary>A driver over given additional texts (kept by the caller, to replace one later).</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<YamlFile> files, IEnumerable<AdditionalText> texts) =>
        GeneratorHost.CreateDriver(files, texts, ParseOptions, trackSteps: false);

    /// <summary>
    /// The package's hand-written model (src/RussiaGeorgiaNato.Dataset), optimized as a Release package is.
    /// </summary>
    public static CSharpCompilation Model() => GeneratorHost.Model(ParseOptions, OptimizationLevel.Release);
}
