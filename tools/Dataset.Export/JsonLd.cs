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
/// share: <c>2008-08</c> for 21 or 22 August 2008), its <c>publisher</c>, <c>sourceOrganization</c> (the origin)
/// and <c>editor</c>, the entities it <c>mentions</c> (<c>Person</c>, <c>Organization</c>, <c>Country</c> or
/// <c>Place</c>, each a blank node named by its id), and each quote a <c>Quotation</c> with
/// <c>spokenByCharacter</c> when its speaker is known. What is not known is left out, not written null.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

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

    /// <summary>
    /// The schema.org type of an entity kind: media and organizations are organizations, regions and cities places.
    /// </summary>
    public static string TypeOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization or EntityKind.Media => "Organization",
        EntityKind.Country => "Country",
        _ => "Place",
    };

    private static Node Document(Article a)
    {
        var document = new Node()
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

    /// <summary>
    /// The date, or for a range the month or year both ends share (<c>2008-08</c> for 21 or 22 August 2008); null
    /// when they share none.
    /// </summary>
    private static string? AsPreciseAsKnown(KnownDate date) =>
        !date.IsRange ? date.Value
        : date.Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture) is var month
            && month == date.Latest.ToString("yyyy-MM", CultureInfo.InvariantCulture) ? month
        : date.Earliest.Year == date.Latest.Year ? date.Earliest.Year.ToString(CultureInfo.InvariantCulture)
        : null;

    private static Node Quotation(Quote q)
    {
        var quotation = new Node().With("@type", "Quotation").With("identifier", q.Key).With("text", q.Text);
        return q.Speaker is { } speaker
            ? quotation.With("spokenByCharacter", Entity(speaker))
            : quotation.With("description", "speaker: " + q.Attribution.DisplayName);
    }

    /// <summary>A credit: the entity, or an unnamed party by its description; null when not known at all.</summary>
    private static Node? Party(Attribution a) =>
        a.Entity is { } entity ? Entity(entity)
        : a.Description is { } description ? new Node().With("@type", "Organization").With("name", description)
        : null;

    private static Node Entity(Entity e) =>
        new Node().With("@type", TypeOf(e.Kind)).With("@id", "_:" + e.Id).With("identifier", e.Id).With("name", e.Name);

    /// <summary>JSON-LD reads a null as no value: the documents leave out what is not known instead.</summary>
    private static Node WithoutNulls(Node row)
    {
        var compact = new Node();
        foreach (var (name, value, _) in row.Fields.Where(field => field.Value is not null))
        {
            compact.With(name, value switch
            {
                Node nested => WithoutNulls(nested),
                IReadOnlyList<object?> list =>
                    list.Select(item => item is Node nested ? WithoutNulls(nested) : item).ToList(),
                _ => value,
            });
        }

        return compact;
    }

    /// <summary>A JSON-LD object: schema.org terms in the order written, free-form as schema.org is.</summary>
    private sealed class Node : IRow
    {
        private readonly List<Field> _fields = new();

        public IReadOnlyList<Field> Fields => _fields;

        /// <summary>Adds a field; returns the node, so a node reads as one expression.</summary>
        public Node With(string name, object? value)
        {
            _fields.Add(new Field(name, value));
            return this;
        }
    }
}
