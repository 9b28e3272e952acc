using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Export;

/// <summary>
/// One schema.org JSON-LD document per article (<c>jsonld/&lt;article-id&gt;.jsonld</c>): a <c>NewsArticle</c> whose
/// <c>datePublished</c> is only as precise as the date is known (a known range gives the month or year its ends
/// share: <c>2008-08</c> for 21 or 22 August 2008), its <c>publisher</c>, <c>sourceOrganization</c> (the origin) and <c>editor</c>, the entities it
/// <c>mentions</c> (<c>Person</c>, <c>Organization</c>, <c>Country</c> or <c>Place</c>, each a blank node named by its
/// id), and each quote a <c>Quotation</c> with <c>spokenByCharacter</c> when its speaker is known. What is not known
/// is left out, not written null.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static IReadOnlyList<string> Write(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "jsonld"));
        var written = new List<string>();
        foreach (var article in Corpus.Articles)
        {
            var name = "jsonld/" + article.Id + ".jsonld";
            using (var file = File.Create(Path.Combine(dir, name)))
            using (var writer = new Utf8JsonWriter(file, Options))
            {
                JsonLines.Write(writer, WithoutNulls(Document(article)));
            }

            written.Add(name);
        }

        return written;
    }

    /// <summary>The schema.org type of an entity kind: media and organizations are organizations, regions and cities places.</summary>
    public static string TypeOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization or EntityKind.Media => "Organization",
        EntityKind.Country => "Country",
        _ => "Place",
    };

    private static Row Document(Article a)
    {
        var document = new Row()
            .With("@context", "https://schema.org")
            .With("@type", "NewsArticle")
            .With("identifier", a.Id)
            .With("headline", a.Headline);
        return document
            .With("datePublished", AsPreciseAsKnown(a.Published))
            .With("dateline", a.Dateline)
            .With("creditText", a.Byline)
            .With("publisher", Party(a.Publisher))
            .With("sourceOrganization", Party(a.Origin))
            .With("editor", a.Editor is null ? null : Party(a.Editor))
            .With("articleBody", a.Body)
            .With("mentions", a.Mentions.Select(m => (object?)Entity(m.Entity)).ToList())
            .With("hasPart", a.Quotes.Select(q => (object?)Quotation(q)).ToList());
    }

    /// <summary>The date, or for a range the month or year both ends share (<c>2008-08</c> for 21 or 22 August 2008); null when they share none.</summary>
    private static string? AsPreciseAsKnown(KnownDate date) =>
        !date.IsRange ? date.Value
        : date.Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture) is var month && month == date.Latest.ToString("yyyy-MM", CultureInfo.InvariantCulture) ? month
        : date.Earliest.Year == date.Latest.Year ? date.Earliest.Year.ToString(CultureInfo.InvariantCulture)
        : null;

    private static Row Quotation(Quote q)
    {
        var quotation = new Row().With("@type", "Quotation").With("identifier", q.Key).With("text", q.Text);
        return q.Speaker is { } speaker ? quotation.With("spokenByCharacter", Entity(speaker)) : quotation.With("description", "speaker: " + q.Attribution.DisplayName);
    }

    /// <summary>A credit: the entity, or an unnamed party by its description; null when not known at all.</summary>
    private static Row? Party(Attribution a) =>
        a.Entity is { } entity ? Entity(entity) : a.Description is { } description ? new Row().With("@type", "Organization").With("name", description) : null;

    private static Row Entity(Entity e) => new Row().With("@type", TypeOf(e.Kind)).With("@id", "_:" + e.Id).With("identifier", e.Id).With("name", e.Name);

    /// <summary>JSON-LD reads a null as no value: the documents leave out what is not known instead.</summary>
    private static Row WithoutNulls(Row row)
    {
        var compact = new Row();
        foreach (var (name, value) in row.Fields.Where(field => field.Value is not null))
        {
            compact.With(name, value switch
            {
                Row nested => WithoutNulls(nested),
                IReadOnlyList<object?> list => list.Select(item => item is Row nested ? WithoutNulls(nested) : item).ToList(),
                _ => value,
            });
        }

        return compact;
    }
}
