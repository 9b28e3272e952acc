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
/// <remarks>
/// <see cref="Corpus.Articles"/> builds each article when it is first reached, by key, by position or by enumerating,
/// so finding one article costs that article, not the corpus. Every reader gets the same instance (thread-safe).
/// </remarks>
public sealed class KeyedList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T?[] _items;
    private readonly Func<int, T>? _build;
    private readonly Dictionary<string, int> _indexes;
    private readonly string[] _keys;
    private IReadOnlyList<string>? _readOnlyKeys;

    internal KeyedList(T[] items, Func<T, string> keyOf)
        : this(KeysOf(items, keyOf), null, items)
    {
    }

    /// <summary>A list whose item at an index is built by <paramref name="build"/> when first read.</summary>
    internal KeyedList(string[] keys, Func<int, T> build)
        : this(keys, build, new T?[keys.Length])
    {
    }

    private KeyedList(string[] keys, Func<int, T>? build, T?[] items)
    {
        _keys = keys;
        _build = build;
        _items = items;
        _indexes = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            _indexes.Add(keys[i], i);
        }
    }

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>Every key, in list order.</summary>
    public IReadOnlyList<string> Keys => _readOnlyKeys ?? ReadOnly.Once(ref _readOnlyKeys, ReadOnly.List(_keys));

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in the list.</exception>
    public T this[int index] => index >= 0 && index < _items.Length ? ItemAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The item with this key.</summary>
    /// <exception cref="KeyNotFoundException">No item has this key.</exception>
    public T this[string key] => _indexes.TryGetValue(key, out var index) ? ItemAt(index) : throw new KeyNotFoundException("No item has the key '" + key + "'.");

    /// <summary>Gets the item with this key.</summary>
    /// <returns>True when there is one.</returns>
    public bool TryGetValue(string key, [NotNullWhen(true)] out T? value)
    {
        value = _indexes.TryGetValue(key, out var index) ? ItemAt(index) : null;
        return value is not null;
    }

    /// <summary>The item with this key, or null when there is none.</summary>
    public T? GetValueOrDefault(string key) => _indexes.TryGetValue(key, out var index) ? ItemAt(index) : null;

    /// <summary>True when an item has this key.</summary>
    public bool ContainsKey(string key) => _indexes.ContainsKey(key);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++)
        {
            yield return ItemAt(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string[] KeysOf(T[] items, Func<T, string> keyOf)
    {
        var keys = new string[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = keyOf(items[i]);
        }

        return keys;
    }

    private T ItemAt(int index) => _items[index] ?? ReadOnly.Once(ref _items[index], _build!(index));
}
