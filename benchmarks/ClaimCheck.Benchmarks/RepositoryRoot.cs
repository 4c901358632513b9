namespace ClaimCheck.Benchmarks;

/// <summary>Finds the checkout the benchmarks run from (BenchmarkDotNet runs them from a generated folder below it).</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Join(dir.FullName, "ClaimCheck.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the ClaimCheck checkout.");
    }
}
