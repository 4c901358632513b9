using ClaimCheck.Consistency;
using ClaimCheck.Diagnostics;
using ClaimCheck.Matching;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Consistency;

public sealed class SettingsTests
{
    private const string Speech = "Foreign investors registered 75 firms in the free economic zone of Alat.";
    private const string Article = "Some 75 companies from abroad were registered in the Alat free economic zone.";

    [Fact]
    public void Defaults_are_documented_values()
    {
        var settings = AnalysisSettings.Default;
        Assert.Equal(62, settings.Threshold);
        Assert.Equal(180, settings.TimeWindowDays);
        Assert.Equal(0.05, settings.RoundTolerance);
        Assert.Equal(0.10, settings.ApproximateTolerance);
    }

    [Fact]
    public void The_manifest_sets_the_time_window()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "The minister said the state operates more than 40 defence plants across the country.");
        corpus.Write("b.txt", "The minister said the state operates up to 40 defence plants across the country.");
        corpus.Write("claimcheck.yaml", "documents:\n  a.txt:\n    published: 2021-01-01\n  b.txt:\n    published: 2021-03-01\n");
        var (_, close, _) = ClaimAnalysis.Analyze([corpus.Root]);
        Assert.Equal(Verdict.Discrepancy, close.Groups.Single(g => g.ClaimIds.Count == 2).Verdict);

        corpus.Write("claimcheck.yaml", "documents:\n  a.txt:\n    published: 2021-01-01\n  b.txt:\n    published: 2021-03-01\nmatching:\n  timeWindowDays: 30\n");
        var (_, apart, diagnostics) = ClaimAnalysis.Analyze([corpus.Root]);
        Assert.Empty(diagnostics);
        Assert.Equal(Verdict.Change, apart.Groups.Single(g => g.ClaimIds.Count == 2).Verdict);
    }

    [Fact]
    public void A_bad_setting_is_reported_with_its_line()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", Speech);
        corpus.Write("claimcheck.yaml", "matching:\n  threshold: lots\n");
        var (_, _, diagnostics) = ClaimAnalysis.Analyze([corpus.Root]);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("matching.threshold", diagnostic.Message, StringComparison.Ordinal);
    }
}
