using System.Linq;
using Dataset.Generators.Outputs;
using Dataset.Generators.Parsing;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes each article as data: an <see cref="ArticleFormat"/> record that the package turns into objects when the
/// article is first reached. The records are gathered in <see cref="Buckets"/>, one generated file and one literal
/// each (see <see cref="RecordBlock"/>), so the runtime JIT-compiles one reader and resolves a few literals whatever
/// the number of articles, instead of a factory method per article. The article is already validated: every entity
/// id resolves and every annotation comes with its spans.
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(int bucket) =>
        "Articles.Bucket" + bucket.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The name of the property that holds the records of a bucket.</summary>
    public static string BucketRecords(int bucket) => "Bucket" + Literals.Number(bucket) + "Records";

    /// <summary>The article's record, the same for every target (its bucket decides how it is written).</summary>
    public static ArticleRecord Record(ValidArticle article) => new()
    {
        Id = article.Spec.Id.Value,
        Path = article.Spec.Path,
        EarliestDay = DateLiteral.EarliestDay(article.Spec.Published.Start),
        Data = ArticleFormat.Write(article),
    };

    /// <summary>
    /// A bucket's file: its records as one block (see <see cref="RecordBlock"/>), in slot order, each commented with
    /// its article id.
    /// </summary>
    public static string EmitBucket(RecordBucket bucket, bool utf8Target)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, "the article files of bucket " + Literals.Number(bucket.Number));
        writer.WriteLine("internal static partial class GeneratedArticles");
        writer.OpenBlock();
        RecordBlock.Write(
            writer,
            "The records of the articles in bucket " + Literals.Number(bucket.Number)
                + ", by slot (their ids in order), read by <see cref=\"ArticleFormat\"/>.",
            BucketRecords(bucket.Number),
            bucket.Articles.Select(article => (article.Id, article.Data)).ToList(),
            utf8Target);
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
