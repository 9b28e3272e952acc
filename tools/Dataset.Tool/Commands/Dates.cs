using Dataset.Export;
using RussiaGeorgiaNato.Dataset;

namespace Dataset.Tool.Commands;

/// <summary>How the commands print a date in text: its value and how it is known.</summary>
internal static class Dates
{
    public static string Text(KnownDate date) => date.Value + " (" + Names.Of(date.Basis) + ")";
}
