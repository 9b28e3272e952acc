using System;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// Where each article's record is, and each record, split on first use and kept; the article is built from it by
/// <see cref="ArticleFormat"/> when first reached (by id, by position or by enumerating <see cref="Corpus.Articles"/>),
/// once. An id is found through its bucket's directory record alone (see the generated
/// <c>GeneratedArticles.Directory</c>), so finding one article reads none of the other buckets' ids; the ids in
/// corpus order (for <see cref="KeyedList{T}.Keys"/> and for reaching an article by position) are read from every
/// bucket's directory once, when first needed.
/// </summary>
internal sealed class ArticleRecords : KeyedSource<Article>
{
    private static readonly RecordParts?[] Split = new RecordParts?[GeneratedArticles.Count];

    // Each article's bucket and slot as (bucket << 16 | slot) + 1, stored by Find as it finds them; 0 where not
    // found yet, and then the place comes from the directory read whole.
    private static readonly int[] Found = new int[GeneratedArticles.Count];

    private static readonly RecordParts?[] Directories = new RecordParts?[RecordFormat.BucketCount];

    private static AllPlaces? _all;

    private ArticleRecords()
    {
    }

    /// <summary>Every article of the generated data, in corpus order, each built on first use.</summary>
    public static KeyedList<Article> All() => new(new ArticleRecords());

    public override Article?[] NewItems() => new Article?[GeneratedArticles.Count];

    public override Article Build(int index) => ArticleFormat.Read(Of(index));

    /// <summary>Every id, in corpus order (reaching an article by position needs only its place).</summary>
    public override string[] ReadKeys()
    {
        var all = PlacesInOrder();
        var ids = new string[GeneratedArticles.Count];
        for (var position = 0; position < ids.Length; position++)
        {
            ids[position] = Directory(BucketOf(all.Places[position])).Text(all.IdTexts[position]);
        }

        return ids;
    }

    /// <summary>The position of the article with this id, or -1: one bucket's directory record is read.</summary>
    public override int? Find(string key)
    {
        var bucket = RecordFormat.BucketOf(key);
        var parts = Directory(bucket);
        var directory = RecordReader.Open(parts);
        var count = DirectoryFormat.Count(directory);
        for (var slot = 0; slot < count; slot++)
        {
            var (idText, position) = DirectoryFormat.Slot(directory);
            if (string.Equals(parts.Text(idText), key, StringComparison.Ordinal))
            {
                Found[position] = Place(bucket, slot);
                return position;
            }
        }

        return -1;
    }

    private static RecordParts Of(int index) => Split[index] ?? LazyField.Publish(ref Split[index], Read(index));

    private static RecordParts Read(int index)
    {
        var place = Found[index] is var found and > 0 ? found : PlacesInOrder().Places[index];
        return GeneratedArticles.Record(BucketOf(place), SlotOf(place));
    }

    private static RecordParts Directory(int bucket) =>
        Directories[bucket] ?? LazyField.Publish(ref Directories[bucket], GeneratedArticles.Directory(bucket));

    private static int Place(int bucket, int slot) => ((bucket << 16) | slot) + 1;

    private static int BucketOf(int place) => (place - 1) >> 16;

    private static int SlotOf(int place) => (place - 1) & 0xFFFF;

    private static AllPlaces PlacesInOrder() => _all ?? LazyField.Publish(ref _all, ReadAll());

    private static AllPlaces ReadAll()
    {
        var all = new AllPlaces(new int[GeneratedArticles.Count], new int[GeneratedArticles.Count]);
        for (var bucket = 0; bucket < RecordFormat.BucketCount; bucket++)
        {
            var directory = RecordReader.Open(Directory(bucket));
            var count = DirectoryFormat.Count(directory);
            for (var slot = 0; slot < count; slot++)
            {
                var (idText, position) = DirectoryFormat.Slot(directory);
                all.IdTexts[position] = idText;
                all.Places[position] = Place(bucket, slot);
            }
        }

        return all;
    }

    /// <summary>
    /// Every place in corpus order, and where its id is in its bucket's directory record: published as one object so
    /// a reader on another thread sees both filled.
    /// </summary>
    private sealed class AllPlaces
    {
        public AllPlaces(int[] idTexts, int[] places)
        {
            IdTexts = idTexts;
            Places = places;
        }

        public int[] IdTexts { get; }

        public int[] Places { get; }
    }
}
