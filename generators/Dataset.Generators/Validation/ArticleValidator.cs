using System;
using System.Collections.Generic;
using System.IO;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Parsing;
using Dataset.Generators.Pipeline;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;
using Dataset.Generators.Validated;

namespace Dataset.Generators.Validation;

/// <summary>
/// Everything that makes one article trustworthy: references resolve, verbatim fields occur in the text,
/// dates say how they are known. Needs the registry and the article directory, never another article's text.
/// A valid article comes out with what the emitter needs and must not work out itself: where each annotation is
/// printed.
/// </summary>
internal sealed class ArticleValidator
{
    private readonly ArticleSpec _article;
    private readonly RegistrySpec _registry;
    private readonly ArticleDirectory _directory;
    private readonly DiagnosticBag _diagnostics = new();

    /// <summary>The article's printed text, part by part in reading order: where every annotation is placed.</summary>
    private readonly ReadingOrderText _text;
    private readonly SpanPlacer _placer;

    /// <summary>
    /// True when the article names an entity the registry gives no handle to: see <see cref="EntityRef"/>.
    /// </summary>
    private bool _refersToEntityWithoutHandle;

    // What placement found, in the order of the spec's lists; an annotation that cannot be placed is reported and
    // missing.
    private readonly List<PlacedQuote> _quotes = new();
    private readonly List<PlacedDate> _dates = new();
    private readonly List<SpanSpec> _figures = new();
    private readonly List<SpanSpec> _errata = new();
    private EquatableArray<PlacedMention> _mentions = EquatableArray<PlacedMention>.Empty;

    private ArticleValidator(ArticleSpec article, RegistrySpec registry, ArticleDirectory directory)
    {
        _article = article;
        _directory = directory;
        _registry = registry;
        _text = ReadingOrderText.Of(article);
        _placer = new SpanPlacer(_text, _diagnostics);
    }

    public static StepResult<ValidArticle> Validate(
        ArticleSpec article,
        RegistrySpec registry,
        ArticleDirectory directory)
    {
        var validator = new ArticleValidator(article, registry, directory);
        validator.Run();
        var valid = validator._diagnostics.Count == 0 && !validator._refersToEntityWithoutHandle
            ? new ValidArticle
            {
                Spec = article,
                Quotes = validator._quotes.ToEquatableArray(),
                Mentions = validator._mentions,
                Dates = validator._dates.ToEquatableArray(),
                Figures = validator._figures.ToEquatableArray(),
                Errata = validator._errata.ToEquatableArray(),
            }
            : null;
        return new StepResult<ValidArticle>(valid, validator._diagnostics.ToEquatableArray());
    }

    private void Run()
    {
        CheckIdentity();
        Checks.Date(_article.Published, "The published date", _diagnostics);
        Credit(_article.Publisher, "The publisher");
        Credit(_article.Origin, "The origin");
        if (_article.Editor is { } editor)
        {
            Credit(editor, "The editor");
        }

        foreach (var caption in _article.Captions)
        {
            EntityRef(caption.Credit);
        }

        foreach (var erratum in _article.Errata)
        {
            Add(_errata, _placer.Unique(erratum.Printed, erratum.Occurrence, "Erratum", "erratum"));
        }

        CheckMentions();
        foreach (var cited in _article.CitedSources)
        {
            EntityRef(cited);
        }

        CheckQuotes();
        foreach (var date in _article.Dates)
        {
            var what = "The date '" + date.Text.Value + "'";
            if (_placer.Date(date) is { } placed)
            {
                _dates.Add(placed);
            }

            Checks.Date(date.Date, what, _diagnostics);
            CheckTiming(
                date.Date,
                what,
                date.Scheduled,
                "mark it 'scheduled: true' if the article announces it as planned, or fix the date");
        }

        foreach (var figure in _article.Figures)
        {
            Add(_figures, _placer.Unique(figure.Text, figure.Occurrence, "Figure text", "figure text"));
        }

        CheckRoles();
    }

