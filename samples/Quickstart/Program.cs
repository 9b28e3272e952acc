using RussiaGeorgiaNato.Dataset;

// The dataset is plain, typed C# objects: nothing to load or parse, ask it questions with LINQ.
Console.WriteLine($"{Corpus.Articles.Count} articles, {Entities.All.Count} entities, {Corpus.Quotes.Count} quotes");

// Every article, oldest first, with how its date is known (stated by the page, or inferred, with evidence).
foreach (var article in Corpus.Articles.OrderBy(a => a.Published.Earliest))
{
    Console.WriteLine($"{article.Published.Value,-24} {article.Published.Basis,-9} {article.Headline}");
}

// Who is quoted most, and how many of their quotes are their own words (direct) rather than reported.
var speakers = Corpus.Quotes
    .Where(q => q.Speaker is not null)
    .GroupBy(q => q.Speaker!)
    .OrderByDescending(quotes => quotes.Count())
    .ThenBy(quotes => quotes.Key.Name, StringComparer.Ordinal)
    .Take(3);
foreach (var quotes in speakers)
{
    var direct = quotes.Count(q => q.Mode == QuoteMode.Direct);
    Console.WriteLine($"{quotes.Key.Name}: {quotes.Count()} quotes, {direct} direct");
}

// One quote by its key: its words, where the article prints them, and how they reached the page.
var quote = Corpus.Quotes["2008-08-21-lavrov-no-plans-to-slam-door/not-going-to-slam-the-door"];
Console.WriteLine($"\"{quote.Text}\" ({quote.Key}, characters {quote.Span.Start} to {quote.Span.End})");
Console.WriteLine("  " + string.Join(" -> ", quote.ReportingChain.Select(link => link.Attribution.DisplayName)));
