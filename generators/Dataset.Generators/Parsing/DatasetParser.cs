using System.Collections.Generic;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Pipeline;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using YamlDotNet.Core;

namespace Dataset.Generators.Parsing;

/// <summary>YAML text to specs: the schema of <c>articles-yaml/README.md</c>, checked key by key.</summary>
internal static class DatasetParser
{
    public static StepResult<RegistrySpec> ParseRegistry(DatasetFile file)
    {
        var diagnostics = new DiagnosticBag();
        RegistrySpec? spec = null;
        if (ReadRoot(file, "entity registry", diagnostics) is { } root
            && MappingReader.Open(diagnostics, root, "The registry", SchemaKeys.Registry) is { } registry)
        {
            var entities = registry.List("entities", node => ReadEntity(diagnostics, node), required: true);
            spec = new RegistrySpec { Path = file.Path, Entities = entities };
        }

        return Result(spec, diagnostics);
    }

    public static StepResult<ArticleSpec> ParseArticle(DatasetFile file)
    {
        var diagnostics = new DiagnosticBag();
        ArticleSpec? spec = null;
        if (ReadRoot(file, "article", diagnostics) is { } root
            && MappingReader.Open(diagnostics, root, "The article", SchemaKeys.Article) is { } article)
        {
            spec = ReadArticle(file.Path, diagnostics, article);
        }

        return Result(spec, diagnostics);
    }

    /// <summary>
    /// The largest dataset file read, in characters: far above any article or registry (the real ones are a few
    /// KB), and low enough that a runaway file fails fast with a clear message instead of stalling the build.
    /// </summary>
    public const int MaxFileChars = 8 * 1024 * 1024;

    private static Node? ReadRoot(DatasetFile file, string what, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (text.Length > MaxFileChars)
        {
            diagnostics.Report(
                DiagnosticDescriptors.FileTooLarge,
                LocationInfo.StartOf(file.Path),
                Count(text.Length),
                Count(MaxFileChars));
            return null;
        }

        if (file.FallbackEncoding is { } encoding)
        {
            diagnostics.Report(
                DiagnosticDescriptors.NotUtf8,
                LocationInfo.StartOf(file.Path),
                "the compiler read it as " + encoding);
            return null;
        }

        // Bytes that are not UTF-8 decode to U+FFFD: point at the first one.
        var replaced = text.IndexOf('\uFFFD');
        if (replaced >= 0)
        {
            diagnostics.Report(
                DiagnosticDescriptors.NotUtf8,
                LocationInfo.At(file.Path, text, replaced),
                "bytes here decode to U+FFFD, the replacement character");
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
            diagnostics.Report(DiagnosticDescriptors.EmptyDocument, LocationInfo.StartOf(file.Path), what);
        }

        return root;
    }

    private static string Count(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A spec only when the file is clean, and every problem found.</summary>
    private static StepResult<T> Result<T>(T? spec, DiagnosticBag diagnostics)
        where T : class => new(diagnostics.Count == 0 ? spec : null, diagnostics.ToEquatableArray());

    private static ArticleSpec? ReadArticle(string path, DiagnosticBag diagnostics, MappingReader article)
    {
        var id = article.Id("id", required: true);
        var seed = article.RequiredString("seed");
        var headline = article.RequiredText("headline");
        var published = article.Required("published") is { } publishedNode
            ? ReadDate(diagnostics, publishedNode, "The published date")
            : null;
        var publisher = article.Required("publisher") is { } publisherNode
            ? ReadCredit(diagnostics, publisherNode, "The publisher")
            : null;
        var origin = article.Required("origin") is { } originNode
            ? ReadCredit(diagnostics, originNode, "The origin")
            : null;
        var editor = article.Value("editor") is { } editorNode
            ? ReadCredit(diagnostics, editorNode, "The editor")
            : null;
        var body = article.RequiredText("body");
        if (body is { } bodyText && article.Value("body") is { Style: not ScalarStyle.Literal } bodyNode)
        {
            // Any other style folds line breaks into spaces (or needs escapes), so the paragraphs would not be the
            // printed ones.
            diagnostics.Report(
                DiagnosticDescriptors.InvalidValue,
                bodyNode.Location,
                "The article 'body'",
                MappingReader.Preview(bodyText.Value),
                "it is written as a "
                    + StyleName(bodyNode.Style)
                    + " scalar; write it as a literal block, 'body: |-' with the paragraphs indented below it, so "
                    + "every line break is kept as printed");
            body = null;
        }

        var captions = article.List("captions", node =>
            MappingReader.Open(diagnostics, node, "A caption", SchemaKeys.Caption) is { } caption
            && caption.RequiredText("text") is { } text
                ? new CaptionSpec
                {
                    Text = text,
                    Credit = caption.Id("credit", required: false, mustStartWithLetter: true),
                }
                : null);
        var errata = article.List("errata", node => ReadErratum(diagnostics, node));
        var mentions = article.List(
            "mentions",
            node =>
                MappingReader.Open(diagnostics, node, "A mention", SchemaKeys.Mention) is { } mention
                && mention.Id("entity", required: true, mustStartWithLetter: true) is { } entity
                    ? new MentionSpec { Entity = entity, Forms = mention.Strings("as") }
                    : null,
            required: true);
        var cites = article.Strings("cites", ids: true);
        var quotes = article.List("quotes", node => ReadQuote(diagnostics, node));
        var dates = article.List("dates", node => ReadDateMention(diagnostics, node));
        var figures = article.List("figures", node => MappingReader.Open(
                diagnostics,
                node,
                "A figure",
                SchemaKeys.Figure)
                is { } figure
            && figure.RequiredString("text") is { } text
            && figure.Decimal("value", required: true) is { } value
            && figure.RequiredString("unit") is { } unit
                ? new FigureSpec
                {
                    Text = text,
                    Value = value,
                    Maximum = figure.Decimal("max", required: false),
                    Unit = unit,
                    Occurrence = figure.PositiveNumber("occurrence"),
                }
                : null);
        var unlinked = article.List("unlinked", node => ReadUnlinked(diagnostics, node));

        if (id is null
            || seed is null
            || headline is null
            || published is null
            || publisher is null
            || origin is null
            || body is null)
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
            Dateline = article.OptionalText("dateline"),
            Byline = article.OptionalText("byline"),
            Publisher = publisher,
            Origin = origin,
            Editor = editor,
            Body = body.Value,
            Captions = captions,
            Errata = errata,
            Mentions = mentions,
            CitedSources = cites,
            Quotes = quotes,
            Dates = dates,
            Figures = figures,
            Unlinked = unlinked,
        };
    }

