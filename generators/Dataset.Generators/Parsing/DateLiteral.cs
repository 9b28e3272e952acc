using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Parsing;

/// <summary>
/// Parses the ISO 8601 subset the dataset uses: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[Z|+hh:mm].
/// </summary>
internal static class DateLiteral
{
    private static readonly Regex Pattern = new(
        @"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?$",
        RegexOptions.CultureInvariant);

    public static bool TryParse(string text, out PartialDateValue value, out string error)
    {
        value = default;
        var match = Pattern.Match(text);
        if (!match.Success)
        {
            // char.IsDigit is true for Arabic-Indic and other digits, which the literal must not use.
            error = text.Any(c => char.IsDigit(c) && (c < '0' || c > '9'))
                ? "it has digits other than the ASCII 0-9"
                : "it does not have an ISO 8601 form";
            return false;
        }

        int Part(int group) =>
            match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

        var year = Part(1);
        var month = Part(2);
        var day = Part(3);
        var hour = Part(4);
        var minute = Part(5);
        var precision = match.Groups[4].Success ? DatePrecision.Minute
            : match.Groups[3].Success ? DatePrecision.Day
            : match.Groups[2].Success ? DatePrecision.Month
            : DatePrecision.Year;

        if (year < 1)
        {
            error = "the year must be 0001 or later";
            return false;
        }

        if (precision >= DatePrecision.Month && (month < 1 || month > 12))
        {
            error = "the month must be 01 to 12";
            return false;
        }

        if (precision >= DatePrecision.Day && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            error = "the day does not exist in that month";
            return false;
        }

        if (hour > 23 || minute > 59)
        {
            error = "the time must be 00:00 to 23:59";
            return false;
        }

        int? offset = null;
        if (match.Groups[6].Success)
        {
            var zone = match.Groups[6].Value;
            offset =
                zone == "Z"
                    ? 0
                    : (zone[0] == '-' ? -1 : 1)
                        * (
                            (int.Parse(zone.Substring(1, 2), CultureInfo.InvariantCulture) * 60)
                            + int.Parse(zone.Substring(4, 2), CultureInfo.InvariantCulture));
            if (Math.Abs(offset.Value) > 14 * 60)
            {
                error = "the UTC offset must be within -14:00 and +14:00";
                return false;
            }
        }

        value = new PartialDateValue
        {
            Precision = precision,
            Year = year,
            Month = month,
            Day = day,
            Hour = hour,
            Minute = minute,
            OffsetMinutes = offset,
        };
        error = string.Empty;
        return true;
    }

    /// <summary>The first calendar day the value can denote, as a sortable number (yyyymmdd).</summary>
    public static int EarliestDay(PartialDateValue value) =>
        (value.Year * 10000) + (Math.Max(1, value.Month) * 100) + Math.Max(1, value.Day);

    /// <summary>The last calendar day the value can denote, as a sortable number (yyyymmdd).</summary>
    public static int LatestDay(PartialDateValue value)
    {
        var month = value.Precision == DatePrecision.Year ? 12 : value.Month;
        var day = value.Precision <= DatePrecision.Month ? DateTime.DaysInMonth(value.Year, month) : value.Day;
        return (value.Year * 10000) + (month * 100) + day;
    }
}
