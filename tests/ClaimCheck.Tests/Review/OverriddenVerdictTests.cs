using System.Text.Json;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Review;

/// <summary>
/// Once an analyst overrides a verdict, every summary explains the analyst's verdict in the analyst's words: the
/// machine's explanation of the verdict it no longer holds ("both cannot be true at the same time") is not presented
/// as the group's explanation.
/// </summary>
public sealed class OverriddenVerdictTests
{
    private const string Note = "The same plants, counted before and after the merger.";
    private const string MachineReason = "both cannot be true at the same time";

    // Two interviews on one day: ClaimCheck finds a discrepancy, which the analyst overrides to a change.
    private static TempCorpus Overridden()
    {
        var corpus = new TempCorpus();
        corpus.Write("corpus/a.md", "title: Plants\npublished: 2021-03-01\n\nThe minister said the state operates more than 40 defence plants across the country.\n");
        corpus.Write("corpus/b.md", "title: Interview\npublished: 2021-03-01\n\nThe minister said the state operates up to 30 defence plants across the country.\n");
        var before = Analyze(corpus).Json;
        var group = Assert.Single(before.GetProperty("groups").EnumerateArray());
        Assert.Equal("discrepancy", group.GetProperty("verdict").GetString());
        var (exit, _, stderr) = CliRunner.Run("review", corpus.PathOf("corpus"), "--override", group.GetProperty("id").GetString()!, "--verdict", "change", "--note", Note, "--reviewer", "leyla");
        Assert.True(exit == 0, stderr);
        return corpus;
    }

    private static (string Stdout, JsonElement Json) Analyze(TempCorpus corpus)
    {
        var output = corpus.PathOf("out");
        var (exit, stdout, stderr) = CliRunner.Run("analyze", corpus.PathOf("corpus"), "--out", output, "--no-cache");
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Join(output, "analysis.json")));
        return (stdout, json.RootElement.Clone());
    }

    [Fact]
    public void The_terminal_summary_gives_the_analysts_verdict_as_the_example()
    {
        using var corpus = Overridden();
        var stdout = Analyze(corpus).Stdout;
        var row = Assert.Single(stdout.Split('\n'), line => line.Contains("│ change ", StringComparison.Ordinal));
        Assert.Contains("Analyst's verdict: change over time — The same plants", row, StringComparison.Ordinal);
        Assert.DoesNotContain(MachineReason, stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("allows (40, ∞)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_explanation_is_the_analysts_and_the_machines_verdict_is_kept_beside_it()
    {
        using var corpus = Overridden();
        var group = Assert.Single(Analyze(corpus).Json.GetProperty("groups").EnumerateArray());
        Assert.Equal("change", group.GetProperty("verdict").GetString());
        Assert.Equal($"Analyst's verdict: change over time — {Note} ClaimCheck had found: discrepancy.", group.GetProperty("explanation").GetString());
        Assert.Equal("discrepancy", group.GetProperty("review").GetProperty("machineVerdict").GetString());
    }

    [Fact]
    public void The_markdown_report_explains_the_group_in_the_analysts_words()
    {
        using var corpus = Overridden();
        Analyze(corpus);
        var markdown = File.ReadAllText(corpus.PathOf("out/report.md"));
        var heading = markdown.IndexOf("## Changes", StringComparison.Ordinal);
        var card = markdown[heading..markdown.IndexOf("## Agreements", StringComparison.Ordinal)];
        var lead = card[..card.IndexOf("Confidence ", StringComparison.Ordinal)];
        Assert.Contains($"Analyst's verdict: change over time — {Note} ClaimCheck had found: discrepancy.", lead, StringComparison.Ordinal);
        Assert.Contains("Reviewed by leyla", lead, StringComparison.Ordinal);
        Assert.DoesNotContain(MachineReason, lead, StringComparison.Ordinal);

        // The conflicts stay as evidence, but as what ClaimCheck had found, not as the group's explanation.
        var conflicts = card.IndexOf("**ClaimCheck had found these conflicts:**", StringComparison.Ordinal);
        Assert.True(conflicts >= 0, card);
        Assert.DoesNotContain("**Conflicts:**", card, StringComparison.Ordinal);
        Assert.True(card.IndexOf(MachineReason, StringComparison.Ordinal) > conflicts, card);
    }

    [Fact]
    public void The_html_report_explains_the_group_in_the_analysts_words()
    {
        using var corpus = Overridden();
        Analyze(corpus);
        var html = File.ReadAllText(corpus.PathOf("out/report.html"));
        const string Open = "<script type=\"application/json\" id=\"data\">";
        var start = html.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
        using var data = JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]);
        var group = Assert.Single(data.RootElement.GetProperty("groups").EnumerateArray());
        Assert.Equal("change", group.GetProperty("verdict").GetString());
        Assert.Equal($"Analyst's verdict: change over time — {Note} ClaimCheck had found: discrepancy.", group.GetProperty("explanation").GetString());
        Assert.StartsWith("Reviewed by leyla", group.GetProperty("review").GetString(), StringComparison.Ordinal);
        Assert.True(group.GetProperty("conflictsOverridden").GetBoolean());
        Assert.Contains("'ClaimCheck had found'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_confirmation_gives_back_the_machines_explanation()
    {
        using var corpus = Overridden();
        var group = Assert.Single(Analyze(corpus).Json.GetProperty("groups").EnumerateArray()).GetProperty("id").GetString()!;
        File.AppendAllText(corpus.PathOf("corpus/reviews.yaml"), $"  - action: confirm\n    group: {group}\n    verdict: discrepancy\n");
        var confirmed = Assert.Single(Analyze(corpus).Json.GetProperty("groups").EnumerateArray());
        Assert.Equal("discrepancy", confirmed.GetProperty("verdict").GetString());
        Assert.StartsWith("Discrepancy on 2021-03-01", confirmed.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }
}
