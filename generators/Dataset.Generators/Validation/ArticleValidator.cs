using System;
using System.Collections.Generic;
using System.IO;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Model;

namespace Dataset.Generators.Validation;

/// <summary>
/// Everything that makes one article trustworthy: references resolve, verbatim fields occur in the text,
/// dates say how they are known. Needs the registry and the corpus index, never another article's text.
/// </summary>
internal sealed class ArticleValidator
{
    private readonly ArticleSpec _article;
    private readonly Dictionary<string, EntitySpec> _entities = new();
    private readonly CorpusIndex _corpus;
    private readonly string _text;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private ArticleValidator(ArticleSpec article, RegistrySpec registry, CorpusIndex corpus)
    {
        _article = article;
        _corpus = corpus;
        foreach (var entity in registry.Entities)
        {
            if (!_entities.ContainsKey(entity.Id.Value))
            {
                _entities.Add(entity.Id.Value, entity);
            }
        }

        // The article text: everything printed of the article itself, where mentions, dates and figures may occur.
        var parts = new List<string> { article.Headline.Value, article.Dateline?.Value ?? string.Empty, article.Byline?.Value ?? string.Empty, article.Body.Value };
        foreach (var caption in article.Captions)
        {
            parts.Add(caption.Text.Value);
        }

        _text = string.Join("\n", parts);
    }

    public static EquatableArray<DiagnosticInfo> Validate(ArticleSpec article, RegistrySpec registry, CorpusIndex corpus)
    {
        var validator = new ArticleValidator(article, registry, corpus);
        validator.Run();
        return validator._diagnostics.ToEquatableArray();
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
            InText(erratum.Printed, "Erratum");
        }

        CheckMentions();
        foreach (var cited in _article.Cites)
        {
            EntityRef(cited);
        }

        CheckQuotes();
        foreach (var date in _article.Dates)
        {
            InText(date.Text, "Date text");
            InBody(date.Event, "Date event");
            Checks.Date(date.Date, "The date '" + date.Text.Value + "'", _diagnostics);
        }

        foreach (var figure in _article.Figures)
        {
            InText(figure.Text, "Figure text");
        }