    private void CheckIdentity()
    {
        var id = _article.Id;
        var fileName = Path.GetFileName(_article.Path);
        if (!string.Equals(fileName, id.Value + ".yaml", StringComparison.Ordinal)
            && !string.Equals(fileName, id.Value + ".yml", StringComparison.Ordinal))
        {
            _diagnostics.Report(DiagnosticDescriptors.FileNameMismatch, id.Location, id.Value, fileName);
        }

        // The first file (by ordinal path) keeps the id; every later one is told where it is taken.
        if (_directory.OwnerOf(id.Value) is { } owner && string.CompareOrdinal(owner, _article.Path) < 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.DuplicateId, id.Location, "article", id.Value, "by " + owner);
        }
    }

    private void Credit(CreditSpec credit, string what)
    {
        var basis = credit.Basis.Value;
        var token = Vocabulary.AttributionBases.TokenOf(basis);
        if (basis == AttributionBasis.Unknown && credit.Entity is not null)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.CreditInconsistent,
                credit.Basis.Location,
                what,
                "basis '" + token + "' cannot name an entity; remove 'entity' or say how it is known");
        }
        else if (basis != AttributionBasis.Unknown && credit.Entity is null)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.CreditInconsistent,
                credit.Basis.Location,
                what,
                "basis '" + token + "' needs the 'entity' it credits; add it, or use basis 'unknown'");
        }

        if (basis != AttributionBasis.Stated && Checks.IsBlank(credit.Evidence))
        {
            _diagnostics.Report(DiagnosticDescriptors.EvidenceRequired, credit.Basis.Location, what, token, "evidence");
        }

        EntityRef(credit.Entity);
    }

    private void CheckMentions()
    {
        var seen = new HashSet<string>();
        foreach (var mention in _article.Mentions)
        {
            if (!seen.Add(mention.Entity.Value))
            {
                _diagnostics.Report(
                    DiagnosticDescriptors.DuplicateId,
                    mention.Entity.Location,
                    "mention",
                    mention.Entity.Value,
                    "in this article's mentions");
            }

            var entity = EntityRef(mention.Entity);
            foreach (var form in mention.Forms)
            {
                if (entity is not null && form.Value != entity.Name.Value && !Contains(entity.Aliases, form.Value))
                {
                    _diagnostics.Report(
                        DiagnosticDescriptors.FormNotRegistered,
                        form.Location,
                        form.Value,
                        entity.Id.Value);
                }
            }
        }

        // Coverage needs the registry's forms: while the registry is unreadable, its own errors stand alone.
        _mentions = MentionPlacer.Place(
            _article,
            _text,
            _registry.IsReadable ? RegistryFormIndex.Of(_registry) : null,
            _diagnostics);
    }

    private void CheckQuotes()
    {
        var ids = new HashSet<string>();
        foreach (var quote in _article.Quotes)
        {
            if (!ids.Add(quote.Id.Value))
            {
                _diagnostics.Report(
                    DiagnosticDescriptors.DuplicateId,
                    quote.Id.Location,
                    "quote",
                    quote.Id.Value,
                    "in this article");
            }

            if (_placer.Quote(quote) is { } placed)
            {
                _quotes.Add(placed);
            }

            CheckSpeaker(quote);
            EntityRef(quote.Speaker);
            foreach (var reporter in quote.Relays)
            {
                EntityRef(reporter);
            }

            if (quote.StatementDate is { } said)
            {
                var what = "The statement date of quote '" + quote.Id.Value + "'";
                Checks.Date(said, what, _diagnostics);
                CheckTiming(
                    said,
                    what,
                    scheduled: false,
                    "a statement cannot be made after the article that reports it, so fix the date");
            }

            foreach (var link in quote.SameStatementAs)
            {
                CheckQuoteLink(link, quote);
            }
        }
    }

    /// <summary>
    /// Exactly one of speaker and description, unless the article does not say; anything not stated carries evidence.
    /// </summary>
    private void CheckSpeaker(QuoteSpec quote)
    {
        var basis = quote.SpeakerBasis.Value;
        var named = quote.Speaker is not null;
        var described = quote.SpeakerDescription is not null;
        if (basis == AttributionBasis.Unknown && (named || described))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.SpeakerInconsistent,
                quote.SpeakerBasis.Location,
                quote.Id.Value,
                "'speaker-basis: unknown' says the article does not tell who said it, so remove 'speaker' and "
                + "'speaker-description', or use basis 'stated' or 'inferred'");
        }
        else if (basis != AttributionBasis.Unknown && named == described)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.SpeakerInconsistent,
                quote.Location,
                quote.Id.Value,
                "write exactly one of 'speaker' (an entity id) and 'speaker-description' (an unnamed speaker as the "
                + "article describes them), or 'speaker-basis: unknown' when the article does not say who said it");
        }

        if (basis != AttributionBasis.Stated && Checks.IsBlank(quote.SpeakerEvidence))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.EvidenceRequired,
                quote.SpeakerBasis.Location,
                "The speaker of quote '" + quote.Id.Value + "'",
                Vocabulary.AttributionBases.TokenOf(basis),
                "speaker-evidence");
        }
    }

    /// <summary>
    /// Nothing in an article happens after it was published unless it is announced as planned, and nothing
    /// announced as planned lies wholly before it. Ranges compare by their widest reading, so only a certain
    /// contradiction is reported.
    /// </summary>
    private void CheckTiming(DateSpec date, string what, bool scheduled, string fix)
    {
        var published = _article.Published;
        var publishedFirst = DateLiteral.EarliestDay(published.Start);
        var publishedLast = DateLiteral.LatestDay(published.End ?? published.Start);
        if (!scheduled && DateLiteral.EarliestDay(date.Start) > publishedLast)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.DateAfterPublication,
                date.Value.Location,
                what,
                date.Value.Value,
                published.Value.Value,
                fix);
        }
        else if (scheduled && DateLiteral.LatestDay(date.End ?? date.Start) < publishedFirst)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.ScheduledInPast,
                date.Value.Location,
                what,
                date.Value.Value,
                published.Value.Value);
        }
    }

    private void CheckQuoteLink(Located link, QuoteSpec from)
    {
        var slash = link.Value.IndexOf('/');
        var articleId = slash < 0 ? link.Value : link.Value.Substring(0, slash);
        var quoteId = slash < 0 ? string.Empty : link.Value.Substring(slash + 1);
        if (articleId == _article.Id.Value && quoteId == from.Id.Value)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidValue,
                link.Location,
                "Quote '" + from.Id.Value + "' 'same-statement-as' item",
                link.Value,
                "a quote cannot be linked to itself; name another copy of the statement");
            return;
        }

        if (_directory.HasQuote(link.Value) || _directory.IsUnreadable(articleId))
        {
            return; // an unreadable target has errors of its own; reporting the link too would mislead
        }

        _diagnostics.Report(
            DiagnosticDescriptors.UnknownQuote,
            link.Location,
            link.Value,
            ClosestName.Suggestion(link.Value, _directory.QuoteKeys));
    }

    /// <summary>Roles the registry says are printed in this article must be printed here.</summary>
    private void CheckRoles()
    {
        foreach (var role in _registry.RolesIn(_article.Id.Value))
        {
            if (!_text.Contains(role.Title.Value))
            {
                _diagnostics.Report(
                    DiagnosticDescriptors.TextNotVerbatim,
                    role.Title.Location,
                    "Role title",
                    role.Title.Value,
                    "article '" + _article.Id.Value + "'");
            }
        }
    }

    private EntitySpec? EntityRef(Located? id)
    {
        if (id is not { } reference)
        {
            return null;
        }

        if (_registry.Find(reference.Value) is { } entity)
        {
            // The registry reports why it has no handle (DSG203, DSG205, DSG208) and fails the build; writing the
            // article would add a C# error naming a member that does not exist, so it is not emitted, and nothing is
            // reported here.
            _refersToEntityWithoutHandle |= !_registry.HasHandle(entity.Id.Value);
            return entity;
        }

        if (!_registry.IsReadable)
        {
            // The registry's own errors (or DSG204) say what to fix; one DSG201 per reference would bury them.
            return null;
        }

        _diagnostics.Report(
            DiagnosticDescriptors.UnknownEntity,
            reference.Location,
            reference.Value,
            ClosestName.Suggestion(reference.Value, _registry.Ids));
        return null;
    }

    private static void Add(List<SpanSpec> spans, SpanSpec? span)
    {
        if (span is { } placed)
        {
            spans.Add(placed);
        }
    }

    private static bool Contains(EquatableArray<Located> values, string value)
    {
        foreach (var item in values)
        {
            if (item.Value == value)
            {
                return true;
            }
        }

        return false;
    }
}
