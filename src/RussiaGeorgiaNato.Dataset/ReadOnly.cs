using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>Wraps the arrays the generated code passes in, so no list of the dataset can be changed through a cast.</summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> List<T>(T[] items) => items.Length == 0 ? Empty<T>.Instance : Array.AsReadOnly(items);

    /// <summary>
    /// Stores <paramref name="value"/> in <paramref name="field"/> unless another thread stored one first, and returns
    /// the stored one: every reader of a lazily built member gets the same instance.
    /// </summary>
    public static T Once<T>(ref T? field, T value)
        where T : class => System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;

    private static class Empty<T>
    {
        public static readonly ReadOnlyCollection<T> Instance = Array.AsReadOnly(Array.Empty<T>());
    }
}
