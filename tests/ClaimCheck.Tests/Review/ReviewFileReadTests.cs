using ClaimCheck.Diagnostics;
using ClaimCheck.Review;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Review;

/// <summary>Reading <c>reviews.yaml</c>: a value of the wrong kind or an unknown key is reported at its line, never silently dropped.</summary>
public sealed class ReviewFileReadTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Theory]
    [InlineData("note: {a: b}", "'note' must be text, not a mapping")]
    [InlineData("reviewer: [leyla, omar]", "'reviewer' must be text, not a list")]
    [InlineData("date:\n      - 2026-11-23", "'date' must be text, not a list")]
    public void A_text_field_of_the_wrong_kind_is_an_error_and_the_rest_of_the_decision_stands(string field, string message)
    {
        var (decisions, diagnostics) = Read("decisions:\n  - action: ignore\n    claims: [c1]\n    " + field + "\n");

        var decision = Assert.Single(decisions);
        Assert.Equal(["c1"], decision.Claims);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, 4), (error.Severity, error.Line));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("action: [ignore]\n    claims: [c1]", "'action' must be text, not a list")]
    [InlineData("action: confirm\n    group: {id: g1}", "'group' must be text, not a mapping")]
    [InlineData("action: override\n    group: g1\n    verdict: [change]", "'verdict' must be text, not a list")]
    [InlineData("action: ignore\n    claims: {c1: yes}", "'claims' must be a list of claim ids, not a mapping")]
    [InlineData("action: merge\n    claims: [c1, [c2]]", "'claims' must be a list of claim ids; one is a list")]
    public void A_key_field_of_the_wrong_kind_is_an_error_and_the_decision_is_skipped(string fields, string message)
    {
        var (decisions, diagnostics) = Read("decisions:\n  - action: ignore\n    claims: [c0]\n  - " + fields + "\n");

        Assert.Equal(["c0"], Assert.Single(decisions).Claims);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.InRange(error.Line ?? 0, 4, 6);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("the decision is skipped.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_are_warnings_at_their_line_and_change_nothing_else()
    {
        var (decisions, diagnostics) = Read("decisions:\n  - action: ignore\n    claims: [c1]\n    note: {a: b}\n    notes: typo\nreviewed_by: team\n");

        Assert.Equal(["c1"], Assert.Single(decisions).Claims);
        Assert.Equal([(DiagnosticSeverity.Error, 4), (DiagnosticSeverity.Warning, 5), (DiagnosticSeverity.Warning, 6)], diagnostics.Select(d => (d.Severity, d.Line ?? 0)));
        Assert.Contains("'notes'", diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("'reviewed_by'", diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_decisions_key_is_reported_not_read_as_an_empty_file()
    {
        var (decisions, diagnostics) = Read("decision:\n  - action: ignore\n    claims: [c1]\n");

        Assert.Empty(decisions);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, 1), (warning.Severity, warning.Line));
        Assert.Contains("'decision'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_an_error()
    {
        var (decisions, diagnostics) = Read("- action: ignore\n  claims: [c1]\n");

        Assert.Empty(decisions);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, 1), (error.Severity, error.Line));
        Assert.Contains("'decisions:'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_size_limit_is_an_error_and_is_not_read()
    {
        var path = corpus.Write(ReviewFile.FileName, "# " + new string('x', 4096) + "\ndecisions:\n  - action: ignore\n    claims: [c1]\n");
        var diagnostics = new List<Diagnostic>();

        var decisions = ReviewFile.Read(path, diagnostics, maxSize: 1024);

        Assert.Empty(decisions);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, path), (error.Severity, error.Path));
        Assert.Contains("larger than the largest document read (1 KB)", error.Message, StringComparison.Ordinal);
        Assert.Single(ReviewFile.Read(path, [], maxSize: 1024 * 1024));
    }

    [Fact]
    public void Analyze_applies_its_document_size_limit_to_the_decisions_file()
    {
        corpus.Write("corpus/a.txt", "The plant employs 1,200 people, the ministry said in 2023.");
        corpus.Write("corpus/reviews.yaml", "# " + new string('x', 4096) + "\ndecisions:\n");

        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.PathOf("corpus"), "--out", corpus.PathOf("out"), "--max-document-size", "1KB");

        Assert.Equal(2, exit);
        Assert.Contains("reviews.yaml: decisions file larger than the largest document read (1 KB)", stderr, StringComparison.Ordinal);
    }

    private (IReadOnlyList<ReviewDecision> Decisions, List<Diagnostic> Diagnostics) Read(string yaml)
    {
        var path = corpus.Write(ReviewFile.FileName, yaml);
        var diagnostics = new List<Diagnostic>();
        var decisions = ReviewFile.Read(path, diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(path, d.Path));
        return (decisions, diagnostics);
    }
}
