using System;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A date and how it is known: a single <see cref="PartialDate"/> or a range of two, the basis (stated,
/// relative or inferred), and the evidence for anything not printed in full. A value: two known dates are equal
/// when their dates, basis and evidence are.
/// </summary>
public sealed class KnownDate : IEquatable<KnownDate>
{
    private string? _value;

    internal KnownDate(PartialDate start, PartialDate? end, DateBasis basis, string? evidence)
    {
        Start = start;
        End = end;
        Basis = basis;
        Evidence = evidence;
    }

    /// <summary>The date, or the first date of a range.</summary>
    public PartialDate Start { get; }

    /// <summary>The last date of a range (inclusive); null for a single date.</summary>
    public PartialDate? End { get; }

    /// <summary>True when the date is only known to lie between <see cref="Start"/> and <see cref="End"/>.</summary>
    public bool IsRange => End is not null;

    /// <summary>How precisely <see cref="Start"/> (and <see cref="End"/>, for a range) is known.</summary>
    public DatePrecision Precision => Start.Precision;

    /// <summary>Whether the date is printed, resolved from a relative expression, or inferred.</summary>
    public DateBasis Basis { get; }

    /// <summary>For a stated date, the form printed; otherwise what the date was deduced from.</summary>
    public string? Evidence { get; }

    /// <summary>
    /// ISO 8601: <c>2008-08-21</c>, or <c>2009-04-20/2009-04-30</c> for a range. Written on first read, not at load.
    /// </summary>
    public string Value =>
        _value ?? LazyField.Publish(ref _value, End is { } last ? Start + "/" + last : Start.ToString());

    /// <summary>The first calendar day the date can denote, at midnight.</summary>
    public DateTime Earliest => Start.FirstDay;

    /// <summary>The last calendar day the date can denote, at midnight.</summary>
    public DateTime Latest => (End ?? Start).LastDay;

    /// <summary>
    /// True when the date can fall on the calendar day of <paramref name="day"/> (its time is ignored).
    /// </summary>
    public bool CanFallOn(DateTime day) => day.Date >= Earliest && day.Date <= Latest;

#if NET6_0_OR_GREATER
    /// <summary>The first calendar day the date can denote.</summary>
    public DateOnly EarliestDate => DateOnly.FromDateTime(Earliest);

    /// <summary>The last calendar day the date can denote.</summary>
    public DateOnly LatestDate => DateOnly.FromDateTime(Latest);

    /// <summary>True when the date can fall on <paramref name="day"/>.</summary>
    public bool CanFallOn(DateOnly day) => day >= EarliestDate && day <= LatestDate;
#endif

    /// <summary>True when the dates, the basis and the evidence are the same.</summary>
    public bool Equals(KnownDate? other) =>
        other is not null && Start == other.Start && End == other.End && Basis == other.Basis
        && string.Equals(Evidence, other.Evidence, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KnownDate);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Start.GetHashCode();
            hash = (hash * 397) ^ End.GetHashCode();
            hash = (hash * 397) ^ (int)Basis;
            return (hash * 397) ^ (Evidence is null ? 0 : StringComparer.Ordinal.GetHashCode(Evidence));
        }
    }

    /// <summary>Equality of the dates, basis and evidence.</summary>
    public static bool operator ==(KnownDate? left, KnownDate? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of the dates, basis or evidence.</summary>
    public static bool operator !=(KnownDate? left, KnownDate? right) => !(left == right);

    /// <summary><see cref="Value"/>, then the basis: <c>2008-08-20 (relative)</c>.</summary>
    public override string ToString() => Value + " (" + Basis.ToString().ToLowerInvariant() + ")";
}
