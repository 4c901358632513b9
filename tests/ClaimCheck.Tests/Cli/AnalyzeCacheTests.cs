using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary>A second analysis of an unchanged corpus says the reports are up to date; any change to what it reads or wrote runs it again.</summary>
public sealed class AnalyzeCacheTests
{
    private const string UpToDate = "Reports are up to date";

    [Fact]
    public void An_unchanged_corpus_is_not_analysed_again_and_the_summary_is_the_same()
    {
        using var corpus = Corpus();
        using var reports = new TempCorpus();
        var (exit, firstOut, firstErr) = CliRunner.Run("analyze", corpus.Root, "--out", reports.Root);
        Assert.True(exit == 0, firstErr);
        var written = File.GetLastWriteTimeUtc(Path.Join(reports.Root, "report.md"));

        var (again, secondOut, secondErr) = CliRunner.Run("analyze", corpus.Root, "--out", reports.Root);
        Assert.Equal(0, again);
        Assert.Contains(UpToDate, secondErr, StringComparison.Ordinal);
        Assert.Equal(firstOut, secondOut);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Join(reports.Root, "report.md")));
        Assert.True(Directory.Exists(Path.Join(corpus.Root, ".claimcheck")));
    }

    [Fact]
    public void A_changed_document_a_touched_report_or_new_decisions_run_the_analysis_again()
    {
        using var corpus = Corpus();
        using var reports = new TempCorpus();
        CliRunner.Run("analyze", corpus.Root, "--out", reports.Root);

        corpus.Write("b.txt", "The defence industry produces more than 1,200 military products, the ministry said in 2023.");
        var (_, changedOut, changedErr) = CliRunner.Run("analyze", corpus.Root, "--out", reports.Root);
        Assert.DoesNotContain(UpToDate, changedErr, StringComparison.Ordinal);
        Assert.Contains("1,200", File.ReadAllText(Path.Join(reports.Root, "report.md")), StringComparison.Ordinal);
        Assert.Contains("2 documents", changedOut, StringComparison.Ordinal);

        File.AppendAllText(Path.Join(reports.Root, "report.md"), "edited by hand\n");
        var (_, _, touchedErr) = CliRunner.Run("analyze", corpus.Root, "--out", reports.Root);
        Assert.DoesNotContain(UpToDate, touchedErr, StringComparison.Ordinal);
        Assert.DoesNotContain("edited by hand", File.ReadAllText(Path.Join(reports.Root, "report.md")), StringComparison.Ordinal);

        corpus.Write("reviews.yaml", "# decisions\n");
        var (_, _, decidedErr) = CliRunner.Run("analyze", corpus.Root, "--out", reports.Root);
        Assert.DoesNotContain(UpToDate, decidedErr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_cache_always_analyses_and_writes_no_cache()
    {
        using var corpus = Corpus();
        using var reports = new TempCorpus();
        CliRunner.Run("analyze", corpus.Root, "--out", reports.Root, "--no-cache");
        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.Root, "--out", reports.Root, "--no-cache");
        Assert.Equal(0, exit);
        Assert.DoesNotContain(UpToDate, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Join(corpus.Root, ".claimcheck")));
    }

    [Fact]
    public void Cache_names_the_cache_folder()
    {
        using var corpus = Corpus();
        using var reports = new TempCorpus();
        using var cache = new TempCorpus();
        CliRunner.Run("analyze", corpus.Root, "--out", reports.Root, "--cache", cache.Root);
        var (_, _, stderr) = CliRunner.Run("analyze", corpus.Root, "--out", reports.Root, "--cache", cache.Root);
        Assert.Contains(UpToDate, stderr, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(cache.Root, "extractions-*.cache"));
        Assert.False(Directory.Exists(Path.Join(corpus.Root, ".claimcheck")));
    }

    private static TempCorpus Corpus()
    {
        var corpus = new TempCorpus();
        corpus.Write("a.txt", "The defence industry produces more than 1,000 types of military products, the minister said in 2020.");
        corpus.Write("b.txt", "The defence industry produces more than 1,000 military products, the ministry said in 2023.");
        return corpus;
    }
}
