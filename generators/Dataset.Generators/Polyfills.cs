// netstandard2.0 lacks the types the compiler needs for records, init accessors and required members. Written
// here, internal, rather than taken from a package: the generator depends on nothing but YamlDotNet at run time.
namespace System.Runtime.CompilerServices
{
    /// <summary>Marks an <c>init</c> accessor.</summary>
    internal static class IsExternalInit { }

    /// <summary>Marks a type with <c>required</c> members, and the members themselves.</summary>
    [AttributeUsage(
        AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property,
        AllowMultiple = false,
        Inherited = false)]
    internal sealed class RequiredMemberAttribute : Attribute { }

    /// <summary>
    /// Tells a compiler that does not know a feature (here, required members) not to use what it marks.
    /// </summary>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    internal sealed class CompilerFeatureRequiredAttribute : Attribute
    {
        public CompilerFeatureRequiredAttribute(string featureName) => FeatureName = featureName;

        public string FeatureName { get; }

        public bool IsOptional { get; init; }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>
    /// Marks a constructor that sets every required member: the compiler puts it on a record's copy constructor.
    /// </summary>
    [AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
    internal sealed class SetsRequiredMembersAttribute : Attribute
    {
    }
}
