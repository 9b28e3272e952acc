using System;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A date and how it is known: its value, its precision and its basis (stated, relative or inferred),
/// with the evidence for anything not printed in full.
/// </summary>
public sealed record KnownDate
{
    /// <summary>The date, or the start of a <see cref="DatePrecision.Range"/>.</summary>
    public PartialDate Start { get; init; }

    /// <summary>The end of a <see cref="DatePrecision.Range"/> (inclusive); null otherwise.</summary>
    public PartialDate? End { get; init; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { get; init; }

    /// <summary>Whether the date is printed, resolved from a relative expression, or inferred.</summary>
    public DateBasis Basis { get; init; }

    /// <summary>For a stated date, the form printed; otherwise what the date was deduced from.</summary>
    public string? Evidence { get; init; }

    /// <summary>The first calendar day the date can denote.</summary>
    public DateTime Earliest => Start.FirstDay;

    /// <summary>The last calendar day the date can denote.</summary>
    public DateTime Latest => (End ?? Start).LastDay;

    /// <summary>True when the date can fall on <paramref name="day"/> (its date part).</summary>
    public bool CanFallOn(DateTime day) => day.Date >= Earliest && day.Date <= Latest;

    /// <summary>ISO 8601: the date, or <c>start/end</c> for a range; then the basis.</summary>
    public override string ToString() => (End is { } end ? Start + "/" + end : Start.ToString()) + " (" + Basis.ToString().ToLowerInvariant() + ")";
}
