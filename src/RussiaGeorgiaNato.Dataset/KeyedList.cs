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
/// and finds an id without reading the others, so finding one article costs that article, not the corpus. Every reader gets the same instance (thread-safe).
/// </remarks>
public sealed class KeyedList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T?[] _items;
    private readonly Func<int, T>? _build;
    private readonly Func<T, string>? _keyOf;
    private readonly Func<string[]>? _readKeys;
    private readonly Func<string, int>? _find;
    private string[]? _keys;
    private Dictionary<string, int>? _indexes;
    private IReadOnlyList<string>? _readOnlyKeys;

    /// <summary>A list of items already built, whose keys <paramref name="keyOf"/> gives when first needed.</summary>
    internal KeyedList(T[] items, Func<T, string> keyOf)
    {
        _items = items;
        _keyOf = keyOf;
    }

    /// <summary>A list whose item at an index is built by <paramref name="build"/> when first read.</summary>
    internal KeyedList(string[] keys, Func<int, T> build)
    {
        _keys = keys;
        _build = build;
        _items = new T?[keys.Length];
    }

    /// <summary>
    /// A list of <paramref name="count"/> items, each built by <paramref name="build"/> when first read, found by key
    /// through <paramref name="find"/> (the position, or -1) without reading every key: <paramref name="readKeys"/>
    /// gives them all, in list order, when first needed.
    /// </summary>
    internal KeyedList(int count, Func<string[]> readKeys, Func<string, int> find, Func<int, T> build)
    {
        _readKeys = readKeys;
        _find = find;
        _build = build;
        _items = new T?[count];
    }

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>Every key, in list order.</summary>
    public IReadOnlyList<string> Keys => _readOnlyKeys ?? ReadOnly.Once(ref _readOnlyKeys, ReadOnly.List(KeyArray));

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in the list.</exception>
    public T this[int index] => index >= 0 && index < _items.Length ? ItemAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The item with this key.</summary>
    /// <exception cref="KeyNotFoundException">No item has this key.</exception>
    public T this[string key] => IndexOf(key) is var index and >= 0 ? ItemAt(index) : throw new KeyNotFoundException("No item has the key '" + key + "'.");

    /// <summary>Gets the item with this key.</summary>
    /// <returns>True when there is one.</returns>
    public bool TryGetValue(string key, [NotNullWhen(true)] out T? value)
    {
        value = IndexOf(key) is var index and >= 0 ? ItemAt(index) : null;
        return value is not null;
    }

    /// <summary>The item with this key, or null when there is none.</summary>
    public T? GetValueOrDefault(string key) => IndexOf(key) is var index and >= 0 ? ItemAt(index) : null;

    /// <summary>True when an item has this key.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++)
        {
            yield return ItemAt(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The position of each key, made on the first lookup by key: a list only counted or enumerated (75,000 quotes at 10,000 articles) never makes or hashes its keys.</summary>
    private Dictionary<string, int> Indexes => _indexes ?? ReadOnly.Once(ref _indexes, IndexesOf(KeyArray));

    private string[] KeyArray => _keys ?? ReadOnly.Once(ref _keys, _readKeys is not null ? _readKeys() : KeysOf(_items!, _keyOf!));

    private int IndexOf(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        return _find is not null ? _find(key) : Indexes.TryGetValue(key, out var index) ? index : -1;
    }

    private static Dictionary<string, int> IndexesOf(string[] keys)
    {
        var indexes = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            indexes.Add(keys[i], i);
        }

        return indexes;
    }

    private static string[] KeysOf(T?[] items, Func<T, string> keyOf)
    {
        var keys = new string[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = keyOf(items[i]!);
        }

        return keys;
    }

    private T ItemAt(int index) => _items[index] ?? ReadOnly.Once(ref _items[index], _build!(index));
}
