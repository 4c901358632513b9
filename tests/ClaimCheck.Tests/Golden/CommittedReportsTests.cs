using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Golden;

/// <summary>
/// The reports committed in <c>reports/</c> are what <c>claimcheck analyze corpus/</c> writes today: they are the
/// golden files of the analysis. Regenerate with <c>CLAIMCHECK_UPDATE_GOLDEN=1 dotnet test</c> and review the diff.
/// </summary>
public sealed class CommittedReportsTests
{
    [Theory]
    [InlineData("report.md")]
    [InlineData("report.html")]
    [InlineData("analysis.json")]
    [InlineData("claims.csv")]
    [InlineData("baseline.json")]
    public void The_committed_report_matches_a_fresh_analysis(string file)
    {
        using var output = new TempCorpus();
        var (exit, _, stderr) = CliRunner.Run("analyze", RepoRoot.CorpusFolder, "--out", output.Root, "--baseline-out", Path.Join(output.Root, "baseline.json"));
        Assert.True(exit == 0, stderr);
        GoldenFile.VerifyAt(Path.Join(RepoRoot.Path, "reports", file), File.ReadAllText(Path.Join(output.Root, file)));
    }
}
