using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Pipeline;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Validation;

/// <summary>
/// Every name and alias of the registry is printed by some article: a form no article prints can never match a
/// mention and is a leftover or a typo. Split in pipeline steps so an edit to one article rescans that article
/// only: the registry's forms, what each article prints of them, what all print together, and the registry-wide check.
/// </summary>
internal static class UnprintedFormsCheck
{
    /// <summary>Every name and alias of a readable registry, once each, ordered; none for an unreadable one.</summary>
    public static EquatableArray<string> FormsToScanFor(RegistrySpec registry) =>
        registry.IsReadable
            ? RegistryFormIndex.Of(registry).Forms.OrderBy(form => form, StringComparer.Ordinal).ToEquatableArray()
            : EquatableArray<string>.Empty;

    /// <summary>Which of <paramref name="forms"/> one article prints, and whom it credits.</summary>
    public static FormsPrintedByArticle Scan(ArticleSpec? article, EquatableArray<string> forms)
    {
        if (article is null)
        {
            return FormsPrintedByArticle.Unreadable;
        }

        var texts = new List<string> { article.Headline.Value, article.Body.Value };
        texts.AddRange(
            new[] { article.Dateline, article.Byline }
                .Where(text => text is not null)
                .Select(text => text!.Value.Value));
        texts.AddRange(article.Captions.Select(caption => caption.Text.Value));
        var byFirst = ByFirstCharacter(forms);
        var printed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            AddPrinted(text, byFirst, printed);
        }

        var credits = new[] { article.Publisher.Entity, article.Origin.Entity, article.Editor?.Entity }.Concat(
            article.Captions.Select(caption => caption.Credit));
        return new FormsPrintedByArticle
        {
            IsReadable = true,
            Forms = printed.ToEquatableArray(),
            Credited = credits
                .Where(id => id is not null)
                .Select(id => id!.Value.Value)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToEquatableArray(),
        };
    }

    /// <summary>What the articles print together.</summary>
    /// <remarks>A scan that failed has no value: its file may print any form, as an unreadable one may.</remarks>
    public static FormsPrintedByCorpus Combine(IEnumerable<StepResult<FormsPrintedByArticle>> scans)
    {
        var all = scans.Select(scan => scan.Value ?? FormsPrintedByArticle.Unreadable).ToList();
        return new FormsPrintedByCorpus
        {
            IsComplete = all.All(article => article.IsReadable),
            Forms = all.SelectMany(article => article.Forms)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(form => form, StringComparer.Ordinal)
                .ToEquatableArray(),
            Credited = all.SelectMany(article => article.Credited)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToEquatableArray(),
        };
    }

    /// <summary>
    /// A located error for each name or alias no article prints. An entity an article credits (a publisher, origin,
    /// editor or caption credit) may have its name printed only outside the text the dataset keeps (page chrome, a
    /// credit line, which the credit's evidence quotes): its name is not required in the text, its aliases are.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Check(RegistrySpec registry, FormsPrintedByCorpus corpus)
    {
        // An unreadable registry reports its own errors. An article file that does not parse may print any form, and
        // its own errors fail the build: until it parses, no form is reported as printed nowhere, so none is reported
        // falsely.
        var diagnostics = new DiagnosticBag();
        if (!registry.IsReadable || !corpus.IsComplete)
        {
            return diagnostics.ToEquatableArray();
        }

        var printed = new HashSet<string>(corpus.Forms, StringComparer.Ordinal);
        var credited = new HashSet<string>(corpus.Credited, StringComparer.Ordinal);
        foreach (var entity in registry.Entities)
        {
            if (!printed.Contains(entity.Name.Value) && !credited.Contains(entity.Id.Value))
            {
                diagnostics.Report(
                    DiagnosticDescriptors.FormNotPrinted,
                    entity.Name.Location,
                    "The name",
                    entity.Name.Value,
                    entity.Id.Value,
                    "change the name to the form an article prints, add the article that prints it, or remove the "
                    + "entity if no article names it");
            }

            foreach (var alias in entity.Aliases)
            {
                if (!printed.Contains(alias.Value))
                {
                    diagnostics.Report(
                        DiagnosticDescriptors.FormNotPrinted,
                        alias.Location,
                        "The alias",
                        alias.Value,
                        entity.Id.Value,
                        "remove it, or add the article that prints it");
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>
    /// True when <paramref name="form"/> occurs in <paramref name="text"/> as a whole word ("Lavrov" in "Lavrov's", not
    /// in "Lavrovs"), by the word rule mention coverage uses (<see cref="WordMatcher.IsWholeWord"/>): the rule
    /// <see cref="Scan"/> applies to every form at once.
    /// </summary>
    public static bool PrintsWord(string text, string form)
    {
        var printed = new SortedSet<string>(StringComparer.Ordinal);
        AddPrinted(text, ByFirstCharacter(new[] { form }), printed);
        return printed.Count > 0;
    }

    /// <summary>The forms grouped by their first character, so a text is read once for all of them.</summary>
    private static Dictionary<char, List<string>> ByFirstCharacter(IEnumerable<string> forms)
    {
        var byFirst = new Dictionary<char, List<string>>();
        foreach (var form in forms.Where(form => form.Length > 0))
        {
            if (!byFirst.TryGetValue(form[0], out var list))
            {
                byFirst.Add(form[0], list = new List<string>());
            }

            list.Add(form);
        }

        return byFirst;
    }

    /// <summary>
    /// Adds to <paramref name="printed"/> each form <paramref name="text"/> prints as a whole word, wherever it stands:
    /// unlike coverage, a form inside a longer printed form counts ("Lavrov" in "Sergei Lavrov"). One pass over the
    /// text: at each position not preceded by a word character, only the forms starting with that character are
    /// compared.
    /// </summary>
    private static void AddPrinted(string text, Dictionary<char, List<string>> byFirst, SortedSet<string> printed)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if ((at > 0 && WordMatcher.IsWordCharacter(text[at - 1]))
                || !byFirst.TryGetValue(text[at], out var candidates))
            {
                continue;
            }

            foreach (var form in candidates)
            {
                if (at + form.Length <= text.Length && string.CompareOrdinal(text, at, form, 0, form.Length) == 0
                    && WordMatcher.IsWholeWord(text, at, form.Length) && !printed.Contains(form))
                {
                    printed.Add(form);
                }
            }
        }
    }
}
