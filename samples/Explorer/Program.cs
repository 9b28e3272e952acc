using System;
using System.Linq;
using RussiaGeorgiaNato.Dataset;

// Usage: Explorer [timeline | quotes [--speaker <entity-id>]]   (no argument: both)
var command = args.Length > 0 ? args[0] : "all";
switch (command)
{
    case "timeline":
        Timeline();
        break;
    case "quotes":
        return Quotes(args.Length >= 3 && args[1] == "--speaker" ? args[2] : null);
    case "all":
        Timeline();
        Console.WriteLine();
        return Quotes(null);
    default:
        Console.Error.WriteLine($"Unknown command '{command}'. Usage: Explorer [timeline | quotes [--speaker <entity-id>]]");
        return 2;
}

return 0;

// Every dated event the articles report, in date order, with how each date is known.
static void Timeline()
{
    Console.WriteLine("TIMELINE (date, how it is known, what happened)");
    var events = Corpus.Articles
        .SelectMany(a => a.Dates.Where(d => d.Event is not null).Select(d => (Article: a, Mention: d)))
        .OrderBy(e => e.Mention.Date.Earliest)
        .ThenBy(e => e.Article.Id, StringComparer.Ordinal);
    foreach (var (article, mention) in events)
    {
        var date = mention.Date.End is { } end ? $"{mention.Date.Start}/{end}" : mention.Date.Start.ToString();
        var scheduled = mention.IsScheduled ? " [scheduled]" : string.Empty;
        Console.WriteLine($"{date,-23} {mention.Date.Basis.ToString().ToLowerInvariant(),-9} {mention.Event}{scheduled}");
        Console.WriteLine($"{string.Empty,-33}({article.Id}, \"{mention.Text}\")");
    }
}

// Quotes as a table: speaker, mode, text; optionally for one speaker.
static int Quotes(string? speakerId)
{
    Entity? speaker = null;
    if (speakerId is not null && !Corpus.Entities.TryGet(speakerId, out speaker))
    {
        Console.Error.WriteLine($"No entity '{speakerId}'. Speakers: {string.Join(", ", Corpus.Quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Id).Distinct().OrderBy(i => i))}");
        return 1;
    }

    Console.WriteLine(speaker is null ? "QUOTES" : $"QUOTES BY {speaker.Name.ToUpperInvariant()}");
    foreach (var quote in Corpus.Quotes.Where(q => speaker is null || q.Speaker == speaker))
    {
        var who = quote.Speaker?.Name ?? quote.SpeakerDescription;
        var via = quote.Via.Count > 0 ? " via " + string.Join(", ", quote.Via.Select(v => v.Name)) : string.Empty;
        Console.WriteLine($"{quote.Article.Published.Start.FirstDay:yyyy-MM-dd}  {who,-28} {quote.Mode.ToString().ToLowerInvariant(),-8} \"{quote.Text}\"{via}");
    }

    return 0;
}
