using System.Text.Json;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Writes_the_four_reports_and_a_summary()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "The defence industry produces more than 1,000 types of military products, the minister said in 2020.");
        corpus.Write("b.txt", "The defence industry produces more than 1,000 military products, the ministry said in 2023.");
        using var reports = new TempCorpus();
        var output = reports.Root;
        var (exit, stdout, stderr) = CliRunner.Run("analyze", corpus.Root, "--out", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("2 documents", stdout, StringComparison.Ordinal);
        Assert.Contains("1 agreement", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "report.md", "report.html", "analysis.json", "claims.csv" })
        {
            Assert.True(File.Exists(Path.Join(output, file)), file);
        }

        using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Join(output, "analysis.json")));
        Assert.Equal("agreement", analysis.RootElement.GetProperty("groups")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public void A_markdown_file_about_credit_lines_is_credited_to_no_outlet_and_one_source_gives_a_change()
    {
        // Like analysing a tool's README: it quotes a seed outlet's credit line as an example, and states figures of its own.
        using var corpus = new TempCorpus();
        var readme = corpus.Write("README.md",
            "# Notes on the tool\n\nThe retail chain operated 120 stores across the region in 2015, the first report said.\n\n"
            + "It reads the outlet from a credit line such as\n`\"Fenmoor\" newspaper, May 10, 2023` or `Fenmoor Daily © 2021`, when the page has one.\n\n"
            + "The retail chain operated 180 stores across the region in 2018, the second report said.\n");
        using var reports = new TempCorpus();
        var (exit, stdout, stderr) = CliRunner.Run("analyze", readme, "--out", reports.Root, "--no-cache");
        Assert.True(exit == 0, stderr);
        Assert.Contains("1 source over 3 years gives figures", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Fenmoor", stdout, StringComparison.Ordinal);
        using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Join(reports.Root, "analysis.json")));
        var document = Assert.Single(analysis.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("source").ValueKind);
    }

    [Fact]
    public void Format_chooses_the_reports()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "The museum received 2,300 visitors on its opening day.");
        using var reports = new TempCorpus();
        var output = reports.Root;
        var (exit, _, _) = CliRunner.Run("analyze", corpus.Root, "--out", output, "--format", "md,csv");
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Join(output, "report.md")));
        Assert.True(File.Exists(Path.Join(output, "claims.csv")));
        Assert.False(File.Exists(Path.Join(output, "report.html")));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("analyze", "corpus", "--format", "pdf");
        Assert.Equal(2, exit);
        Assert.Contains("pdf", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analysing_the_same_corpus_twice_gives_identical_files()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "The defence industry produces more than 1,000 military products.");
        corpus.Write("b.txt", "Officials said 44 days of war ended in 2020.");
        using var reports = new TempCorpus();
        var first = reports.PathOf("one");
        var second = reports.PathOf("two");
        CliRunner.Run("analyze", corpus.Root, "--out", first);
        CliRunner.Run("analyze", corpus.Root, "--out", second);
        foreach (var file in new[] { "report.md", "report.html", "analysis.json", "claims.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Join(first, file)), File.ReadAllBytes(Path.Join(second, file)));
        }
    }
}
