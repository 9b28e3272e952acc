#if RECORD_WRITER
using System.Text;
#endif

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// The dataset's record format, described here once. Its files are compiled into both ends: the generator
/// (<c>RECORD_WRITER</c> defined) writes records and the package reads them, each record kind with its writer and
/// its reader side by side, so a field's place is written in one file.
/// <list type="bullet">
/// <item><description>A <b>number</b> is non-negative, written 14 bits a code unit, low bits first, 0x4000 marking that
/// more follow, so no code unit is a surrogate and every record of texts without a lone surrogate has a UTF-8 form.
/// An optional number or text is written plus one, 0 for null; a flag is 1 or 0; an enum is its
/// value.</description></item>
/// <item><description>A <b>record</b> is text: the number of its distinct texts, each text as its length and its code
/// units, then the numbers that build the objects, a text written as its index in that table. Stored as UTF-8 data (a
/// target with UTF-8 literals) a text's length counts its bytes, stored as a string literal its UTF-16 code units.
/// </description></item>
/// <item><description>A <b>block</b> (<see cref="BlockFormat"/>) holds a group of records as one literal: their
/// number, each one's length, then the records one after the other.</description></item>
/// <item><description>The <b>kinds</b>: an article (<see cref="ArticleFormat"/>, in the block of its bucket, the hash
/// <see cref="BucketOf"/> of its id), an entity and the entity ids (<see cref="EntityFormat"/>), and a bucket's
/// directory of article ids (<see cref="DirectoryFormat"/>).</description></item>
/// </list>
/// </summary>
internal static class RecordFormat
{
    /// <summary>The bits of a number each code unit holds.</summary>
    public const int GroupBits = 14;

    /// <summary>The bit of a code unit that says more of the number follows.</summary>
    public const int More = 1 << GroupBits;

    /// <summary>
    /// Added to a UTC offset in minutes, so the record holds no negative number (offsets lie within 14 hours).
    /// </summary>
    public const int OffsetBias = 14 * 60;

    /// <summary>
    /// How many buckets the article records are spread over; a bucket holds fewer than 65,536 articles.
    /// </summary>
    public const int BucketCount = 64;

    /// <summary>
    /// The bucket of an article id: FNV-1a over its UTF-16 code units, modulo <see cref="BucketCount"/>, the same on
    /// every machine. It depends on the id alone, so an edit, an added or a removed article rewrites its own bucket.
    /// </summary>
    public static int BucketOf(string articleId)
    {
        var hash = 2166136261u;
        foreach (var character in articleId)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return (int)(hash % BucketCount);
    }

#if RECORD_WRITER
    /// <summary>Writes <paramref name="value"/> at the end of <paramref name="builder"/>.</summary>
    public static void AppendNumber(StringBuilder builder, int value)
    {
        if (value < 0)
        {
            throw new System.ArgumentOutOfRangeException(
                nameof(value), value, "the record format holds non-negative numbers");
        }

        while (value >= More)
        {
            builder.Append((char)(More | (value & (More - 1))));
            value >>= GroupBits;
        }

        builder.Append((char)value);
    }

    /// <summary>How many code units <paramref name="value"/> takes.</summary>
    public static int UnitsOf(int value)
    {
        var units = 1;
        for (; value >= More; value >>= GroupBits)
        {
            units++;
        }

        return units;
    }
#endif

    /// <summary>Reads the number at <paramref name="at"/> of <paramref name="text"/>, and moves past it.</summary>
    public static int ReadNumber(string text, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += GroupBits)
        {
            int unit = text[at++];
            value |= (unit & (More - 1)) << shift;
            if ((unit & More) == 0)
            {
                return value;
            }
        }
    }

#if NET6_0_OR_GREATER || RECORD_WRITER
    /// <summary>
    /// Reads the number at <paramref name="at"/> of UTF-8 data, and moves past it: each code unit is below U+8000,
    /// so one to three bytes.
    /// </summary>
    public static int ReadNumber(System.ReadOnlySpan<byte> utf8, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += GroupBits)
        {
            int lead = utf8[at++];
            var unit = lead < 0x80 ? lead
                : lead < 0xE0 ? ((lead & 0x1F) << 6) | (utf8[at++] & 0x3F)
                : ((lead & 0x0F) << 12) | ((utf8[at++] & 0x3F) << 6) | (utf8[at++] & 0x3F);
            value |= (unit & (More - 1)) << shift;
            if ((unit & More) == 0)
            {
                return value;
            }
        }
    }
#endif
}
