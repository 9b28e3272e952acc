namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// The package's one way to build a member on first use: <c>_field ?? LazyField.Publish(ref _field, Build())</c>.
/// Threads that race may each build a value, but only the first one stored is ever returned, so every reader of the
/// member gets the same instance, without a lock.
/// </summary>
internal static class LazyField
{
    /// <summary>
    /// Stores <paramref name="value"/> in <paramref name="field"/> unless another thread stored one first, and returns
    /// the stored one.
    /// </summary>
    public static T Publish<T>(ref T? field, T value)
        where T : class => System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;
}
