using System.Globalization;
using ClaimCheck.Benchmarks.Generation;

namespace ClaimCheck.Benchmarks;

/// <summary><c>generate FOLDER [--documents N] [--seed S]</c>: writes a synthetic news corpus for the scaling runs.</summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            Console.Error.WriteLine("usage: generate FOLDER [--documents N] [--seed S]   (defaults: 10000 documents, seed 1)");
            return 2;
        }

        var folder = args[0];
        var documents = Option(args, "--documents", 10_000);
        var seed = Option(args, "--seed", 1);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var bytes = new CorpusGenerator(seed).Write(folder, documents);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents} documents, {bytes / 1e6:0.0} MB written to {folder} in {started.Elapsed.TotalSeconds:0.0} s (seed {seed})"));
        return 0;
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
