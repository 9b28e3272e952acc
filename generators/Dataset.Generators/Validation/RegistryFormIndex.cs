using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Dataset.Generators.Specs;

namespace Dataset.Generators.Validation;

/// <summary>
/// Every form the registry records (each entity's name and aliases) and the entities each names: what mention
/// coverage looks for in an article's text. Built once per registry and shared by every article's validation.
/// </summary>
internal sealed class RegistryFormIndex
{
    // Keyed by the registry instance (not its value): the pipeline hands every article the same one.
    private static readonly ConditionalWeakTable<RegistrySpec, RegistryFormIndex> Cache = new();

    private readonly Dictionary<string, int> _indexes;

    private RegistryFormIndex(List<string> forms, List<List<string>> owners, Dictionary<string, int> indexes)
    {
        Forms = forms;
        Owners = owners;
        _indexes = indexes;
        Matcher = new WordMatcher(forms);
    }

    /// <summary>Each distinct form, in registry order.</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>For each of <see cref="Forms"/>, the ids of the entities it names, in registry order.</summary>
    public IReadOnlyList<List<string>> Owners { get; }

    /// <summary>Finds every form, as whole words; a match's form indexes <see cref="Forms"/>.</summary>
    public WordMatcher Matcher { get; }

    public static RegistryFormIndex Of(RegistrySpec registry) => Cache.GetValue(registry, Build);

    /// <summary>The entities <paramref name="form"/> names, or null when it is no registered form.</summary>
    public List<string>? OwnersOf(string form) => _indexes.TryGetValue(form, out var index) ? Owners[index] : null;

    private static RegistryFormIndex Build(RegistrySpec registry)
    {
        var forms = new List<string>();
        var owners = new List<List<string>>();
        var indexes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var entity in registry.Entities)
        {
            Add(entity.Name.Value, entity.Id.Value);
            foreach (var alias in entity.Aliases)
            {
                Add(alias.Value, entity.Id.Value);
            }
        }

        return new RegistryFormIndex(forms, owners, indexes);

        void Add(string form, string id)
        {
            if (!indexes.TryGetValue(form, out var index))
            {
                indexes.Add(form, index = forms.Count);
                forms.Add(form);
                owners.Add(new List<string>());
            }

            if (!owners[index].Contains(id))
            {
                owners[index].Add(id);
            }
        }
    }
}