    private static UnlinkedSpec? ReadUnlinked(DiagnosticBag diagnostics, Node node)
    {
        if (MappingReader.Open(diagnostics, node, "An 'unlinked' exception", SchemaKeys.Unlinked) is not { } exception)
        {
            return null;
        }

        var form = exception.RequiredString("form");
        var occurrence = exception.PositiveNumber("occurrence");
        var reason = exception.RequiredString("reason"); // a blank reason is reported by the reader (DSG104)
        return form is null || reason is null
            ? null
            : new UnlinkedSpec
            {
                Form = form.Value,
                Occurrence = occurrence,
                Reason = reason.Value,
            };
    }

    private static string StyleName(ScalarStyle style) =>
        style switch
        {
            ScalarStyle.Plain => "plain",
            ScalarStyle.SingleQuoted => "single-quoted",
            ScalarStyle.DoubleQuoted => "double-quoted",
            ScalarStyle.Folded => "folded ('>')",
            _ => style.ToString().ToLowerInvariant(),
        };

    private static ErratumSpec? ReadErratum(DiagnosticBag diagnostics, Node node)
    {
        if (MappingReader.Open(diagnostics, node, "An erratum", SchemaKeys.Erratum) is not { } erratum
            || erratum.RequiredString("printed") is not { } printed)
        {
            return null;
        }

        // A garbled passage may have no recoverable intended form; then the note must say so, never a guess.
        var note = erratum.OptionalString("note");
        var intended = note is null
            ? erratum.RequiredString(
                "intended",
                "An erratum with no 'note' explaining why the intended form cannot be recovered")
            : erratum.OptionalString("intended");
        return note is null && intended is null
            ? null
            : new ErratumSpec
            {
                Printed = printed,
                Intended = intended,
                Note = note,
                Occurrence = erratum.PositiveNumber("occurrence"),
            };
    }

    private static QuoteSpec? ReadQuote(DiagnosticBag diagnostics, Node node)
    {
        if (MappingReader.Open(diagnostics, node, "A quote", SchemaKeys.Quote) is not { } quote)
        {
            return null;
        }

        var id = quote.Id("id", required: true);
        var text = quote.RequiredString("text");
        var part = quote.Token("in", Vocabulary.TextParts, required: false);
        var speakerBasis = quote.Token("speaker-basis", Vocabulary.AttributionBases, required: false);
        var mode = quote.Token("mode", Vocabulary.QuoteModes);
        var said = quote.Value("said") is { } saidNode
            ? ReadDate(diagnostics, saidNode, "The date a quote was said")
            : null;
        return id is null || text is null || mode is null
            ? null
            : new QuoteSpec
            {
                Id = id.Value,
                Text = text.Value,
                Part = part?.Value ?? TextPart.Body,
                Occurrence = quote.PositiveNumber("occurrence"),
                Speaker = quote.Id("speaker", required: false, mustStartWithLetter: true),
                SpeakerDescription = quote.OptionalString("speaker-description"),
                SpeakerBasis = speakerBasis ?? new Located<AttributionBasis>(AttributionBasis.Stated, quote.Location),
                SpeakerEvidence = quote.OptionalString("speaker-evidence"),
                Mode = mode.Value.Value,
                Cue = quote.OptionalString("cue"),
                Relays = quote.Strings("via", ids: true),
                StatementDate = said,
                SameStatementAs = quote.Strings("same-statement-as"),
                Location = quote.Location,
            };
    }

