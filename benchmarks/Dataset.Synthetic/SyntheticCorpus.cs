using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Dataset.Synthetic;

/// <summary>One dataset file: its name in the dataset folder and its YAML text.</summary>
public sealed record SyntheticFile(string Name, string Text);

/// <summary>
/// A seeded, deterministic corpus in the real schema (<c>articles-yaml/README.md</c>) that the generator accepts
/// without a diagnostic: bodies of 2 to 6 KB, 5 to 20 mentioned entities, 3 to 12 quotes each with its cue and
/// date, date mentions, figures, credits, roles, and statements shared between neighbouring articles. The same
/// count and seed always give the same bytes. Its registry is clean as the real one must be: each form (a name or
/// an alias) names one entity, and every form is printed by some article (an entity no article names is left out).
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Syllables =
    {
        "ka", "lo", "mar", "ven", "ti", "sa", "dor", "el", "ru", "mi", "na", "gor", "shev", "an", "ta", "vil", "ko",
        "rin", "za", "bel",
    };
    private static readonly string[] Words =
    {
        "the", "talks", "border", "security", "agreement", "council", "ministers", "cooperation", "troops",
        "region", "alliance", "relations", "exercise", "meeting", "sanctions", "treaty", "dialogue", "partners",
        "membership", "pipeline", "ceasefire", "observers", "envoy", "summit", "will", "not", "accept", "any",
        "further", "steps", "towards", "a", "new", "plan", "for", "stability", "and", "we", "expect", "progress",
    };
    private static readonly string[] Titles =
    {
        "Foreign Minister", "Defence Minister", "spokeswoman", "spokesman", "envoy", "President", "Prime Minister",
    };

    private static readonly string[] Weekdays =
        { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    private static readonly string[] Kinds =
        { "person", "person", "person", "organization", "country", "city", "region" };

    /// <summary>
    /// The registry (<c>entities.yaml</c>) and <paramref name="count"/> articles, in file-name order.
    /// </summary>
    public static IReadOnlyList<SyntheticFile> Create(int count, int seed = 2008)
    {
        var random = new Random(seed);
        var agencies = Enumerable.Range(0, 5)
            .Select(i => new Entity(
                "agency-" + Name(random, 2).ToLowerInvariant(),
                Name(random, 2).ToUpperInvariant() + " News",
                "media",
                null))
            .DistinctBy(e => e.Id)
            .DistinctBy(e => e.Name)
            .ToList();
        var entities = new List<Entity>();
        var ids = new HashSet<string>(agencies.Select(a => a.Id));
        var forms = new HashSet<string>(agencies.Select(a => a.Name), StringComparer.Ordinal);
        var wanted = Math.Max(40, count / 5);
        for (var attempt = 0; entities.Count < wanted; attempt++)
        {
            if (attempt > wanted * 100)
            {
                throw new InvalidOperationException(
                    "cannot make " + wanted + " entities with distinct forms from the syllables; use fewer articles");
            }

            var kind = Kinds[random.Next(Kinds.Length)];
            var first = Name(random, 2);
            var last = Name(random, 3);
            var name = kind == "person" ? first + " " + last : kind == "organization" ? last + " Council" : last;
            var alias = kind == "person" ? last : null;
            var id = Kebab(name);

            // A form names one entity (DSG209): a person's surname must not be another's, nor a city's or region's
            // name.
            if (!ids.Contains(id) && !forms.Contains(name) && (alias is null || !forms.Contains(alias)))
            {
                ids.Add(id);
                forms.Add(name);
                if (alias is not null)
                {
                    forms.Add(alias);
                }

                entities.Add(new Entity(id, name, kind, alias));
            }
        }

        var roles = new List<(Entity Person, string Title, string Article)>();
        var articles = new List<SyntheticFile>();
        var printed = new HashSet<string>(StringComparer.Ordinal);
        Quote? carried = null;
        for (var i = 0; i < count; i++)
        {
            var article = Article(random, i, entities, agencies, carried, roles, printed);
            articles.Add(article.File);
            carried = article.Shared;
        }

        // Every registered form is printed by some article (DSG210): an entity whose name no article printed is left
        // out.
        // Its alias, the surname, is printed as a whole word wherever the full name is.
        var registered = agencies.Concat(entities).Where(entity => printed.Contains(entity.Name)).ToList();
        return new[] { Registry(registered, roles) }
            .Concat(articles.OrderBy(f => f.Name, StringComparer.Ordinal)).ToList();
    }

    /// <summary>Writes <see cref="Create"/>'s files into <paramref name="folder"/> (created if missing).</summary>
    public static void WriteTo(string folder, int count, int seed = 2008)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Create(count, seed))
        {
            File.WriteAllText(
                Path.Combine(folder, file.Name), file.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    private sealed record Entity(string Id, string Name, string Kind, string? Alias);

    private sealed record Quote(string ArticleId, string Id, string Text, Entity Speaker);

    /// <summary>
    /// One article; <paramref name="printed"/> collects the names it prints, so the registry lists only printed ones.
    /// </summary>
    private static (SyntheticFile File, Quote Shared) Article(
        Random random,
        int index,
        List<Entity> entities,
        List<Entity> agencies,
        Quote? carried,
        List<(Entity, string, string)> roles,
        HashSet<string> printed)
    {
        var published = new DateTime(2000, 1, 3).AddDays(index % 9000 + random.Next(0, 3));
        var id = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            + "-synthetic-" + index.ToString("00000", CultureInfo.InvariantCulture);
        var agency = agencies[random.Next(agencies.Count)];
        var cast = entities.OrderBy(_ => random.Next()).Take(random.Next(5, 21)).ToList();
        var speakers = cast.Where(e => e.Kind == "person").ToList();
        if (speakers.Count == 0)
        {
            speakers.Add(entities.First(e => e.Kind == "person"));
            cast.Add(speakers[0]);
        }

        var body = new StringBuilder();
        var quotes = new List<string>();
        var dates = new List<string>();
        var figures = new List<string>();
        var counted = new HashSet<int>();
        var forms = cast.ToDictionary(e => e.Id, _ => new SortedSet<string>(StringComparer.Ordinal));
        var targetLength = random.Next(2000, 6001);
        var quoteCount = random.Next(3, 13);
        Quote? shared = null;

        for (var q = 0; q < quoteCount || body.Length < targetLength || cast.Any(e => forms[e.Id].Count == 0); q++)
        {
            var paragraph = new StringBuilder();
            if (q < quoteCount)
            {
                var speaker = speakers[random.Next(speakers.Count)];
                var reuse = q == 0 && carried is not null && random.Next(4) == 0;
                var text = reuse ? carried!.Text : Sentence(random, random.Next(8, 26));
                var weekday = Weekdays[random.Next(Weekdays.Length)];
                var daysBack = ((int)published.DayOfWeek - Array.IndexOf(Weekdays, weekday) - 1 + 14) % 7;
                var said = published.AddDays(-daysBack);
                var title = q == 0 ? Titles[random.Next(Titles.Length)] + " " : string.Empty;
                var cue = title + speaker.Name + " said on " + weekday;
                paragraph.Append('"').Append(text).Append(",\" ").Append(cue).Append('.');
                forms[speaker.Id].Add(speaker.Name);
                printed.Add(speaker.Name);
                if (q == 0)
                {
                    roles.Add((speaker, title.TrimEnd(), id));
                }

                var quoteId = "quote-" + q.ToString(CultureInfo.InvariantCulture);
                quotes.Add(
                    "  - id: " + quoteId + "\n    text: " + Q(text) + "\n    speaker: " + speaker.Id
                    + "\n    mode: direct\n    cue: " + Q(cue)
                    + (q % 3 == 0 ? "\n    via: [" + agency.Id + "]" : string.Empty)
                    + "\n    said: { value: " + Day(said) + ", precision: day, basis: relative, evidence: "
                        + Q("'on " + weekday + "' in an article of " + Day(published)) + " }"
                    + (reuse
                        ? "\n    same-statement-as: [" + carried!.ArticleId + "/" + carried.Id + "]"
                        : string.Empty)
                    + "\n");
                // The event is the statement and its cue: a cue alone may be printed twice (same speaker, same
                // weekday).
                dates.Add("  - text: " + Q("on " + weekday) + "\n    value: " + Day(said)
                    + "\n    precision: day\n    basis: relative\n    evidence: "
                    + Q("'on " + weekday + "' before " + Day(published))
                    + "\n    event: " + Q(text + ",\" " + cue) + "\n");
                shared ??= new Quote(id, quoteId, text, speaker);
            }

            // Context sentences name the rest of the cast, so every mention's form is in the text.
            // The alias (a surname) only once some article has printed the full name, so every registered name is
            // printed.
            foreach (var entity in cast.Where(e => forms[e.Id].Count == 0).Take(3))
            {
                var form = entity.Alias is not null && random.Next(2) == 0 && printed.Contains(entity.Name)
                    ? entity.Alias : entity.Name;
                paragraph.Append(' ').Append(Capitalize(Sentence(random, 6)))
                    .Append(' ').Append(form).Append(' ')
                    .Append(Sentence(random, random.Next(6, 14))).Append('.');
                forms[entity.Id].Add(form);
                printed.Add(form);
            }

            while (paragraph.Length < 300)
            {
                paragraph.Append(' ').Append(Capitalize(Sentence(random, random.Next(10, 20)))).Append('.');
            }

            // A figure is printed once ("counted 200 troops" is no part of "counted 1,200 troops"): a value already
            // counted is not printed again.
            var value = figures.Count < 4 && random.Next(3) == 0 ? random.Next(2, 40) * 100 : 0;
            if (value > 0 && counted.Add(value))
            {
                var figure = "counted " + value.ToString("N0", CultureInfo.InvariantCulture) + " troops";
                paragraph.Append(" Officials ").Append(figure)
                    .Append(" in "
                        + published.AddYears(-random.Next(1, 9)).Year.ToString(CultureInfo.InvariantCulture) + ".");
                figures.Add("  - { text: " + Q(figure)
                    + ", value: " + value.ToString(CultureInfo.InvariantCulture) + ", unit: troops }\n");
            }

            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            body.Append(paragraph.ToString().Trim());
        }

        var yaml = new StringBuilder();
        yaml.Append("# yaml-language-server: $schema=schema/article.schema.json\n");
        yaml.Append("id: ").Append(id).Append('\n');
        yaml.Append("seed: synthetic-").Append(index.ToString(CultureInfo.InvariantCulture)).Append(".txt\n");
        yaml.Append("headline: ").Append(Q(Capitalize(Sentence(random, random.Next(6, 12))))).Append('\n');
        yaml.Append("published: { value: ").Append(Day(published))
            .Append(", precision: day, basis: stated, evidence: ")
            .Append(Q(published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))).Append(" }\n");
        yaml.Append("byline: ").Append(Q("By " + agency.Name)).Append('\n');
        printed.Add(agency.Name);
        yaml.Append("publisher: { basis: unknown, evidence: \"Synthetic: no site is named\" }\n");
        yaml.Append("origin: { entity: ").Append(agency.Id)
            .Append(", basis: stated, evidence: ")
            .Append(Q("By " + agency.Name)).Append(" }\n");
        yaml.Append("body: |-\n");
        foreach (var line in body.ToString().Split('\n'))
        {
            yaml.Append(line.Length == 0 ? string.Empty : "  " + line).Append('\n');
        }

        yaml.Append("mentions:\n");
        yaml.Append("  - { entity: ").Append(agency.Id).Append(", as: [").Append(Q(agency.Name)).Append("] }\n");
        foreach (var entity in cast)
        {
            yaml.Append("  - { entity: ").Append(entity.Id)
                .Append(", as: [").Append(string.Join(", ", forms[entity.Id].Select(Q))).Append("] }\n");
        }

        yaml.Append("cites: [").Append(agency.Id).Append("]\n");
        yaml.Append("quotes:\n").Append(string.Concat(quotes));
        yaml.Append("dates:\n").Append(string.Concat(dates));
        if (figures.Count > 0)
        {
            yaml.Append("figures:\n").Append(string.Concat(figures));
        }

        return (new SyntheticFile(id + ".yaml", yaml.ToString()), shared!);
    }

    private static SyntheticFile Registry(
        List<Entity> entities, List<(Entity Person, string Title, string Article)> roles)
    {
        var yaml = new StringBuilder("# yaml-language-server: $schema=schema/entities.schema.json\nentities:\n");
        var rolesByPerson = roles.Where(r => r.Title.Length > 0).ToLookup(r => r.Person.Id);
        foreach (var entity in entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            yaml.Append("  - id: ").Append(entity.Id)
                .Append("\n    name: ").Append(Q(entity.Name))
                .Append("\n    kind: ").Append(entity.Kind).Append('\n');
            if (entity.Alias is not null)
            {
                yaml.Append("    aliases: [").Append(Q(entity.Alias)).Append("]\n");
            }

            if (rolesByPerson[entity.Id].Any())
            {
                yaml.Append("    roles:\n");
                foreach (var role in rolesByPerson[entity.Id])
                {
                    yaml.Append("      - { title: ").Append(Q(role.Title))
                        .Append(", article: ").Append(role.Article).Append(" }\n");
                }
            }
        }

        return new SyntheticFile("entities.yaml", yaml.ToString());
    }

    private static string Name(Random random, int syllables) =>
        Capitalize(string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)])));

    private static string Sentence(Random random, int words) =>
        string.Join(" ", Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Kebab(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar; the builder's text is plain ASCII without quotes or backslashes.</summary>
    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
