using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// The CI gate cannot be walked around: a document that vanishes, becomes unreadable or changes date fails the check
/// by default, and a document that was renamed or moved is paired with its old self, so a figure changed on the way
/// is a <c>changed-value</c>, not a new claim and a removed one.
/// </summary>
public sealed class CheckGateTests : IDisposable
{
    private const string Harbour = "Harbour traffic\n\nThe port handled 4,200 ships in 2023, the authority said. Its cranes moved 310,000 containers.\n";
    private const string Airport = "Airport figures\n\nThe airport served 1.2 million passengers last year, its operator said.\n";

    private readonly TempCorpus corpus = new();

    public CheckGateTests()
    {
        corpus.Write("corpus/harbour.txt", Harbour);
        corpus.Write("corpus/airport.txt", Airport);
        corpus.Write("corpus/claimcheck.yaml", "documents:\n  harbour.txt:\n    published: 2024-01-10\n  airport.txt:\n    published: 2024-02-01\n");
        var (exit, _, stderr) = CliRunner.Run("baseline", corpus.PathOf("corpus"), "--out", corpus.PathOf("baseline.json"));
        Assert.True(exit == 0, stderr);
    }

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void A_renamed_document_with_a_changed_figure_fails_as_a_changed_value()
    {
        File.Delete(corpus.PathOf("corpus/harbour.txt"));
        corpus.Write("corpus/port-2023.txt", Harbour.Replace("4,200", "4,900", StringComparison.Ordinal));
        corpus.Write("corpus/claimcheck.yaml", "documents:\n  port-2023.txt:\n    published: 2024-01-10\n  airport.txt:\n    published: 2024-02-01\n");

        var (exit, stdout, _) = Check();

        Assert.Equal(1, exit);
        Assert.Contains("error: changed-value: \"4,900 ships\" changed", stdout, StringComparison.Ordinal);
        Assert.Contains("moved-document: harbour.txt is now port-2023.txt", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("removed-claim", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("new-claim", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_moved_into_a_folder_unchanged_passes_and_says_where_it_went()
    {
        File.Delete(corpus.PathOf("corpus/airport.txt"));
        corpus.Write("corpus/2024/airport.txt", Airport);
        corpus.Write("corpus/claimcheck.yaml", "documents:\n  harbour.txt:\n    published: 2024-01-10\n  2024/airport.txt:\n    published: 2024-02-01\n");

        var (exit, stdout, stderr) = Check();

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("note: moved-document: airport.txt is now 2024/airport.txt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_made_unreadable_by_a_nul_byte_fails_as_removed()
    {
        File.AppendAllText(corpus.PathOf("corpus/harbour.txt"), "\0");

        var (exit, stdout, stderr) = Check();

        Assert.Equal(1, exit);
        Assert.Contains("warning: ", stderr, StringComparison.Ordinal); // why it could not be read
        Assert.Contains("error: removed-document: harbour.txt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_document_fails()
    {
        File.Delete(corpus.PathOf("corpus/airport.txt"));

        var (exit, stdout, _) = Check();

        Assert.Equal(1, exit);
        Assert.Contains("error: removed-document: airport.txt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_whose_date_changed_fails_even_when_every_figure_is_the_same()
    {
        corpus.Write("corpus/claimcheck.yaml", "documents:\n  harbour.txt:\n    published: 2019-01-10\n  airport.txt:\n    published: 2024-02-01\n");

        var (exit, stdout, _) = Check();

        Assert.Equal(1, exit);
        Assert.Contains("error: changed-date: harbour.txt: published 2024-01-10 → 2019-01-10", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("junit", "<testcase classname=\"claimcheck.documents\" name=\"airport.txt\">")]
    [InlineData("sarif", "\"ruleId\": \"removed-document\"")]
    [InlineData("github", "::error file=")]
    public void Document_findings_reach_every_report_format(string format, string expected)
    {
        File.Delete(corpus.PathOf("corpus/airport.txt"));

        var (exit, stdout, _) = Check("--format", format);

        Assert.Equal(1, exit);
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
        Assert.Contains("airport.txt is gone", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_findings_can_be_left_out_of_the_failing_kinds()
    {
        File.Delete(corpus.PathOf("corpus/airport.txt"));

        var (exit, stdout, _) = Check("--fail-on", "changed-value");

        Assert.Equal(0, exit);
        Assert.Contains("warning: removed-document: airport.txt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_written_before_documents_were_recorded_still_checks_figures_and_says_how_to_refresh()
    {
        var path = corpus.PathOf("baseline.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json.Remove("documents");
        json["schemaVersion"] = 1;
        File.WriteAllText(path, json.ToJsonString());
        File.Delete(corpus.PathOf("corpus/airport.txt"));

        var (exit, stdout, stderr) = Check("--fail-on", "removed-claim");

        Assert.Equal(1, exit);
        Assert.Contains("removed-claim", stdout, StringComparison.Ordinal);
        Assert.Contains("records no documents", stderr, StringComparison.Ordinal);
        Assert.Contains("--update", stderr, StringComparison.Ordinal);
    }

    private (int Exit, string Stdout, string Stderr) Check(params string[] extra) =>
        CliRunner.Run(["check", corpus.PathOf("corpus"), "--baseline", corpus.PathOf("baseline.json"), .. extra]);
}
