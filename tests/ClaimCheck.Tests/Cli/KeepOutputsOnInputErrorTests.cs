using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// A run that could not read its input never replaces committed outputs with poorer ones: with no document read
/// nothing is written at all, and with an input error the existing reports and baselines stay unless the user
/// passes --force. Outputs that do not exist yet are written, since nothing is lost.
/// </summary>
public sealed class KeepOutputsOnInputErrorTests : IDisposable
{
    private const string Committed = "committed: do not lose me";

    private readonly TempCorpus corpus = new();

    public KeepOutputsOnInputErrorTests() => corpus.Write("corpus/a.txt", "The ministry said that 32 representatives of 21 countries took part in the tour.");

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void A_mistyped_corpus_path_leaves_the_reports_as_they_were()
    {
        var report = corpus.Write("reports/report.md", Committed);

        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.PathOf("corpu"), "--out", corpus.PathOf("reports"));

        Assert.Equal(2, exit);
        Assert.Equal(Committed, File.ReadAllText(report));
        Assert.Single(Directory.GetFiles(corpus.PathOf("reports")));
        Assert.Contains("error: no document could be read; nothing written.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_document_means_no_reports_even_in_a_new_folder()
    {
        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.PathOf("corpu"), "--out", corpus.PathOf("fresh"));

        Assert.Equal(2, exit);
        Assert.False(Directory.Exists(corpus.PathOf("fresh")), stderr);
    }

    [Fact]
    public void An_input_error_keeps_existing_reports_unless_forced()
    {
        var report = corpus.Write("reports/report.md", Committed);
        string[] args = ["analyze", corpus.PathOf("corpus"), corpus.PathOf("missing"), "--out", corpus.PathOf("reports")];

        var (exit, _, stderr) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Equal(Committed, File.ReadAllText(report));
        Assert.Contains("not replaced because of the errors above", stderr, StringComparison.Ordinal);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);

        var (forcedExit, _, _) = CliRunner.Run([.. args, "--force"]);

        Assert.Equal(2, forcedExit); // still an input error, but the user asked for the reports
        Assert.Contains("21 countries", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_error_still_writes_reports_that_did_not_exist()
    {
        var (exit, _, _) = CliRunner.Run("analyze", corpus.PathOf("corpus"), corpus.PathOf("missing"), "--out", corpus.PathOf("fresh"));

        Assert.Equal(2, exit);
        Assert.True(File.Exists(corpus.PathOf("fresh/report.md")));
    }

    [Fact]
    public void Baseline_keeps_the_committed_file_when_the_corpus_is_mistyped()
    {
        var baseline = corpus.Write("baseline.json", Committed);

        var (exit, stdout, stderr) = CliRunner.Run("baseline", corpus.PathOf("corpu"), "--out", baseline);

        Assert.Equal(2, exit);
        Assert.Equal(Committed, File.ReadAllText(baseline));
        Assert.DoesNotContain("wrote", stdout, StringComparison.Ordinal);
        Assert.Contains("nothing written", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_keeps_the_committed_file_on_an_input_error_unless_forced()
    {
        var baseline = corpus.Write("baseline.json", Committed);
        string[] args = ["baseline", corpus.PathOf("corpus"), corpus.PathOf("missing"), "--out", baseline];

        Assert.Equal(2, CliRunner.Run(args).Exit);
        Assert.Equal(Committed, File.ReadAllText(baseline));

        Assert.Equal(2, CliRunner.Run([.. args, "--force"]).Exit);
        Assert.Contains("21", File.ReadAllText(baseline), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_update_keeps_the_baseline_on_an_input_error()
    {
        var baseline = corpus.PathOf("baseline.json");
        Assert.Equal(0, CliRunner.Run("baseline", corpus.PathOf("corpus"), "--out", baseline).Exit);
        var before = File.ReadAllText(baseline);

        var (exit, _, stderr) = CliRunner.Run("check", corpus.PathOf("corpus"), corpus.PathOf("missing"), "--baseline", baseline, "--update");

        Assert.Equal(2, exit);
        Assert.Equal(before, File.ReadAllText(baseline));
        Assert.DoesNotContain("updated", stderr, StringComparison.Ordinal);
    }
}
