namespace ClaimCheck.Tests.Support;

/// <summary>Finds the repository checkout the tests run from, to read the seed corpus.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string CorpusFolder => System.IO.Path.Join(Path, "corpus");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Join(dir.FullName, "ClaimCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ClaimCheck.sln not found above {AppContext.BaseDirectory}");
    }
}
