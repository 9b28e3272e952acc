using System;
using BenchmarkDotNet.Running;
using Dataset.Synthetic;

namespace Dataset.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>corpus N DIR</c> writes a synthetic dataset of N articles into DIR (for the scale build);
    /// anything else goes to BenchmarkDotNet (<c>--filter '*'</c>, <c>--job short</c>, ...).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "corpus")
        {
            SyntheticCorpus.WriteTo(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine("wrote " + args[1] + " synthetic articles and their registry to " + args[2]);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
