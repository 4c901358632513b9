using System.Text;

namespace ClaimCheck.Tests.Support;

/// <summary>
/// Golden files: expected output checked in under <c>tests/ClaimCheck.Tests/golden/</c> and reviewed by hand.
/// Set <c>CLAIMCHECK_UPDATE_GOLDEN=1</c> to rewrite them from the current output, then review the diff
/// (<c>git diff tests/ClaimCheck.Tests/golden</c>) before committing. On a mismatch the actual output is
/// written beside the golden file as <c>NAME.actual</c> for a side-by-side look.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "CLAIMCHECK_UPDATE_GOLDEN";

    public static string Folder => Path.Join(RepoRoot.Path, "tests", "ClaimCheck.Tests", "golden");

    public static void Verify(string name, string actual) => VerifyAt(Path.Join(Folder, name), actual);

    /// <summary>Compares with a checked-in file anywhere in the repository (e.g. the committed <c>reports/</c>).</summary>
    public static void VerifyAt(string path, string actual)
    {
        var name = Path.GetRelativePath(RepoRoot.Path, path).Replace('\\', '/');
        var actualPath = path + ".actual";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            File.Delete(actualPath);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {name} is missing. Run the tests with {UpdateVariable}=1 to create it, then review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual, new UTF8Encoding(false));
        Assert.Fail($"Output differs from golden file {name} at {FirstDifference(expected, actual)}. Actual output: {actualPath}. If the change is intended, rerun with {UpdateVariable}=1 and review the diff.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"line {i + 1}: expected `{e.Trim()}` but got `{a.Trim()}`";
            }
        }

        return "the end of the file";
    }
}
