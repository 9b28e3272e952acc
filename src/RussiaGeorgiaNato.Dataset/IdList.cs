using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>A read-only list in a stable order whose items are also found by id in constant time.</summary>
/// <typeparam name="T">The item type: <see cref="Article"/> or <see cref="Entity"/>.</typeparam>
public sealed class IdList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byId;

    internal IdList(T[] items, Func<T, string> idOf)
    {
        _items = items;
        _byId = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
        {
            _byId.Add(idOf(item), item);
        }
    }

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => _items[index];

    /// <summary>The item with this id, or null when there is none.</summary>
    public T? Find(string id) => _byId.TryGetValue(id, out var item) ? item : null;

    /// <summary>Finds the item with this id.</summary>
    /// <returns>True when there is one.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out T? item) => _byId.TryGetValue(id, out item);

    /// <summary>True when an item has this id.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
