using System;
using System.IO;

namespace Dataset.Tests.Shared;

/// <summary>Finds the repository from a test's output folder (compiled into both test projects).</summary>
internal static class RepoPaths
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dataset.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName
            ?? throw new InvalidOperationException("Dataset.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// The source path the compiler recorded for the calling file. Snapshooter places snapshots next to it, so it
    /// must be the real file in this repository, never a mapped deterministic path such as /_/.
    /// </summary>
    public static string CallerFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
