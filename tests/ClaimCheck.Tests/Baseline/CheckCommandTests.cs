using System.Text.Json;
using System.Xml;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Baseline;

public sealed class CheckCommandTests
{
    private const string Article = "Weapons\n\nAccording to minister Madat Guliyev, Azerbaijan is working on more than 800 new weapons.\n\nThe plant employs 1,200 engineers.\n";

    private static (TempCorpus Corpus, string Baseline) CorpusWithBaseline()
    {
        var corpus = new TempCorpus();
        corpus.Write("docs/a.txt", Article);
        var baseline = corpus.PathOf("baseline.json");
        var (exit, _, stderr) = CliRunner.Run("baseline", corpus.PathOf("docs"), "--out", baseline);
        Assert.True(exit == 0, stderr);
        return (corpus, baseline);
    }

    [Fact]
    public void The_baseline_round_trip_is_byte_identical()
    {
        var (corpus, baseline) = CorpusWithBaseline();
        using (corpus)
        {
            var first = File.ReadAllBytes(baseline);
            var (exit, _, _) = CliRunner.Run("check", corpus.PathOf("docs"), "--baseline", baseline, "--update");
            Assert.Equal(0, exit);
            Assert.Equal(first, File.ReadAllBytes(baseline));
            var text = File.ReadAllText(baseline);
            Assert.DoesNotContain(corpus.Root, text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"start\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unchanged_corpus_passes()
    {
        var (corpus, baseline) = CorpusWithBaseline();
        using (corpus)
        {
            var (exit, stdout, _) = CliRunner.Run("check", corpus.PathOf("docs"), "--baseline", baseline);
            Assert.Equal(0, exit);
            Assert.Contains("0 change(s)", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_edited_figure_fails_with_a_github_annotation_at_the_claim()
    {
        var (corpus, baseline) = CorpusWithBaseline();
        using (corpus)
        {
            corpus.Write("docs/a.txt", Article.Replace("800", "900", StringComparison.Ordinal));
            var (exit, stdout, _) = CliRunner.Run("check", corpus.PathOf("docs"), "--baseline", baseline, "--format", "github");
            Assert.Equal(1, exit);
            var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("::error file=", line, StringComparison.Ordinal);
            Assert.Contains("a.txt,line=3,col=63", line, StringComparison.Ordinal);
            Assert.Contains("changed-value", line, StringComparison.Ordinal);
            Assert.Contains("more than 800 new weapons → more than 900 new weapons", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unrelated_paragraph_keeps_every_id()
    {
        var (corpus, baseline) = CorpusWithBaseline();
        using (corpus)
        {
            corpus.Write("docs/a.txt", "Editor's note: this story was updated.\n\n" + Article + "\nThe ministry declined to comment.\n");
            var (exit, stdout, _) = CliRunner.Run("check", corpus.PathOf("docs"), "--baseline", baseline, "--fail-on", "new-claim,removed-claim,changed-value");
            Assert.True(exit == 0, stdout);
        }
    }

    [Fact]
    public void New_and_removed_claims_fail_only_when_asked()
    {
        var (corpus, baseline) = CorpusWithBaseline();
        using (corpus)
        {
            corpus.Write("docs/a.txt", Article.Replace("The plant employs 1,200 engineers.", "The museum received 2,300 visitors.", StringComparison.Ordinal));
            Assert.Equal(0, CliRunner.Run("check", corpus.PathOf("docs"), "--baseline", baseline).Exit);
            var (exit, stdout, _) = CliRunner.Run("check", corpus.PathOf("docs"), "--baseline", baseline, "--fail-on", "new-claim,removed-claim");
            Assert.Equal(1, exit);
            Assert.Contains("new-claim", stdout, StringComparison.Ordinal);
            Assert.Contains("removed-claim", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Junit_output_is_xml_with_a_test_case_per_group()
    {
        var (corpus, baseline) = CorpusWithBaseline();
        using (corpus)
        {
            corpus.Write("docs/a.txt", Article.Replace("800", "900", StringComparison.Ordinal));
            var (exit, stdout, _) = CliRunner.Run("check", corpus.PathOf("docs"), "--baseline", baseline, "--format", "junit");
            Assert.Equal(1, exit);
            var xml = new XmlDocument();
            xml.LoadXml(stdout);
            var cases = xml.SelectNodes("/testsuites/testsuite/testcase")!;
            Assert.Equal(2, cases.Count);
            var failures = xml.SelectNodes("//testcase/failure")!;
            Assert.Equal(1, failures.Count);
            Assert.Equal("changed-value", failures[0]!.Attributes!["type"]!.Value);
            Assert.Equal("1", xml.SelectSingleNode("/testsuites")!.Attributes!["failures"]!.Value);
        }
    }

    [Fact]
    public void Sarif_output_has_the_required_fields()
    {
        var (corpus, baseline) = CorpusWithBaseline();
        using (corpus)
        {
            corpus.Write("docs/a.txt", Article.Replace("800", "900", StringComparison.Ordinal));
            var sarifPath = corpus.PathOf("check.sarif");
            var (exit, _, _) = CliRunner.Run("check", corpus.PathOf("docs"), "--baseline", baseline, "--format", "sarif", "--out", sarifPath);
            Assert.Equal(1, exit);
            using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
            var root = sarif.RootElement;
            Assert.Equal("2.1.0", root.GetProperty("version").GetString());
            var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
            Assert.Equal("ClaimCheck", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
            var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
            var result = Assert.Single(run.GetProperty("results").EnumerateArray());
            Assert.Contains(result.GetProperty("ruleId").GetString(), ruleIds);
            Assert.Equal("error", result.GetProperty("level").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("a.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        }
    }

    [Fact]
    public void A_missing_baseline_is_a_usage_error_that_says_what_to_do()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", Article);
        var (exit, _, stderr) = CliRunner.Run("check", corpus.Root, "--baseline", corpus.PathOf("none.json"));
        Assert.Equal(2, exit);
        Assert.Contains("claimcheck baseline", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_fail_on_kind_is_a_usage_error()
    {
        var (exit, _, _) = CliRunner.Run("check", "corpus", "--fail-on", "typo");
        Assert.Equal(2, exit);
    }
}

public sealed class SeedCheckTests
{
    [Fact]
    public void Editing_a_seed_figure_fails_the_check_against_the_committed_baseline()
    {
        using var copy = new TempCorpus();
        foreach (var file in Directory.GetFiles(RepoRoot.CorpusFolder))
        {
            File.Copy(file, copy.PathOf(Path.GetFileName(file)));
        }

        var seed = copy.PathOf("002_61d4dc922fc649e5.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("more than 800 new weapons", "more than 900 new weapons", StringComparison.Ordinal));
        var baseline = Path.Join(RepoRoot.Path, "reports", "baseline.json");
        Assert.Equal(0, CliRunner.Run("check", RepoRoot.CorpusFolder, "--baseline", baseline).Exit);

        var (exit, stdout, _) = CliRunner.Run("check", copy.Root, "--baseline", baseline, "--format", "github");
        Assert.Equal(1, exit);
        var annotation = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("002_61d4dc922fc649e5.txt,line=17,col=119", annotation, StringComparison.Ordinal);
        Assert.Contains("title=claimcheck changed-value::\"more than 900 new weapons\" changed: more than 800 new weapons → more than 900 new weapons", annotation, StringComparison.Ordinal);
    }
}
