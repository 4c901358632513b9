using System.Text.Json;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Jsonl_prints_one_claim_object_per_line_with_every_contract_field()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("The ministry showed more than 800 new weapons in 2019.", "extract", "-", "--format", "jsonl");
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var claim = JsonDocument.Parse(lines[0]);
        string[] fields = ["id", "documentId", "text", "sentence", "start", "end", "kind", "value", "low", "high", "qualifier", "unit", "date", "asOf", "speaker"];
        Assert.All(fields, f => Assert.True(claim.RootElement.TryGetProperty(f, out _), $"missing {f}"));
        Assert.Equal("more-than", claim.RootElement.GetProperty("qualifier").GetString());
        Assert.Equal("2019", claim.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Json_prints_the_schema_version_documents_and_claims()
    {
        var (exit, stdout, _) = CliRunner.RunWithInput("It has 30 partners.", "extract", "-", "--format", "json");
        Assert.Equal(0, exit);
        using var result = JsonDocument.Parse(stdout);
        Assert.Equal(1, result.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("-", result.RootElement.GetProperty("documents")[0].GetProperty("id").GetString());
        Assert.Equal(30, result.RootElement.GetProperty("claims")[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public void Table_is_plain_text_when_redirected()
    {
        var (exit, stdout, _) = CliRunner.RunWithInput("It has 30 partners.", "extract", "-");
        Assert.Equal(0, exit);
        Assert.Contains("30 partners", stdout, StringComparison.Ordinal);
        Assert.Contains("1 document, 1 claim", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_one_clear_line_on_stderr_and_exit_2()
    {
        var (exit, _, stderr) = CliRunner.Run("extract", "no-such-folder", "--format", "jsonl");
        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("no-such-folder", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("extract", "-", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_shows_help_and_exits_2()
    {
        var (exit, stdout, _) = CliRunner.Run();
        Assert.Equal(2, exit);
        Assert.Contains("extract", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0()
    {
        var (exit, stdout, _) = CliRunner.Run("extract", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--format", stdout, StringComparison.Ordinal);
    }
}
