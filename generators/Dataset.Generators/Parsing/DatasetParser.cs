using System.Collections.Generic;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Parsing;

/// <summary>The outcome of parsing one file: a spec when the file is clean, and every problem found.</summary>
internal sealed record Parsed<T>(string Path, T? Spec, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : class;

/// <summary>YAML text to specs: the schema of <c>articles-yaml/README.md</c>, checked key by key.</summary>
internal static class DatasetParser
{
    public static Parsed<RegistrySpec> ParseRegistry(DatasetFile file)
    {
        var diagnostics = new List<DiagnosticInfo>();
        RegistrySpec? spec = null;
        if (ReadRoot(file, "entity registry", diagnostics) is { } root
            && MappingReader.Open(diagnostics, root, "The registry", SchemaKeys.Registry) is { } registry)
        {
            var entities = registry.List("entities", node => ReadEntity(diagnostics, node), required: true);
            spec = new RegistrySpec { Path = file.Path, Entities = entities };
        }

        return Result(file.Path, spec, diagnostics);
    }

    public static Parsed<ArticleSpec> ParseArticle(DatasetFile file)
    {
        var diagnostics = new List<DiagnosticInfo>();
        ArticleSpec? spec = null;
        if (ReadRoot(file, "article", diagnostics) is { } root
            && MappingReader.Open(diagnostics, root, "The article", SchemaKeys.Article) is { } article)
        {
            spec = ReadArticle(file.Path, diagnostics, article);
        }

        return Result(file.Path, spec, diagnostics);
    }

    /// <summary>
    /// The largest dataset file read, in characters: far above any article or registry (the real ones are a few
    /// KB), and low enough that a runaway file fails fast with a clear message instead of stalling the build.
    /// </summary>
    public const int MaxFileChars = 8 * 1024 * 1024;

    private static Node? ReadRoot(DatasetFile file, string what, List<DiagnosticInfo> diagnostics)
    {
        var text = file.Text;
        if (text.Length > MaxFileChars)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileTooLarge, LocationInfo.StartOf(file.Path), Count(text.Length), Count(MaxFileChars)));
            return null;
        }

        if (file.FallbackEncoding is { } encoding)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, LocationInfo.StartOf(file.Path), "the compiler read it as " + encoding));
            return null;
        }

        // Bytes that are not UTF-8 decode to U+FFFD: point at the first one.
        var replaced = text.IndexOf('\uFFFD');
        if (replaced >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, LocationInfo.At(file.Path, text, replaced), "bytes here decode to U+FFFD, the replacement character"));
            return null;
        }

        // A byte-order mark is the editor's, not the data's; YAML would read it as part of the first key.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var root = YamlTree.Read(file.Path, text, diagnostics);
        if (root is null && diagnostics.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDocument, LocationInfo.StartOf(file.Path), what));
        }

        return root;
    }

    private static string Count(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static Parsed<T> Result<T>(string path, T? spec, List<DiagnosticInfo> diagnostics)
        where T : class => new(path, diagnostics.Count == 0 ? spec : null, diagnostics.ToEquatableArray());

    private static ArticleSpec? ReadArticle(string path, List<DiagnosticInfo> d, MappingReader r)
    {
        var id = r.Id("id", required: true);
        var seed = r.RequiredString("seed");
        var headline = r.RequiredString("headline");
        var published = r.Required("published") is { } p ? ReadDate(d, p, "The published date") : null;
        var publisher = r.Required("publisher") is { } pub ? ReadCredit(d, pub, "The publisher") : null;
        var origin = r.Required("origin") is { } org ? ReadCredit(d, org, "The origin") : null;
        var editor = r.Value("editor") is { } ed ? ReadCredit(d, ed, "The editor") : null;
        var body = r.RequiredString("body");
        if (body is { } text && text.Value.Trim().Length != text.Value.Length)
        {
            // Rejected rather than trimmed: the generator never alters the text it is given.
            r.Report(DiagnosticDescriptors.InvalidValue, text.Location, "The article 'body'", Preview(text.Value), "it begins or ends with a space or line break; write 'body: |-' so YAML keeps no final line break");
            body = null;
        }

        var captions = r.List("captions", node =>
            MappingReader.Open(d, node, "A caption", SchemaKeys.Caption) is { } c && c.RequiredString("text") is { } text
                ? new CaptionSpec { Text = text, Credit = c.Id("credit", required: false, mustStartWithLetter: true) }
                : null);
        var errata = r.List("errata", node => ReadErratum(d, node));
        var mentions = r.List("mentions", node =>
            MappingReader.Open(d, node, "A mention", SchemaKeys.Mention) is { } m && m.Id("entity", required: true, mustStartWithLetter: true) is { } entity
                ? new MentionSpec { Entity = entity, Forms = m.Strings("as") }
                : null, required: true);
        var cites = r.Strings("cites", ids: true);
        var quotes = r.List("quotes", node => ReadQuote(d, node));
        var dates = r.List("dates", node => ReadDateMention(d, node));
        var figures = r.List("figures", node =>
            MappingReader.Open(d, node, "A figure", SchemaKeys.Figure) is { } f
            && f.RequiredString("text") is { } text && f.Decimal("value", required: true) is { } value && f.RequiredString("unit") is { } unit
                ? new FigureSpec { Text = text, Value = value, Max = f.Decimal("max", required: false), Unit = unit }
                : null);

        if (id is null || seed is null || headline is null || published is null || publisher is null || origin is null || body is null)
        {
            return null;
        }

        return new ArticleSpec
        {
            Path = path,
            Id = id.Value,
            Seed = seed.Value,
            Headline = headline.Value,
            Published = published,
            Dateline = r.OptionalString("dateline"),
            Byline = r.OptionalString("byline"),
            Publisher = publisher,
            Origin = origin,
            Editor = editor,
            Body = body.Value,
            Captions = captions,
            Errata = errata,
            Mentions = mentions,
            Cites = cites,
            Quotes = quotes,
            Dates = dates,
            Figures = figures,
        };
    }

    private static string Preview(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";

    private static ErratumSpec? ReadErratum(List<DiagnosticInfo> d, Node node)
    {
        if (MappingReader.Open(d, node, "An erratum", SchemaKeys.Erratum) is not { } e || e.RequiredString("printed") is not { } printed)
        {
            return null;
        }

        // A garbled passage may have no recoverable intended form; then the note must say so, never a guess.
        var note = e.OptionalString("note");
        var intended = note is null ? e.RequiredString("intended", "An erratum with no 'note' explaining why the intended form cannot be recovered") : e.OptionalString("intended");
        return note is null && intended is null ? null : new ErratumSpec { Printed = printed, Intended = intended, Note = note };
    }

    private static QuoteSpec? ReadQuote(List<DiagnosticInfo> d, Node node)
    {
        if (MappingReader.Open(d, node, "A quote", SchemaKeys.Quote) is not { } q)
        {
            return null;
        }

        var id = q.Id("id", required: true);
        var text = q.RequiredString("text");
        var part = q.Token("in", Vocabulary.QuoteParts, required: false);
        var speakerBasis = q.Token("speaker-basis", Vocabulary.AttributionBases, required: false);
        var mode = q.Token("mode", Vocabulary.QuoteModes);
        var said = q.Value("said") is { } s ? ReadDate(d, s, "The date a quote was said") : null;
        return id is null || text is null || mode is null
            ? null
            : new QuoteSpec
            {
                Id = id.Value,
                Text = text.Value,
                In = part,
                Speaker = q.Id("speaker", required: false, mustStartWithLetter: true),
                SpeakerDescription = q.OptionalString("speaker-description"),
                SpeakerBasis = speakerBasis,
                SpeakerEvidence = q.OptionalString("speaker-evidence"),
                Mode = mode.Value,
                Cue = q.OptionalString("cue"),
                Via = q.Strings("via", ids: true),
                Said = said,
                SameStatementAs = q.Strings("same-statement-as"),
                Location = q.Location,
            };
    }

    private static DateMentionSpec? ReadDateMention(List<DiagnosticInfo> d, Node node)
    {
        if (MappingReader.Open(d, node, "A date", SchemaKeys.DateMention) is not { } m)
        {
            return null;
        }

        var text = m.RequiredString("text");
        var date = ReadDateFields(m);
        return text is null || date is null
            ? null
            : new DateMentionSpec { Text = text.Value, Date = date, Event = m.OptionalString("event"), Scheduled = m.Bool("scheduled") };
    }

    private static DateSpec? ReadDate(List<DiagnosticInfo> d, Node node, string what) =>
        MappingReader.Open(d, node, what, SchemaKeys.Date) is { } m ? ReadDateFields(m) : null;

    private static DateSpec? ReadDateFields(MappingReader m)
    {
        var value = m.RequiredString("value");
        var precision = m.Token("precision", Vocabulary.DatePrecisions);
        var basis = m.Token("basis", Vocabulary.DateBases);
        var evidence = m.OptionalString("evidence");
        if (value is not { } literal || precision is null || basis is null)
        {
            return null;
        }

        var parts = literal.Value.Split('/');
        if (parts.Length > 2)
        {
            m.Report(DiagnosticDescriptors.InvalidDate, literal.Location, literal.Value, "a range has exactly one '/'");
            return null;
        }

        if (!DateLiteral.TryParse(parts[0], out var start, out var error)
            || (parts.Length == 2 && !DateLiteral.TryParse(parts[1], out _, out error)))
        {
            m.Report(DiagnosticDescriptors.InvalidDate, literal.Location, literal.Value, error);
            return null;
        }

        PartialDateValue? end = null;
        if (parts.Length == 2)
        {
            DateLiteral.TryParse(parts[1], out var last, out _);
            if (DateLiteral.LatestDay(last) < DateLiteral.EarliestDay(start))
            {
                m.Report(DiagnosticDescriptors.InvalidDate, literal.Location, literal.Value, "the range ends before it starts");
                return null;
            }

            end = last;
        }

        return new DateSpec { Value = literal, Start = start, End = end, Precision = precision.Value, Basis = basis.Value, Evidence = evidence };
    }

    private static CreditSpec? ReadCredit(List<DiagnosticInfo> d, Node node, string what)
    {
        if (MappingReader.Open(d, node, what, SchemaKeys.Credit) is not { } c)
        {
            return null;
        }

        var entity = c.Id("entity", required: false, mustStartWithLetter: true);
        var basis = c.Token("basis", Vocabulary.AttributionBases);
        return basis is null ? null : new CreditSpec { Entity = entity, Basis = basis.Value, Evidence = c.OptionalString("evidence") };
    }

    private static EntitySpec? ReadEntity(List<DiagnosticInfo> d, Node node)
    {
        if (MappingReader.Open(d, node, "An entity", SchemaKeys.Entity) is not { } e)
        {
            return null;
        }

        var id = e.Id("id", required: true, mustStartWithLetter: true);
        var name = e.RequiredString("name");
        var kind = e.Token("kind", Vocabulary.EntityKinds);
        var roles = e.List("roles", item =>
            MappingReader.Open(d, item, "A role", SchemaKeys.Role) is { } r
            && r.RequiredString("title") is { } title && r.Id("article", required: true) is { } article
                ? new RoleSpec { Title = title, Article = article }
                : null);
        return id is null || name is null || kind is null
            ? null
            : new EntitySpec { Id = id.Value, Name = name.Value, Kind = kind.Value, Aliases = e.Strings("aliases"), Roles = roles };
    }
}
