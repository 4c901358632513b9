using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Tests.Support;
using Spectre.Console.Testing;

namespace ClaimCheck.Tests.Review;

/// <summary>
/// <c>review</c> on a decisions file someone edited by hand: what it records, and every decision made before, is
/// applied by the next <c>analyze</c>; a file it cannot add to safely stops it before anything is written.
/// </summary>
public sealed class ReviewCommandHandEditTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public ReviewCommandHandEditTests()
    {
        corpus.Write("corpus/a.txt", "The defence industry produces more than 1,000 types of military products, the minister said in 2020.");
        corpus.Write("corpus/b.txt", "The defence industry produces more than 1,000 military products, the ministry said in 2023.");
        corpus.Write("corpus/c.txt", "The museum received 2,300 visitors on its opening day. The zoo received 2,300 guests on its first day.");
    }

    public void Dispose() => corpus.Dispose();

    /// <summary>Hand-written layouts; CLAIM stands for an earlier decision's claim id.</summary>
    public static TheoryData<string> Layouts() => new()
    {
        "decisions: []\n",
        "# ignored by hand\ndecisions:\n- action: ignore\n  claims: [CLAIM]\n",
        "decisions:\n    -   action: ignore\n        claims:\n            - CLAIM\n",
        "decisions: [{action: ignore, claims: [CLAIM]}]\n",
        "decisions:\n  - action: ignore\n    claims: [CLAIM]\nteam: desk\n",
        "# decisions: none yet\n",
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Review_then_analyze_applies_the_new_decision_and_every_earlier_one(string layout)
    {
        var analysis = Analyze();
        var group = GroupOf(analysis, "more than 1,000 types of military products");
        var claim = ClaimId(analysis, "2,300 visitors");
        corpus.Write("corpus/reviews.yaml", layout.Replace("CLAIM", claim, StringComparison.Ordinal));

        var (exit, stdout, stderr) = CliRunner.Run("review", corpus.PathOf("corpus"), "--accept", group, "--note", "Same\u2028quote.", "--reviewer", "leyla");
        Assert.True(exit == 0, stderr);
        Assert.Contains("recorded 1 decision", stdout, StringComparison.Ordinal);

        var after = Analyze();
        var review = after.GetProperty("groups").EnumerateArray().First(g => g.GetProperty("id").GetString() == group).GetProperty("review");
        Assert.Equal(("confirm", "Same\u2028quote."), (review.GetProperty("action").GetString(), review.GetProperty("note").GetString()));
        var ignored = after.GetProperty("ignoredClaimIds").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(layout.Contains("CLAIM", StringComparison.Ordinal), ignored.Contains(claim));
    }

    [Fact]
    public void Review_refuses_to_add_to_a_file_it_cannot_read_and_says_why()
    {
        var group = GroupOf(Analyze(), "more than 1,000 types of military products");
        var path = corpus.Write("corpus/reviews.yaml", "decisions:\n  - action: ignore\n    claims: [c1\n");

        var (exit, stdout, stderr) = CliRunner.Run("review", corpus.PathOf("corpus"), "--accept", group);

        Assert.Equal(2, exit);
        Assert.DoesNotContain("recorded", stdout, StringComparison.Ordinal);
        Assert.Contains($"error: {path}:3: not valid YAML", stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was recorded", stderr, StringComparison.Ordinal);
        Assert.Equal("decisions:\n  - action: ignore\n    claims: [c1\n", File.ReadAllText(path));
    }

    [Fact]
    public void The_interactive_review_stops_before_asking_when_it_could_not_record_the_answer()
    {
        var path = corpus.Write("corpus/reviews.yaml", "decisions:\n  team: desk\n");
        var console = new TestConsole().Interactive();
        using var error = new StringWriter();
        var io = new CliIo(new StringReader(string.Empty), new StringWriter(), error) { Prompter = console };

        var exit = CliApp.Run(["review", corpus.PathOf("corpus")], io);

        Assert.Equal(2, exit);
        Assert.Contains("'decisions' must be a list", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("What do you decide?", console.Output, StringComparison.Ordinal);
        Assert.Equal("decisions:\n  team: desk\n", File.ReadAllText(path));
    }

    private JsonElement Analyze()
    {
        var output = corpus.PathOf("out");
        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.PathOf("corpus"), "--out", output, "--format", "json");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("error", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Join(output, "analysis.json")));
        return json.RootElement.Clone();
    }

    private static string ClaimId(JsonElement analysis, string text) =>
        analysis.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("text").GetString() == text).GetProperty("id").GetString()!;

    private static string GroupOf(JsonElement analysis, string text)
    {
        var id = ClaimId(analysis, text);
        return analysis.GetProperty("groups").EnumerateArray().First(g => g.GetProperty("claimIds").EnumerateArray().Any(c => c.GetString() == id)).GetProperty("id").GetString()!;
    }
}
