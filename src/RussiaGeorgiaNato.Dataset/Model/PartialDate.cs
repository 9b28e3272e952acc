using System;
using System.Globalization;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A calendar date known to the year, the month, the day or the minute: the parts beyond that are null.
/// Prints as ISO 8601 (<c>2008</c>, <c>2008-08</c>, <c>2008-08-21</c>, <c>2008-08-21T17:35+04:00</c>).
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    /// <summary>A date known to the year, month or day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or a day is given without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
        : this(year, month, day, null, null, null)
    {
    }

    /// <summary>A date and time known to the minute, with its UTC offset when the text gives one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public PartialDate(int year, int month, int day, int hour, int minute, TimeSpan? utcOffset)
        : this(year, month, day, (int?)hour, minute, utcOffset)
    {
    }

    private PartialDate(int year, int? month, int? day, int? hour, int? minute, TimeSpan? utcOffset)
    {
        if (year < 1 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        if (month is < 1 or > 12 || (day is not null && month is null))
        {
            throw new ArgumentOutOfRangeException(nameof(month));
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        if (hour is < 0 or > 23 || minute is < 0 or > 59)
        {
            throw new ArgumentOutOfRangeException(nameof(hour));
        }

        Year = year;
        Month = month;
        Day = day;
        Hour = hour;
        Minute = minute;
        UtcOffset = utcOffset;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when it is not known.</summary>
    public int? Day { get; }

    /// <summary>The hour (0-23), or null when the time is not known.</summary>
    public int? Hour { get; }

    /// <summary>The minute (0-59), or null when the time is not known.</summary>
    public int? Minute { get; }

    /// <summary>The offset from UTC of <see cref="Hour"/> and <see cref="Minute"/>, when the text gives one.</summary>
    public TimeSpan? UtcOffset { get; }

    /// <summary>How precisely this date is known: <see cref="DatePrecision.Year"/> to <see cref="DatePrecision.Minute"/>.</summary>
    public DatePrecision Precision =>
        Hour is not null ? DatePrecision.Minute : Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first calendar day this date can denote (1 January for a year).</summary>
    public DateTime FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last calendar day this date can denote (31 December for a year).</summary>
    public DateTime LastDay => new(Year, Month ?? 12, Day ?? DateTime.DaysInMonth(Year, Month ?? 12));

    /// <summary>Orders by <see cref="FirstDay"/>, then the less precise date first, then by time.</summary>
    public int CompareTo(PartialDate other)
    {
        var byDay = FirstDay.CompareTo(other.FirstDay);
        if (byDay != 0)
        {
            return byDay;
        }

        var byPrecision = Precision.CompareTo(other.Precision);
        return byPrecision != 0 ? byPrecision : string.CompareOrdinal(ToString(), other.ToString());
    }

    /// <inheritdoc/>
    public bool Equals(PartialDate other) =>
        Year == other.Year && Month == other.Month && Day == other.Day && Hour == other.Hour && Minute == other.Minute && UtcOffset == other.UtcOffset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ToString().GetHashCode();

    /// <summary>The ISO 8601 form, to the known precision.</summary>
    public override string ToString()
    {
        var text = Year.ToString("0000", CultureInfo.InvariantCulture);
        if (Month is { } month)
        {
            text += "-" + month.ToString("00", CultureInfo.InvariantCulture);
        }

        if (Day is { } day)
        {
            text += "-" + day.ToString("00", CultureInfo.InvariantCulture);
        }

        if (Hour is { } hour)
        {
            text += "T" + hour.ToString("00", CultureInfo.InvariantCulture) + ":" + Minute!.Value.ToString("00", CultureInfo.InvariantCulture);
            if (UtcOffset is { } offset)
            {
                text += offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            }
        }

        return text;
    }

    /// <summary>Equality of all parts.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality of any part.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);
}
