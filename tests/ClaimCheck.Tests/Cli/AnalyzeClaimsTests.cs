using System.Text.Json;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary><c>analyze --claims</c>: the reduce step over claim files written by <c>extract</c> on shards.</summary>
public sealed class AnalyzeClaimsTests
{
    [Fact]
    public void Claims_extracted_in_shards_give_the_same_groups_as_the_corpus()
    {
        using var corpus = new TempCorpus();
        corpus.Write("one/a.txt", "The defence industry produces more than 1,000 types of military products, the minister said in 2020.");
        corpus.Write("two/b.txt", "The defence industry produces more than 1,000 military products, the ministry said in 2023.");
        corpus.Write("two/c.txt", "The museum received 2,300 visitors on its opening day in 2021.");
        using var work = new TempCorpus();
        foreach (var shard in new[] { "one", "two" })
        {
            var (code, jsonl, err) = CliRunner.Run("extract", corpus.PathOf(shard), "--format", "jsonl");
            Assert.True(code == 0, err);
            work.Write($"claims/{shard}.jsonl", jsonl);
        }

        var (exit, stdout, stderr) = CliRunner.Run("analyze", "--claims", Path.Join(work.Root, "claims", "*.jsonl"), "--out", work.PathOf("reports"), "--format", "json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("1 agreement", stdout, StringComparison.Ordinal);
        using var analysis = JsonDocument.Parse(File.ReadAllText(work.PathOf("reports/analysis.json")));
        Assert.Equal(3, analysis.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number_and_the_other_claims_are_analysed()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "The museum received 2,300 visitors on its opening day in 2021.");
        var (_, jsonl, _) = CliRunner.Run("extract", corpus.Root, "--format", "jsonl");
        using var work = new TempCorpus();
        var file = work.Write("claims.jsonl", "{not json\n" + jsonl);

        var (exit, stdout, stderr) = CliRunner.Run("analyze", "--claims", file, "--out", work.PathOf("reports"), "--format", "md");
        Assert.Equal(2, exit);
        Assert.Contains("claims.jsonl:1:", stderr, StringComparison.Ordinal);
        Assert.Contains("1 document", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_paths_and_claim_files_together_are_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("analyze", "corpus", "--claims", "claims.jsonl");
        Assert.Equal(2, exit);
        Assert.Contains("not both", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_says_so()
    {
        using var work = new TempCorpus();
        var (exit, _, stderr) = CliRunner.Run("analyze", "--claims", Path.Join(work.Root, "*.jsonl"), "--out", work.PathOf("reports"));
        Assert.Equal(2, exit);
        Assert.Contains("no claim file matches", stderr, StringComparison.Ordinal);
    }
}
