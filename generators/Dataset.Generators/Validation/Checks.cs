using System;
using System.Collections.Generic;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Validation;

/// <summary>Checks shared by the article and registry validators.</summary>
internal static class Checks
{
    /// <summary>A date's literal agrees with its precision, and a date not printed in full says how it was deduced.</summary>
    public static void Date(DateSpec date, string what, DiagnosticBag diagnostics)
    {
        var written = WrittenPrecision(date);
        if (written != date.Precision.Value)
        {
            diagnostics.Report(
                DiagnosticDescriptors.PrecisionMismatch, date.Precision.Location, date.Value.Value,
                Vocabulary.DatePrecisions.TokenOf(written), Vocabulary.DatePrecisions.TokenOf(date.Precision.Value));
        }

        if (date.Basis.Value != DateBasis.Stated && IsBlank(date.Evidence))
        {
            diagnostics.Report(DiagnosticDescriptors.EvidenceRequired, date.Basis.Location, what, Vocabulary.DateBases.TokenOf(date.Basis.Value));
        }
    }

    /// <summary>The precision the literal is written at, as its <c>precision</c> key must state it: a range is <c>range</c>.</summary>
    private static DeclaredPrecision WrittenPrecision(DateSpec date) => date.End is not null
        ? DeclaredPrecision.Range
        : date.Start.Precision switch
        {
            DatePrecision.Year => DeclaredPrecision.Year,
            DatePrecision.Month => DeclaredPrecision.Month,
            DatePrecision.Day => DeclaredPrecision.Day,
            DatePrecision.Minute => DeclaredPrecision.Minute,
            _ => throw new ArgumentOutOfRangeException(nameof(date), date.Start.Precision, "a parsed literal always has a precision"),
        };

    public static bool IsBlank(Located? value) => value is null || value.Value.Value.Trim().Length == 0;

    /// <summary>The registry id closest to a mistyped one, as a hint for the message.</summary>
    public static string Suggest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(wrong, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, wrong.Length / 3) ? "; did you mean '" + best + "'?" : string.Empty;
    }

    /// <summary>The edit (Levenshtein) distance: how many characters to insert, delete or replace to turn one into the other.</summary>
    private static int Distance(string from, string to)
    {
        var previous = new int[to.Length + 1];
        var current = new int[to.Length + 1];
        for (var j = 0; j <= to.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= from.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= to.Length; j++)
            {
                var cost = from[i - 1] == to[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[to.Length];
    }
}
