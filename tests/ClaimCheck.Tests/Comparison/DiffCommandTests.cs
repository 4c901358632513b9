using System.Text.Json;
using ClaimCheck.Cli.Commands;
using ClaimCheck.Comparison;
using ClaimCheck.Tests.Support;
using Spectre.Console;

namespace ClaimCheck.Tests.Comparison;

public sealed class DiffCommandTests
{
    private static readonly string OldFixture = ComparisonReportTests.FixturePath("old.md");
    private static readonly string NewFixture = ComparisonReportTests.FixturePath("new.md");

    [Fact]
    public void Identical_texts_exit_0()
    {
        var (exit, stdout, stderr) = CliRunner.Run("diff", OldFixture, OldFixture);

        Assert.True(exit == 0, stderr);
        Assert.Contains("The texts are identical.", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Different_texts_exit_1_with_the_claim_changes_and_the_word_diff_in_plain_text()
    {
        var (exit, stdout, stderr) = CliRunner.Run("diff", OldFixture, NewFixture);

        Assert.True(exit == 1, stderr);
        Assert.Empty(stderr);
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
        Assert.Contains("│ changed │ more than 800 new weapons │ more than 900 new weapons │", stdout, StringComparison.Ordinal);
        Assert.Contains("Claims: 1 changed, 1 added, 1 removed, 4 unchanged. The texts differ.", stdout, StringComparison.Ordinal);
        Assert.Contains("currently working on more than [-800-]{+900+} new weapons.", stdout, StringComparison.Ordinal);
        Assert.Contains("[-At the exhibition in Istanbul, the ministry showed 40 drones.-]", stdout, StringComparison.Ordinal);
        Assert.Contains("the minister said. {+Exports reached $200 million last year.+}", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void With_colour_deletions_are_red_and_struck_through_and_insertions_green_and_both_keep_their_markers()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.No,
        });

        DiffTerminal.Write(TextComparer.Compare("It showed more than 800 new [weapons].", "It showed more than 900 new [weapons]."), console);

        var text = output.ToString();
        // The markers stay with colour: text copied out of a terminal loses its colour.
        Assert.Contains("\u001b[9;91m[-800-]\u001b[0m\u001b[32m{+900+}\u001b[0m", text, StringComparison.Ordinal);
        Assert.Contains("[weapons]", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md", "# ClaimCheck diff")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("json", "{\n  \"schemaVersion\": 1,")]
    public void Each_format_goes_to_standard_output(string format, string start)
    {
        var (exit, stdout, stderr) = CliRunner.Run("diff", OldFixture, NewFixture, "--format", format);

        Assert.True(exit == 1, stderr);
        Assert.StartsWith(start, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_report_to_a_file_and_prints_one_line()
    {
        using var folder = new TempCorpus();
        var path = folder.PathOf("reports/diff.md");

        var (exit, stdout, stderr) = CliRunner.Run("diff", OldFixture, NewFixture, "--format", "md", "--out", path);

        Assert.True(exit == 1, stderr);
        Assert.Equal(ComparisonReport.ToString(ComparisonReportTests.Fixture(), ComparisonFormat.Markdown), File.ReadAllText(path));
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, stdout, StringComparison.Ordinal);
        Assert.Equal(["diff.md"], Directory.GetFiles(folder.PathOf("reports")).Select(Path.GetFileName));
    }

    [Fact]
    public void Out_with_the_terminal_format_writes_plain_text()
    {
        using var folder = new TempCorpus();
        var path = folder.PathOf("diff.txt");

        var (exit, _, stderr) = CliRunner.Run("diff", OldFixture, NewFixture, "--out", path);

        Assert.True(exit == 1, stderr);
        var text = File.ReadAllText(path);
        Assert.Contains("[-800-]{+900+}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_side_may_be_standard_input()
    {
        using var folder = new TempCorpus();
        var old = folder.Write("old.txt", "Azerbaijan is working on more than 800 new weapons.");

        var (exit, stdout, stderr) = CliRunner.RunWithInput("Azerbaijan is working on more than 900 new weapons.", "diff", old, "-", "--format", "json");

        Assert.True(exit == 1, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("-", json.RootElement.GetProperty("new").GetProperty("id").GetString());
        Assert.Equal("changed", json.RootElement.GetProperty("claimChanges")[0].GetProperty("change").GetString());
    }

    [Fact]
    public void An_empty_version_is_compared_like_any_other_text()
    {
        using var folder = new TempCorpus();
        var empty = folder.Write("empty.txt", string.Empty);

        var (exit, stdout, stderr) = CliRunner.Run("diff", empty, NewFixture, "--format", "json");
        var (stdinExit, _, stdinError) = CliRunner.RunWithInput("\n", "diff", "-", NewFixture);

        Assert.True(exit == 1, stderr);
        Assert.Empty(stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("removed").GetInt32());
        Assert.Equal(6, json.RootElement.GetProperty("summary").GetProperty("added").GetInt32());
        Assert.True(stdinExit == 1, stdinError);
    }

    [Fact]
    public void A_missing_file_is_one_clear_line_on_stderr_and_exit_2()
    {
        var (exit, stdout, stderr) = CliRunner.Run("diff", OldFixture, "no-such-file.txt");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("error: NEW file 'no-such-file.txt' not found; check the path, or pass '-' to read it from standard input.", line);
    }

    [Fact]
    public void Both_sides_from_standard_input_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.RunWithInput("text", "diff", "-", "-");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: only one of OLD and NEW can be '-'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_or_a_jsonl_file_of_several_documents_is_an_input_error()
    {
        using var folder = new TempCorpus();
        var jsonl = folder.Write("two.jsonl", "{\"id\":\"a\",\"text\":\"It has 30 partners.\"}\n{\"id\":\"b\",\"text\":\"It has 31 partners.\"}\n");
        var one = folder.Write("one.jsonl", "{\"id\":\"a\",\"text\":\"It has 30 partners.\"}\n");

        var (folderExit, _, folderError) = CliRunner.Run("diff", folder.Root, OldFixture);
        var (jsonlExit, _, jsonlError) = CliRunner.Run("diff", jsonl, OldFixture);
        var (oneExit, _, oneError) = CliRunner.Run("diff", one, one);

        Assert.Equal(2, folderExit);
        Assert.Contains("is a folder", folderError, StringComparison.Ordinal);
        Assert.Equal(2, jsonlExit);
        Assert.Contains("'" + jsonl + "' is a corpus of 2 documents (one per line: a, b), not one text; diff compares two versions of one text", jsonlError, StringComparison.Ordinal);
        Assert.Contains("'claimcheck baseline'", jsonlError, StringComparison.Ordinal);
        Assert.True(oneExit == 0, oneError);
    }

    [Fact]
    public void A_claim_file_is_named_as_one_not_counted_as_documents()
    {
        // What 'extract --format jsonl' writes: one claim per line, each with an id and a text, like a corpus line.
        using var folder = new TempCorpus();
        var corpus = folder.Write("corpus/a.txt", "The plant employs 1,200 workers and runs 3 lines. It exported 40 tractors.");
        var (extracted, claims, _) = CliRunner.Run("extract", corpus, "--format", "jsonl");
        Assert.Equal(0, extracted);
        var file = folder.Write("claims.jsonl", claims);
        var count = claims.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(count > 1);

        var (exit, _, stderr) = CliRunner.Run("diff", file, OldFixture);
        var single = folder.Write("one-claim.jsonl", claims.Split('\n')[0] + "\n");
        var (singleExit, _, singleError) = CliRunner.Run("diff", OldFixture, single);

        Assert.Equal(2, exit);
        Assert.Equal(
            $"error: OLD '{file}' holds {count} claims written by 'claimcheck extract', not a text; diff compares two versions of one text: give the documents themselves (.txt, .md, .html, or a .jsonl of one line). "
            + "To compare the figures of two corpora, write a baseline of one with 'claimcheck baseline' and check the other against it with 'claimcheck check'.\n",
            stderr);
        Assert.DoesNotContain("documents", stderr.Split(';')[0], StringComparison.Ordinal);
        Assert.Equal(2, singleExit);
        Assert.Contains($"NEW '{single}' holds 1 claim written by 'claimcheck extract'", singleError, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("diff", OldFixture).Exit);
        Assert.Equal(2, CliRunner.Run("diff", OldFixture, NewFixture, "--format", "xml").Exit);
        using var folder = new TempCorpus();
        Assert.Equal(2, CliRunner.Run("diff", folder.Write("a.pdf", "x"), OldFixture).Exit);
    }

    [Fact]
    public void The_README_sample_is_the_real_output()
    {
        var relative = "tests/ClaimCheck.Tests/Comparison/Fixtures/";
        var (_, stdout, _) = CliRunner.Run("diff", OldFixture, NewFixture);
        var readme = File.ReadAllText(Path.Join(RepoRoot.Path, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains($"-- diff {relative}old.md {relative}new.md\n", readme, StringComparison.Ordinal);
        Assert.Contains("```\n" + stdout + "```\n", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes()
    {
        var first = CliRunner.Run("diff", OldFixture, NewFixture, "--format", "json").Stdout;
        var second = CliRunner.Run("diff", OldFixture, NewFixture, "--format", "json").Stdout;

        Assert.Equal(first, second);
    }
}
