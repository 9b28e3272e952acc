using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A read-only list in a stable order whose items are also found by key in constant time, with the members a
/// dictionary has: an indexer by key, <see cref="TryGetValue"/>, <see cref="ContainsKey"/> and <see cref="Keys"/>.
/// </summary>
/// <typeparam name="T">The item type: <see cref="Article"/> and <see cref="Entity"/> (keyed by id) or <see cref="Quote"/> (keyed by <see cref="Quote.Key"/>).</typeparam>
public sealed class KeyedList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byKey;
    private readonly string[] _keys;
    private IReadOnlyList<string>? _readOnlyKeys;

    internal KeyedList(T[] items, Func<T, string> keyOf)
    {
        _items = items;
        _keys = new string[items.Length];
        _byKey = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            _keys[i] = keyOf(items[i]);
            _byKey.Add(_keys[i], items[i]);
        }
    }

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>Every key, in list order.</summary>
    public IReadOnlyList<string> Keys => _readOnlyKeys ?? ReadOnly.Once(ref _readOnlyKeys, ReadOnly.List(_keys));

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in the list.</exception>
    public T this[int index] => index >= 0 && index < _items.Length ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The item with this key.</summary>
    /// <exception cref="KeyNotFoundException">No item has this key.</exception>
    public T this[string key] => _byKey.TryGetValue(key, out var item) ? item : throw new KeyNotFoundException("No item has the key '" + key + "'.");

    /// <summary>Gets the item with this key.</summary>
    /// <returns>True when there is one.</returns>
    public bool TryGetValue(string key, [NotNullWhen(true)] out T? value) => _byKey.TryGetValue(key, out value);

    /// <summary>The item with this key, or null when there is none.</summary>
    public T? GetValueOrDefault(string key) => _byKey.TryGetValue(key, out var item) ? item : null;

    /// <summary>True when an item has this key.</summary>
    public bool ContainsKey(string key) => _byKey.ContainsKey(key);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
