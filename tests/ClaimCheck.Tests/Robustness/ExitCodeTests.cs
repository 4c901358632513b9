using ClaimCheck.Corpus;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Exit codes are the same for every command: 0 ok (warnings allowed), 1 the check failed (or, for diff, the texts
/// differ), 2 a usage or input error. Every error line says what to do; the rest of the run goes on.
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private const string Paragraph = "The ministry said that 32 representatives of 21 countries took part in the tour.";

    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    public static TheoryData<string> CorpusCommands => ["extract", "analyze", "baseline", "check", "review"];

    [Theory]
    [MemberData(nameof(CorpusCommands))]
    public void A_missing_path_is_exit_2_with_a_message_that_says_what_to_do_and_the_rest_still_runs(string command)
    {
        corpus.Write("corpus/a.txt", Paragraph);
        var missing = corpus.PathOf("nope");
        var (exit, stdout, stderr) = Run(command, missing, corpus.PathOf("corpus"));
        Assert.Equal(2, exit);
        Assert.Contains($"error: {missing}: no such file or folder; check the path, or run from the folder that holds the corpus.", stderr, StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, stdout); // the documents that could be read were still used
    }

    [Theory]
    [MemberData(nameof(CorpusCommands))]
    public void Warnings_alone_are_exit_0(string command)
    {
        corpus.Write("corpus/a.txt", Paragraph);
        corpus.Write("corpus/empty.txt", string.Empty);
        corpus.WriteBytes("corpus/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        var (exit, _, stderr) = Run(command, corpus.PathOf("corpus"));
        Assert.True(exit == 0, stderr);
        Assert.Contains("warning: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("error: ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CorpusCommands))]
    public void Max_document_size_skips_larger_files_with_a_warning(string command)
    {
        corpus.Write("corpus/a.txt", Paragraph);
        corpus.Write("corpus/big.txt", string.Concat(Enumerable.Repeat(Paragraph + "\n", 100)));
        var (exit, _, stderr) = Run(command, corpus.PathOf("corpus"), "--max-document-size", "2KB");
        Assert.True(exit == 0, stderr);
        Assert.Contains("big.txt: file of 7.9 KB is larger than the largest document read (2 KB); skipped. Raise --max-document-size to read it, or split the file.", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("analyze")]
    [InlineData("baseline")]
    [InlineData("check")]
    [InlineData("review")]
    [InlineData("diff")]
    public void Max_document_size_is_documented_and_validated(string command)
    {
        var (_, help, _) = CliRunner.Run(command, "--help");
        Assert.Contains("--max-document-size", help, StringComparison.Ordinal);
        Assert.Contains("[default: 50MB]", help, StringComparison.Ordinal);
        var (exit, _, stderr) = CliRunner.Run(command, "--max-document-size", "lots", "x", "y");
        Assert.Equal(2, exit);
        Assert.Contains("'lots' is not a size; write a number of bytes or KB, MB or GB, e.g. --max-document-size 200MB.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_exit_2_with_what_to_do()
    {
        corpus.Write("corpus/a.txt", Paragraph);
        var blocker = corpus.Write("not-a-folder", "a file where the reports folder should be");
        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.PathOf("corpus"), "--out", Path.Join(blocker, "reports"));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.Contains("Check that the path is right, that it is a folder where one is expected, and that the disk has room.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_refuses_a_file_larger_than_the_limit_without_reading_it()
    {
        var small = corpus.Write("old.txt", Paragraph);
        var big = corpus.Write("new.txt", string.Concat(Enumerable.Repeat(Paragraph + "\n", 100)));
        var (exit, _, stderr) = CliRunner.Run("diff", small, big, "--max-document-size", "1KB");
        Assert.Equal(2, exit);
        Assert.Contains($"error: NEW '{big}' (7.9 KB) is larger than the largest document read (1 KB); raise --max-document-size to compare it.", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("50MB", 50L << 20)]
    [InlineData("512 kb", 512L << 10)]
    [InlineData("2G", 2L << 30)]
    [InlineData("1048576", 1L << 20)]
    [InlineData("10B", 10)]
    public void Sizes_read_as_people_write_them(string text, long bytes)
    {
        Assert.True(DocumentSize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5MB")]
    [InlineData("1.5MB")]
    [InlineData("MB")]
    [InlineData("99999999999999999999GB")]
    [InlineData("9999999999GB")]
    public void Nonsense_sizes_are_refused(string text) => Assert.False(DocumentSize.TryParse(text, out _));

    private (int Exit, string Stdout, string Stderr) Run(string command, params string[] args)
    {
        var all = new List<string> { command };
        all.AddRange(args);
        switch (command)
        {
            case "analyze":
                all.AddRange(["--out", corpus.PathOf("reports")]);
                break;
            case "baseline":
                all.AddRange(["--out", corpus.PathOf("baseline.json")]);
                break;
            case "check":
                all.AddRange(["--baseline", corpus.PathOf("baseline.json"), "--update"]);
                break;
            case "review":
                all.AddRange(["--decisions", corpus.PathOf("reviews.yaml")]);
                break;
        }

        return CliRunner.Run([.. all]);
    }
}
