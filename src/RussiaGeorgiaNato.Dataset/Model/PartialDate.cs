using System;
using System.Globalization;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A calendar date known to the year, the month, the day or the minute: the parts beyond that are null.
/// Prints as ISO 8601 (<c>2008</c>, <c>2008-08</c>, <c>2008-08-21</c>, <c>2008-08-21T17:35+04:00</c>).
/// Like <see cref="DateTime"/>, <c>default(PartialDate)</c> is a valid value: the year 0001.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    // The year is stored less one, so that default(PartialDate) is the year 0001, not an invalid year 0.
    private readonly int _yearsAfterOne;

    /// <summary>A date known to the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1 to 9999.</exception>
    public PartialDate(int year)
        : this(year, null, null, null, null, null)
    {
    }

    /// <summary>A date known to the month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public PartialDate(int year, int month)
        : this(year, month, null, null, null, null)
    {
    }

    /// <summary>A date known to the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the day does not exist in that
    /// month.</exception>
    public PartialDate(int year, int month, int day)
        : this(year, month, day, null, null, null)
    {
    }

    /// <summary>A date and time known to the minute, with its UTC offset when the text gives one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the offset is not whole minutes within
    /// 14 hours.</exception>
    public PartialDate(int year, int month, int day, int hour, int minute, TimeSpan? utcOffset)
        : this(year, month, day, (int?)hour, minute, utcOffset)
    {
    }

    private PartialDate(int year, int? month, int? day, int? hour, int? minute, TimeSpan? utcOffset)
    {
        if (year < 1 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be 1 to 9999.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be 1 to 12.");
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in that month.");
        }

        if (hour is < 0 or > 23)
        {
            throw new ArgumentOutOfRangeException(nameof(hour), hour, "The hour must be 0 to 23.");
        }

        if (minute is < 0 or > 59)
        {
            throw new ArgumentOutOfRangeException(nameof(minute), minute, "The minute must be 0 to 59.");
        }

        // As DateTimeOffset requires: whole minutes within 14 hours, so equality, order and the ISO text agree.
        if (utcOffset is { } offset
            && (offset.Ticks % TimeSpan.TicksPerMinute != 0 || offset.Duration() > TimeSpan.FromHours(14)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(utcOffset), utcOffset, "The UTC offset must be whole minutes within -14:00 and +14:00.");
        }

        _yearsAfterOne = year - 1;
        Month = month;
        Day = day;
        Hour = hour;
        Minute = minute;
        UtcOffset = utcOffset;
    }

    /// <summary>The year (1 to 9999).</summary>
    public int Year => _yearsAfterOne + 1;

    /// <summary>The month (1 to 12), or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when it is not known.</summary>
    public int? Day { get; }

    /// <summary>The hour (0 to 23), or null when the time is not known.</summary>
    public int? Hour { get; }

    /// <summary>The minute (0 to 59), or null when the time is not known.</summary>
    public int? Minute { get; }

    /// <summary>The offset from UTC of <see cref="Hour"/> and <see cref="Minute"/>, when the text gives one.</summary>
    public TimeSpan? UtcOffset { get; }

    /// <summary>
    /// How precisely this date is known: <see cref="DatePrecision.Year"/> to <see cref="DatePrecision.Minute"/>.
    /// </summary>
    public DatePrecision Precision =>
        Hour is not null ? DatePrecision.Minute
        : Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>The first calendar day this date can denote (1 January for a year), as a date at midnight.</summary>
    public DateTime FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last calendar day this date can denote (31 December for a year), as a date at midnight.</summary>
    public DateTime LastDay => new(Year, Month ?? 12, Day ?? DateTime.DaysInMonth(Year, Month ?? 12));

    /// <summary>Orders by <see cref="FirstDay"/>, then the less precise date first, then by time and offset.</summary>
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
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PartialDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PartialDate.", nameof(obj)),
    };

    /// <summary>True when every part is the same, the precision included (2008-08 is not 2008-08-01).</summary>
    public bool Equals(PartialDate other) =>
        _yearsAfterOne == other._yearsAfterOne && Month == other.Month && Day == other.Day && Hour == other.Hour
        && Minute == other.Minute && UtcOffset == other.UtcOffset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = _yearsAfterOne;
            hash = (hash * 397) ^ (Month ?? -1);
            hash = (hash * 397) ^ (Day ?? -1);
            hash = (hash * 397) ^ (Hour ?? -1);
            hash = (hash * 397) ^ (Minute ?? -1);
            return (hash * 397) ^ (UtcOffset?.GetHashCode() ?? -1);
        }
    }

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
            text += "T" + hour.ToString("00", CultureInfo.InvariantCulture)
                + ":" + Minute!.Value.ToString("00", CultureInfo.InvariantCulture);
            if (UtcOffset is { } offset)
            {
                text += offset == TimeSpan.Zero
                    ? "Z"
                    : (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            }
        }

        return text;
    }

    /// <summary>Equality of all parts.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality of any part.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>
    /// True when <paramref name="left"/> orders before <paramref name="right"/> (see
    /// <see cref="CompareTo(PartialDate)"/>).
    /// </summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>
    /// True when <paramref name="left"/> orders after <paramref name="right"/> (see
    /// <see cref="CompareTo(PartialDate)"/>).
    /// </summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
