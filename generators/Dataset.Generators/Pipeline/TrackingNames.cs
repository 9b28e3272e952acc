namespace Dataset.Generators.Pipeline;

/// <summary>Names of the pipeline steps, so tests can assert which steps ran and which were cached.</summary>
internal static class TrackingNames
{
    public const string Files = nameof(Files);
    public const string Utf8Texts = nameof(Utf8Texts);
    public const string ParseArticle = nameof(ParseArticle);
    public const string ParseRegistry = nameof(ParseRegistry);
    public const string ArticleDirectory = nameof(ArticleDirectory);
    public const string ValidateArticle = nameof(ValidateArticle);
    public const string ValidateRegistry = nameof(ValidateRegistry);
    public const string RegistryForms = nameof(RegistryForms);
    public const string PrintedForms = nameof(PrintedForms);
    public const string CorpusPrints = nameof(CorpusPrints);
    public const string CheckPrintedForms = nameof(CheckPrintedForms);
    public const string EmitArticle = nameof(EmitArticle);
    public const string WrittenRecords = nameof(WrittenRecords);
    public const string UserStringHeap = nameof(UserStringHeap);
    public const string Buckets = nameof(Buckets);
    public const string EmitBucket = nameof(EmitBucket);
    public const string BucketSources = nameof(BucketSources);
    public const string EmitEntities = nameof(EmitEntities);
    public const string Index = nameof(Index);
}
