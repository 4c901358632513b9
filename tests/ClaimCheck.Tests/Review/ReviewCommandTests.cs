using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Consistency;
using ClaimCheck.Diagnostics;
using ClaimCheck.Review;
using ClaimCheck.Tests.Support;
using Spectre.Console.Testing;

namespace ClaimCheck.Tests.Review;

public sealed class ReviewCommandTests
{
    private static TempCorpus Fixture()
    {
        var corpus = new TempCorpus();
        corpus.Write("corpus/a.txt", "The defence industry produces more than 1,000 types of military products, the minister said in 2020.");
        corpus.Write("corpus/b.txt", "The defence industry produces more than 1,000 military products, the ministry said in 2023.");
        corpus.Write("corpus/c.txt", "The museum received 2,300 visitors on its opening day. The zoo received 2,300 guests on its first day.");
        return corpus;
    }

    private static JsonElement Analyze(TempCorpus corpus)
    {
        var output = corpus.PathOf("out");
        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.PathOf("corpus"), "--out", output, "--format", "json,md");
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Join(output, "analysis.json")));
        return json.RootElement.Clone();
    }

    private static string GroupOf(JsonElement analysis, string text)
    {
        var id = analysis.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("text").GetString() == text).GetProperty("id").GetString();
        return analysis.GetProperty("groups").EnumerateArray().First(g => g.GetProperty("claimIds").EnumerateArray().Any(c => c.GetString() == id)).GetProperty("id").GetString()!;
    }

    private static string ClaimId(JsonElement analysis, string text) =>
        analysis.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("text").GetString() == text).GetProperty("id").GetString()!;

    private static JsonElement Group(JsonElement analysis, string id) =>
        analysis.GetProperty("groups").EnumerateArray().First(g => g.GetProperty("id").GetString() == id);

    [Fact]
    public void Accepting_a_group_is_recorded_and_shown_in_the_next_report()
    {
        using var corpus = Fixture();
        var group = GroupOf(Analyze(corpus), "more than 1,000 types of military products");
        var (exit, stdout, stderr) = CliRunner.Run("review", corpus.PathOf("corpus"), "--accept", group, "--note", "Both quote the ministry.", "--reviewer", "leyla");
        Assert.True(exit == 0, stderr);
        Assert.Contains("recorded 1 decision", stdout, StringComparison.Ordinal);
        Assert.Contains("action: confirm", File.ReadAllText(corpus.PathOf("corpus/reviews.yaml")), StringComparison.Ordinal);

        var review = Group(Analyze(corpus), group).GetProperty("review");
        Assert.Equal("confirm", review.GetProperty("action").GetString());
        Assert.Equal("leyla", review.GetProperty("reviewer").GetString());
        Assert.Contains("Reviewed by leyla", File.ReadAllText(corpus.PathOf("out/report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_changes_the_verdict_and_keeps_the_machines_opinion()
    {
        using var corpus = Fixture();
        var group = GroupOf(Analyze(corpus), "more than 1,000 types of military products");
        Assert.Equal(0, CliRunner.Run("review", corpus.PathOf("corpus"), "--override", group, "--verdict", "discrepancy", "--note", "Different product counts.").Exit);
        var reviewed = Group(Analyze(corpus), group);
        Assert.Equal("discrepancy", reviewed.GetProperty("verdict").GetString());
        Assert.Equal("agreement", reviewed.GetProperty("review").GetProperty("machineVerdict").GetString());
    }

    [Fact]
    public void A_split_puts_the_claim_in_a_group_of_its_own()
    {
        using var corpus = Fixture();
        var analysis = Analyze(corpus);
        var claim = ClaimId(analysis, "More than 1,000 military products".Replace("More", "more", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run("review", corpus.PathOf("corpus"), "--split", claim).Exit);
        var after = Analyze(corpus);
        Assert.NotEqual(GroupOf(after, "more than 1,000 types of military products"), GroupOf(after, "more than 1,000 military products"));
    }

    [Fact]
    public void A_merge_puts_claims_in_one_group()
    {
        using var corpus = Fixture();
        var analysis = Analyze(corpus);
        var visitors = ClaimId(analysis, "2,300 visitors");
        var guests = ClaimId(analysis, "2,300 guests");
        Assert.NotEqual(GroupOf(analysis, "2,300 visitors"), GroupOf(analysis, "2,300 guests"));
        Assert.Equal(0, CliRunner.Run("review", corpus.PathOf("corpus"), "--merge", visitors + "," + guests).Exit);
        var after = Analyze(corpus);
        Assert.Equal(GroupOf(after, "2,300 visitors"), GroupOf(after, "2,300 guests"));
    }

    [Fact]
    public void An_ignored_claim_leaves_every_group()
    {
        using var corpus = Fixture();
        var claim = ClaimId(Analyze(corpus), "2,300 visitors");
        Assert.Equal(0, CliRunner.Run("review", corpus.PathOf("corpus"), "--ignore", claim).Exit);
        var after = Analyze(corpus);
        Assert.Contains(claim, after.GetProperty("ignoredClaimIds").EnumerateArray().Select(c => c.GetString()));
        Assert.DoesNotContain(after.GetProperty("groups").EnumerateArray(), g => g.GetProperty("claimIds").EnumerateArray().Any(c => c.GetString() == claim));
    }

    [Fact]
    public void A_decision_about_a_claim_that_no_longer_exists_is_reported_as_stale()
    {
        using var corpus = Fixture();
        corpus.Write("corpus/reviews.yaml", "# keep this comment\ndecisions:\n  - action: ignore\n    claims: [c0000000000000000]\n");
        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.PathOf("corpus"), "--out", corpus.PathOf("out"));
        Assert.Equal(0, exit);
        Assert.Contains("reviews.yaml:3: stale ignore decision", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Appending_keeps_comments_and_concurrent_writers_lose_nothing()
    {
        using var corpus = Fixture();
        var file = corpus.PathOf("decisions.yaml");
        File.WriteAllText(file, "# analysts' notes: keep me\ndecisions:\n");
        Parallel.For(0, 16, i => ReviewFile.Append(file, [new ReviewDecision(ReviewAction.Ignore, null, [$"c{i:D16}"], null, $"note {i}: \"quoted\"", "bot", "2026-11-23")]));
        var text = File.ReadAllText(file);
        Assert.StartsWith("# analysts' notes: keep me", text, StringComparison.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var decisions = ReviewFile.Read(file, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(16, decisions.Count);
        Assert.Contains(decisions, d => d.Note == "note 3: \"quoted\"");
        Assert.Empty(Directory.GetFiles(corpus.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_interactive_review_records_the_analysts_choice()
    {
        using var corpus = Fixture();
        var console = new TestConsole().Interactive();
        console.Input.PushKey(ConsoleKey.Enter);        // "Accept the verdict" (first choice)
        console.Input.PushTextWithEnter("Same quote."); // the note
        using var output = new StringWriter();
        var io = new CliIo(new StringReader(string.Empty), output, new StringWriter()) { Prompter = console };
        var exit = CliApp.Run(["review", corpus.PathOf("corpus")], io);
        Assert.Equal(0, exit);
        var decision = Assert.Single(ReviewFile.Read(corpus.PathOf("corpus/reviews.yaml"), []));
        Assert.Equal(ReviewAction.Confirm, decision.Action);
        Assert.Equal("Same quote.", decision.Note);
        Assert.Contains("1 decision(s) recorded", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_review_lists_the_groups_to_review()
    {
        using var corpus = Fixture();
        var (exit, stdout, _) = CliRunner.Run("review", corpus.PathOf("corpus"));
        Assert.Equal(0, exit);
        Assert.Contains("group(s) to review", stdout, StringComparison.Ordinal);
        Assert.Contains("agreement", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_review_lists_the_claim_ids_that_split_merge_and_ignore_take()
    {
        using var corpus = Fixture();
        var (_, stdout, _) = CliRunner.Run("review", corpus.PathOf("corpus"));
        var analysis = AnalysisJsonOf(corpus);

        var group = analysis.Groups.First(g => g.Verdict != ClaimCheck.Consistency.Verdict.Single);
        foreach (var id in group.ClaimIds)
        {
            var claim = analysis.Claims.Single(c => c.Id == id);
            Assert.Contains($"    {id}  ", stdout, StringComparison.Ordinal);
            Assert.Contains(claim.Text, stdout[stdout.IndexOf(id, StringComparison.Ordinal)..], StringComparison.Ordinal);
        }
    }

    private static ClaimCheck.Consistency.AnalysisResult AnalysisJsonOf(TempCorpus corpus) =>
        ClaimCheck.ClaimAnalysis.Analyze([corpus.PathOf("corpus")]).Result;
}
