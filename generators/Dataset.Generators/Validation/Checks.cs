using System;
using System.Collections.Generic;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Specs;
using Dataset.Generators.Utilities;

namespace Dataset.Generators.Validation;

/// <summary>Checks shared by the article and registry validators.</summary>
internal static class Checks
{
    /// <summary>
    /// A date's literal agrees with its precision, and a date not printed in full says how it was deduced.
    /// </summary>
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
            diagnostics.Report(
                DiagnosticDescriptors.EvidenceRequired,
                date.Basis.Location,
                what,
                Vocabulary.DateBases.TokenOf(date.Basis.Value),
                "evidence");
        }
    }

    /// <summary>
    /// The precision the literal is written at, as its <c>precision</c> key must state it: a range is <c>range</c>.
    /// </summary>
    private static DeclaredPrecision WrittenPrecision(DateSpec date) =>
        date.End is not null
            ? DeclaredPrecision.Range
            : date.Start.Precision switch
            {
                DatePrecision.Year => DeclaredPrecision.Year,
                DatePrecision.Month => DeclaredPrecision.Month,
                DatePrecision.Day => DeclaredPrecision.Day,
                DatePrecision.Minute => DeclaredPrecision.Minute,
                _ => throw new ArgumentOutOfRangeException(
                    nameof(date),
                    date.Start.Precision,
                    "a parsed literal always has a precision"),
            };

    public static bool IsBlank(Located? value) => value is null || value.Value.Value.Trim().Length == 0;
}
