using System.Text.Json;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// ClaimCheck never reads what it wrote as a source: with the output folder inside the corpus (<c>analyze .</c>), each
/// run would otherwise read the previous run's reports as documents and the claims would multiply run after run.
/// </summary>
public sealed class OwnOutputsNotReadTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public OwnOutputsNotReadTests()
    {
        corpus.Write("a.txt", "The ministry said that 32 representatives of 21 countries took part in the tour.");
        corpus.Write("b.md", "# Tour\n\nOfficials from 21 countries attended the tour, the ministry said on Monday.\n");
    }

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void Analyzing_a_folder_that_holds_the_reports_gives_the_same_claims_every_run()
    {
        string[] args = ["analyze", corpus.Root, "--out", corpus.PathOf("reports"), "--no-cache"];
        var first = CliRunner.Run(args);
        Assert.True(first.Exit == 0, first.Stderr);
        var claims = ClaimCount();

        var second = CliRunner.Run(args);

        Assert.True(second.Exit == 0, second.Stderr);
        Assert.Equal(claims, ClaimCount());
        Assert.Equal(2, Documents());
        Assert.DoesNotContain("report.md", second.Stderr, StringComparison.Ordinal); // this run's own folder is left out without a word
    }

    [Fact]
    public void A_report_left_by_another_run_is_skipped_with_a_warning()
    {
        Assert.Equal(0, CliRunner.Run("analyze", corpus.Root, "--out", corpus.PathOf("old-reports"), "--no-cache").Exit);

        var (exit, stdout, stderr) = CliRunner.Run("baseline", corpus.Root, "--out", corpus.PathOf("baseline/baseline.json"));

        Assert.True(exit == 0, stderr);
        Assert.Contains("report.md: a report written by ClaimCheck, not a source; skipped.", stderr, StringComparison.Ordinal);
        Assert.Contains("report.html: a report written by ClaimCheck, not a source; skipped.", stderr, StringComparison.Ordinal);
        Assert.Contains("wrote", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_report_written_into_the_corpus_is_not_read_by_the_next_check()
    {
        var baseline = corpus.PathOf("baseline.json");
        Assert.Equal(0, CliRunner.Run("baseline", corpus.Root, "--out", baseline).Exit);
        string[] check = ["check", corpus.Root, "--baseline", baseline, "--out", corpus.PathOf("check.txt")];

        Assert.Equal(0, CliRunner.Run(check).Exit);
        File.AppendAllText(corpus.PathOf("check.txt"), "\nThe tour had 99 representatives of 40 countries.\n");
        var (exit, _, stderr) = CliRunner.Run(check);

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("new-claim", File.ReadAllText(corpus.PathOf("check.txt")), StringComparison.Ordinal);
    }

    private int ClaimCount()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(corpus.PathOf("reports/analysis.json")));
        return json.RootElement.GetProperty("claims").GetArrayLength();
    }

    private int Documents()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(corpus.PathOf("reports/analysis.json")));
        return json.RootElement.GetProperty("documents").GetArrayLength();
    }
}
