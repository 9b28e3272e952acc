using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// Wraps the arrays the generated code passes in, so no list of the dataset can be changed through a cast.
/// </summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> List<T>(T[] items) =>
        items.Length == 0 ? Empty<T>.Instance : Array.AsReadOnly(items);

    private static class Empty<T>
    {
        public static readonly ReadOnlyCollection<T> Instance = Array.AsReadOnly(Array.Empty<T>());
    }
}