    private static DateMentionSpec? ReadDateMention(DiagnosticBag diagnostics, Node node)
    {
        if (MappingReader.Open(diagnostics, node, "A date", SchemaKeys.DateMention) is not { } mention)
        {
            return null;
        }

        var text = mention.RequiredString("text");
        var date = ReadDateFields(diagnostics, mention);
        return text is null || date is null
            ? null
            : new DateMentionSpec
            {
                Text = text.Value,
                Date = date,
                Event = mention.OptionalString("event"),
                Scheduled = mention.Bool("scheduled"),
                Occurrence = mention.PositiveNumber("occurrence"),
            };
    }

    private static DateSpec? ReadDate(DiagnosticBag diagnostics, Node node, string what) =>
        MappingReader.Open(diagnostics, node, what, SchemaKeys.Date) is { } date
            ? ReadDateFields(diagnostics, date)
            : null;

    private static DateSpec? ReadDateFields(DiagnosticBag diagnostics, MappingReader date)
    {
        var value = date.RequiredString("value");
        var precision = date.Token("precision", Vocabulary.DatePrecisions);
        var basis = date.Token("basis", Vocabulary.DateBases);
        var evidence = date.OptionalString("evidence");
        if (value is not { } literal || precision is null || basis is null)
        {
            return null;
        }

        var parts = literal.Value.Split('/');
        if (parts.Length > 2)
        {
            diagnostics.Report(
                DiagnosticDescriptors.InvalidDate,
                literal.Location,
                literal.Value,
                "a range has exactly one '/'");
            return null;
        }

        var last = default(PartialDateValue);
        if (!DateLiteral.TryParse(parts[0], out var start, out var error)
            || (parts.Length == 2 && !DateLiteral.TryParse(parts[1], out last, out error)))
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidDate, literal.Location, literal.Value, error);
            return null;
        }

        PartialDateValue? end = null;
        if (parts.Length == 2)
        {
            if (DateLiteral.LatestDay(last) < DateLiteral.EarliestDay(start))
            {
                diagnostics.Report(
                    DiagnosticDescriptors.InvalidDate,
                    literal.Location,
                    literal.Value,
                    "the range ends before it starts");
                return null;
            }

            // KnownDate.Precision is the precision of both ends: a range of a month to a day has no one precision.
            if (last.Precision != start.Precision)
            {
                diagnostics.Report(
                    DiagnosticDescriptors.InvalidDate,
                    literal.Location,
                    literal.Value,
                    "its two ends are written at different precisions, and both ends of a range must share one");
                return null;
            }

            end = last;
        }

        return new DateSpec
        {
            Value = literal,
            Start = start,
            End = end,
            Precision = precision.Value,
            Basis = basis.Value,
            Evidence = evidence,
        };
    }

    private static CreditSpec? ReadCredit(DiagnosticBag diagnostics, Node node, string what)
    {
        if (MappingReader.Open(diagnostics, node, what, SchemaKeys.Credit) is not { } credit)
        {
            return null;
        }

        var entity = credit.Id("entity", required: false, mustStartWithLetter: true);
        var basis = credit.Token("basis", Vocabulary.AttributionBases);
        return basis is null
            ? null
            : new CreditSpec
            {
                Entity = entity,
                Basis = basis.Value,
                Evidence = credit.OptionalString("evidence"),
            };
    }

    private static EntitySpec? ReadEntity(DiagnosticBag diagnostics, Node node)
    {
        if (MappingReader.Open(diagnostics, node, "An entity", SchemaKeys.Entity) is not { } entity)
        {
            return null;
        }

        var id = entity.Id("id", required: true, mustStartWithLetter: true);
        var name = entity.RequiredString("name");
        var kind = entity.Token("kind", Vocabulary.EntityKinds);
        var roles = entity.List("roles", item =>
            MappingReader.Open(diagnostics, item, "A role", SchemaKeys.Role) is { } role
            && role.RequiredString("title") is { } title && role.Id("article", required: true) is { } article
                ? new RoleSpec { Title = title, Article = article }
                : null);
        // A set, like the scalar lists MappingReader.Strings checks: a repeat is reported at the later one.
        var firstRoles = new Dictionary<(string Title, string Article), RoleSpec>();
        foreach (var role in roles)
        {
            if (firstRoles.TryGetValue((role.Title.Value, role.Article.Value), out var first))
            {
                diagnostics.Report(
                    DiagnosticDescriptors.DuplicateItem,
                    role.Title.Location,
                    "The role '" + role.Title.Value + "' of article '" + role.Article.Value + "'",
                    "the entity's 'roles'",
                    first.Title.Location.DisplayLine);
            }
            else
            {
                firstRoles.Add((role.Title.Value, role.Article.Value), role);
            }
        }

        // Aliases are not checked as a set here: a form repeated on one entity, or on two, is the registry validator's
        // (DSG209).
        var aliases = entity.Strings("aliases", isSet: false);
        return id is null || name is null || kind is null
            ? null
            : new EntitySpec
            {
                Id = id.Value,
                Name = name.Value,
                Kind = kind.Value.Value,
                Aliases = aliases,
                Roles = roles,
            };
    }
}
