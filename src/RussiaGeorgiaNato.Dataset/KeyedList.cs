using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// A read-only list in a stable order whose items are also found by key in constant time, with the members a
/// dictionary has: an indexer by key, <see cref="TryGetValue"/>, <see cref="ContainsKey"/> and <see cref="Keys"/>.
/// </summary>
/// <typeparam name="T">The item type: <see cref="Article"/> and <see cref="Entity"/> (keyed by id) or
/// <see cref="Quote"/> (keyed by <see cref="Quote.Key"/>).</typeparam>
/// <remarks>
/// <see cref="Corpus.Articles"/> builds each article when it is first reached, by key, by position or by enumerating,
/// and finds an id without reading the others, so finding one article costs that article, not the corpus. Every reader
/// gets the same instance (thread-safe).
/// </remarks>
public sealed class KeyedList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly KeyedSource<T> _source;
    private readonly T?[] _items;
    private string[]? _keys;
    private Dictionary<string, int>? _indexes;
    private IReadOnlyList<string>? _readOnlyKeys;

    /// <summary>A list whose items and keys <paramref name="source"/> gives, each when first needed.</summary>
    internal KeyedList(KeyedSource<T> source)
    {
        _source = source;
        _items = source.NewItems();
    }

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>Every key, in list order.</summary>
    public IReadOnlyList<string> Keys => _readOnlyKeys ?? LazyField.Publish(ref _readOnlyKeys, ReadOnly.List(KeyArray));

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in the list.</exception>
    public T this[int index] =>
        index >= 0 && index < _items.Length ? ItemAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The item with this key.</summary>
    /// <exception cref="KeyNotFoundException">No item has this key.</exception>
    public T this[string key] => IndexOf(key) is var index and >= 0
        ? ItemAt(index)
        : throw new KeyNotFoundException("No item has the key '" + key + "'.");

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

    /// <summary>
    /// The position of each key, made on the first lookup by key that the source cannot answer itself: a list only
    /// counted or enumerated (every quote of the corpus) never makes or hashes its keys.
    /// </summary>
    private Dictionary<string, int> Indexes => _indexes ?? LazyField.Publish(ref _indexes, IndexesOf(KeyArray));

    private string[] KeyArray => _keys ?? LazyField.Publish(ref _keys, _source.ReadKeys());

    private int IndexOf(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        return _source.Find(key) ?? (Indexes.TryGetValue(key, out var index) ? index : -1);
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

    private T ItemAt(int index) => _items[index] ?? LazyField.Publish(ref _items[index], _source.Build(index));
}

/// <summary>Where the items and keys of a <see cref="KeyedList{T}"/> come from: the one strategy it is given.</summary>
internal abstract class KeyedSource<T>
    where T : class
{
    /// <summary>
    /// The list's item array: filled where the items already exist, else empty slots built on first read.
    /// </summary>
    public abstract T?[] NewItems();

    /// <summary>Builds the item at <paramref name="index"/>, the first time it is read.</summary>
    public abstract T Build(int index);

    /// <summary>Every key, in list order, read when first needed.</summary>
    public abstract string[] ReadKeys();

    /// <summary>
    /// The position of <paramref name="key"/> (-1 when none has it), or null to look it up among the keys.
    /// </summary>
    public virtual int? Find(string key) => null;

    /// <summary>Items already built, whose keys <paramref name="keyOf"/> gives when first needed.</summary>
    public static KeyedSource<T> Built(T[] items, Func<T, string> keyOf) => new BuiltItems(items, keyOf);

    /// <summary>Items built by <paramref name="build"/> from their position, whose keys are known.</summary>
    public static KeyedSource<T> Keyed(string[] keys, Func<int, T> build) => new KeyedItems(keys, build);

    private sealed class BuiltItems : KeyedSource<T>
    {
        private readonly T[] _items;
        private readonly Func<T, string> _keyOf;

        public BuiltItems(T[] items, Func<T, string> keyOf)
        {
            _items = items;
            _keyOf = keyOf;
        }

        public override T?[] NewItems() => _items;

        public override T Build(int index) => _items[index];

        public override string[] ReadKeys()
        {
            var keys = new string[_items.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = _keyOf(_items[i]);
            }

            return keys;
        }
    }

    private sealed class KeyedItems : KeyedSource<T>
    {
        private readonly string[] _keys;
        private readonly Func<int, T> _build;

        public KeyedItems(string[] keys, Func<int, T> build)
        {
            _keys = keys;
            _build = build;
        }

        public override T?[] NewItems() => new T?[_keys.Length];

        public override T Build(int index) => _build(index);

        public override string[] ReadKeys() => _keys;
    }
}