        CheckRoles();
    }

    private void CheckIdentity()
    {
        var id = _article.Id;
        var fileName = Path.GetFileName(_article.Path);
        if (!string.Equals(fileName, id.Value + ".yaml", StringComparison.Ordinal) && !string.Equals(fileName, id.Value + ".yml", StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.FileNameMismatch, id.Location, id.Value, fileName);
        }

        // The first file (by ordinal path) keeps the id; every later one is told where it is taken.
        foreach (var other in _corpus.Articles)
        {
            if (other.Id == id.Value && string.CompareOrdinal(other.Path, _article.Path) < 0)
            {
                Report(DiagnosticDescriptors.DuplicateId, id.Location, "article", id.Value, "by " + other.Path);
                break;
            }
        }
    }

    private void Credit(CreditSpec credit, string what)
    {
        var basis = credit.Basis.Value;
        if (basis == "unknown" && credit.Entity is not null)
        {
            Report(DiagnosticDescriptors.CreditInconsistent, credit.Basis.Location, what, "basis 'unknown' cannot name an entity; remove 'entity' or say how it is known");
        }
        else if (basis != "unknown" && credit.Entity is null)
        {
            Report(DiagnosticDescriptors.CreditInconsistent, credit.Basis.Location, what, "basis '" + basis + "' needs the 'entity' it credits; add it, or use basis 'unknown'");
        }

        if (basis != "stated" && Checks.IsBlank(credit.Evidence))
        {
            Report(DiagnosticDescriptors.EvidenceRequired, credit.Basis.Location, what, basis);
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
                Report(DiagnosticDescriptors.DuplicateId, mention.Entity.Location, "mention", mention.Entity.Value, "in this article's mentions");
            }

            var entity = EntityRef(mention.Entity);
            foreach (var form in mention.Forms)
            {
                InText(form, "Mention form");
                if (entity is not null && form.Value != entity.Name.Value && !Contains(entity.Aliases, form.Value))
                {
                    Report(DiagnosticDescriptors.FormNotRegistered, form.Location, form.Value, entity.Id.Value);
                }
            }
        }
    }

    private void CheckQuotes()
    {
        var ids = new HashSet<string>();
        foreach (var quote in _article.Quotes)
        {
            if (!ids.Add(quote.Id.Value))
            {
                Report(DiagnosticDescriptors.DuplicateId, quote.Id.Location, "quote", quote.Id.Value, "in this article");
            }

            if (_article.Body.Value.IndexOf(quote.Text.Value, StringComparison.Ordinal) < 0)
            {
                Report(DiagnosticDescriptors.QuoteNotVerbatim, quote.Text.Location, quote.Id.Value);
            }

            if ((quote.Speaker is null) == (quote.SpeakerDescription is null))
            {
                Report(DiagnosticDescriptors.SpeakerRequired, quote.Location, quote.Id.Value);
            }

            EntityRef(quote.Speaker);
            InBody(quote.SpeakerDescription, "Speaker description");
            InBody(quote.Cue, "Cue");
            foreach (var reporter in quote.Via)
            {
                EntityRef(reporter);
            }

            if (quote.Said is { } said)
            {
                Checks.Date(said, "The date quote '" + quote.Id.Value + "' was said", _diagnostics);
            }

            if (quote.SameStatementAs is { } link)
            {
                CheckQuoteLink(link);
            }
        }
    }

    private void CheckQuoteLink(Located link)
    {
        var slash = link.Value.IndexOf('/');
        var articleId = slash < 0 ? link.Value : link.Value.Substring(0, slash);
        var quoteId = slash < 0 ? string.Empty : link.Value.Substring(slash + 1);
        var keys = new List<string>();
        foreach (var article in _corpus.Articles)
        {
            foreach (var id in article.QuoteIds)
            {
                var key = article.Id + "/" + id;
                if (article.Id == articleId && id == quoteId && article.Id != _article.Id.Value)
                {
                    return;
                }

                keys.Add(key);
            }
        }

        foreach (var unreadable in _corpus.UnreadablePaths)
        {
            if (string.Equals(Path.GetFileNameWithoutExtension(unreadable), articleId, StringComparison.Ordinal))
            {
                return; // the target article's file has errors of its own; reporting the link too would mislead
            }
        }

        var hint = articleId == _article.Id.Value ? "; it must name a quote in another article" : Checks.Suggest(link.Value, keys);
        Report(DiagnosticDescriptors.UnknownQuote, link.Location, link.Value, hint);
    }

    /// <summary>Roles the registry says are printed in this article must be printed here.</summary>
    private void CheckRoles()
    {
        foreach (var entity in _entities.Values)
        {
            foreach (var role in entity.Roles)
            {
                if (role.Article.Value == _article.Id.Value && _text.IndexOf(role.Title.Value, StringComparison.Ordinal) < 0)
                {
                    Report(DiagnosticDescriptors.TextNotVerbatim, role.Title.Location, "Role title", role.Title.Value, "article '" + _article.Id.Value + "'");
                }
            }
        }
    }

    private EntitySpec? EntityRef(Located? id)
    {
        if (id is not { } reference)
        {
            return null;
        }

        if (_entities.TryGetValue(reference.Value, out var entity))
        {
            return entity;
        }

        Report(DiagnosticDescriptors.UnknownEntity, reference.Location, reference.Value, Checks.Suggest(reference.Value, _entities.Keys));
        return null;
    }

    private void InText(Located? value, string what)
    {
        if (value is { } text && _text.IndexOf(text.Value, StringComparison.Ordinal) < 0)
        {
            Report(DiagnosticDescriptors.TextNotVerbatim, text.Location, what, text.Value, "the article's headline, body or captions");
        }
    }

    private void InBody(Located? value, string what)
    {
        if (value is { } text && _article.Body.Value.IndexOf(text.Value, StringComparison.Ordinal) < 0)
        {
            Report(DiagnosticDescriptors.TextNotVerbatim, text.Location, what, text.Value, "the article body");
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

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
