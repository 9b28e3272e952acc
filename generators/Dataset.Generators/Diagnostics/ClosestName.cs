using System;
using System.Collections.Generic;

namespace Dataset.Generators.Diagnostics;

/// <summary>
/// The name closest to a mistyped one, by edit distance. One source file for two readers: the generator's
/// "did you mean" hints, and the rgn tool's unknown-id errors (which link this file, since the tool cannot
/// reference the generator and the package should not ship a helper only the tool needs).
/// </summary>
internal static class ClosestName
{
    /// <summary>
    /// The candidate closest to <paramref name="wrong"/> (ties go to the ordinally first), or null when there are none.
    /// </summary>
    public static string? Find(string wrong, IEnumerable<string> candidates, out int distance)
    {
        string? best = null;
        distance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var candidateDistance = Distance(wrong, candidate);
            if (candidateDistance < distance
                || (candidateDistance == distance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                distance = candidateDistance;
            }
        }

        return best;
    }

    /// <summary>
    /// "; did you mean 'x'?" for the candidate closest to <paramref name="wrong"/>, or nothing when none is close.
    /// </summary>
    public static string Suggestion(string wrong, IEnumerable<string> candidates) =>
        Find(wrong, candidates, out var distance) is { } best && distance <= Math.Max(2, wrong.Length / 3)
            ? "; did you mean '" + best + "'?"
            : string.Empty;

    /// <summary>
    /// The edit (Levenshtein) distance: how many characters to insert, delete or replace to turn one into the other.
    /// </summary>
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
