using System.Net.Sockets;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Review;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Named pipes (FIFOs), sockets and devices where ClaimCheck expects a file: opening a FIFO waits for a writer that
/// may never come, so none of them is ever opened. Each is skipped with a warning naming it, and the run goes on.
/// Every call runs under a deadline, so a regression fails here instead of hanging the test run.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private const string Paragraph = "The ministry said that 32 representatives of 21 countries took part in the tour.";

    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    public static TheoryData<string> CorpusCommands => ["extract", "analyze", "baseline", "check", "review"];

    [UnixFact]
    public void A_named_pipe_in_a_corpus_folder_is_skipped_with_a_warning()
    {
        corpus.Write("a.txt", Paragraph);
        var pipe = NamedPipe.Create(corpus.PathOf("pipe.txt"));

        var result = NamedPipe.Within(() => CorpusLoader.Load([corpus.Root]), pipe);

        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Id));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, pipe), (warning.Severity, warning.Path));
        Assert.StartsWith("a named pipe (FIFO), not a regular file; skipped", warning.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_named_pipe_named_directly_is_skipped_with_a_warning_that_points_to_standard_input()
    {
        var pipe = NamedPipe.Create(corpus.PathOf("pipe.txt"));

        var result = NamedPipe.Within(() => CorpusLoader.Load([pipe, corpus.Write("a.txt", Paragraph)]), pipe);

        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Id));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, pipe), (warning.Severity, warning.Path));
        Assert.Contains("'-'", warning.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_named_pipe_as_the_manifest_is_ignored_with_a_warning_and_the_documents_load()
    {
        corpus.Write("a.txt", Paragraph);
        var pipe = NamedPipe.Create(corpus.PathOf("claimcheck.yaml"));

        var result = NamedPipe.Within(() => CorpusLoader.Load([corpus.Root]), pipe);

        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Id));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, Path.Join(corpus.Root, "claimcheck.yaml")), (warning.Severity, warning.Path));
        Assert.StartsWith("a named pipe (FIFO), not a regular file; manifest ignored", warning.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_named_pipe_as_the_decisions_file_applies_no_decisions_with_a_warning()
    {
        var pipe = NamedPipe.Create(corpus.PathOf("reviews.yaml"));
        var diagnostics = new List<Diagnostic>();

        var decisions = NamedPipe.Within(() => ReviewFile.Read(pipe, diagnostics), pipe);

        Assert.Empty(decisions);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, pipe), (warning.Severity, warning.Path));
        Assert.StartsWith("a named pipe (FIFO), not a regular file; no decisions applied", warning.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Recording_a_decision_into_a_named_pipe_fails_without_waiting_and_keeps_the_pipe()
    {
        var pipe = NamedPipe.Create(corpus.PathOf("reviews.yaml"));
        var decision = new ReviewDecision(ReviewAction.Ignore, null, ["c0000000000000001"], null, null, "me", "2026-01-02");

        var error = NamedPipe.Within(() => Record.Exception(() => ReviewFile.Append(pipe, [decision])), pipe);

        Assert.IsAssignableFrom<IOException>(error);
        Assert.Contains("named pipe", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(pipe).Length); // not replaced by a regular file: nothing was written
    }

    [UnixFact]
    public void A_link_to_a_device_is_skipped_with_a_warning()
    {
        corpus.Write("a.txt", Paragraph);
        var link = corpus.PathOf("zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");

        var result = NamedPipe.Within(() => CorpusLoader.Load([corpus.Root]));

        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Id));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, link), (warning.Severity, warning.Path));
        Assert.Contains("device", warning.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_socket_in_a_corpus_folder_is_skipped_with_a_warning()
    {
        corpus.Write("a.txt", Paragraph);
        var path = corpus.PathOf("s.txt");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var result = NamedPipe.Within(() => CorpusLoader.Load([corpus.Root]));

        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Id));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, path), (warning.Severity, warning.Path));
        Assert.Contains("socket", warning.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Every_corpus_command_finishes_when_a_document_the_manifest_and_the_decisions_are_named_pipes()
    {
        foreach (var command in CorpusCommands)
        {
            using var scratch = new TempCorpus();
            scratch.Write("corpus/a.txt", Paragraph);
            string[] pipes = [.. new[] { "pipe.txt", "claimcheck.yaml", "reviews.yaml" }.Select(n => NamedPipe.Create(scratch.PathOf("corpus/" + n)))];

            var (exit, _, stderr) = NamedPipe.Within(() => Run(scratch, command, scratch.PathOf("corpus")), pipes);

            Assert.True(exit == 0, $"{command}: {stderr}");
            var read = command == "extract" ? pipes[..2] : pipes; // extract applies no decisions
            Assert.All(read, pipe => Assert.Contains($"warning: {pipe}: a named pipe (FIFO), not a regular file", stderr, StringComparison.Ordinal));
        }
    }

    [UnixFact]
    public void Analyze_finishes_when_its_cache_and_last_reports_became_named_pipes()
    {
        corpus.Write("corpus/a.txt", Paragraph);
        var reports = corpus.PathOf("reports");
        Assert.Equal(0, CliRunner.Run("analyze", corpus.PathOf("corpus"), "--out", reports).Exit);
        string[] pipes = [.. Directory.GetFiles(corpus.PathOf("corpus/.claimcheck")).Concat(Directory.GetFiles(reports))];
        Assert.NotEmpty(pipes);
        foreach (var file in pipes)
        {
            File.Delete(file);
            NamedPipe.Create(file);
        }

        var (exit, _, stderr) = NamedPipe.Within(() => CliRunner.Run("analyze", corpus.PathOf("corpus"), "--out", reports), pipes);

        Assert.True(exit == 0, stderr);
        Assert.Contains("1 document", File.ReadAllText(Path.Join(reports, "report.md")), StringComparison.Ordinal);
    }

    [UnixFact]
    public void Check_refuses_a_baseline_that_is_a_named_pipe()
    {
        corpus.Write("corpus/a.txt", Paragraph);
        var pipe = NamedPipe.Create(corpus.PathOf("baseline.json"));

        var (exit, _, stderr) = NamedPipe.Within(() => CliRunner.Run("check", corpus.PathOf("corpus"), "--baseline", pipe), pipe);

        Assert.Equal(2, exit);
        Assert.Contains($"error: {pipe}: a named pipe (FIFO), not a regular file", stderr, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Diff_refuses_a_named_pipe_and_points_to_standard_input()
    {
        var pipe = NamedPipe.Create(corpus.PathOf("old.txt"));

        var (exit, _, stderr) = NamedPipe.Within(() => CliRunner.Run("diff", pipe, corpus.Write("new.txt", Paragraph)), pipe);

        Assert.Equal(2, exit);
        Assert.Contains("a named pipe (FIFO), not a regular file", stderr, StringComparison.Ordinal);
        Assert.Contains("'-'", stderr, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_claim_file_that_is_a_named_pipe_is_an_error()
    {
        var pipe = NamedPipe.Create(corpus.PathOf("claims.jsonl"));

        var (exit, _, stderr) = NamedPipe.Within(() => CliRunner.Run("analyze", "--claims", pipe, "--out", corpus.PathOf("reports")), pipe);

        Assert.Equal(2, exit);
        Assert.Contains($"error: {pipe}: a named pipe (FIFO), not a regular file", stderr, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(TempCorpus scratch, string command, string path) => command switch
    {
        "analyze" => CliRunner.Run(command, path, "--out", scratch.PathOf("reports")),
        "baseline" => CliRunner.Run(command, path, "--out", scratch.PathOf("baseline.json")),
        "check" => CliRunner.Run(command, path, "--baseline", scratch.PathOf("baseline.json"), "--update"),
        _ => CliRunner.Run(command, path),
    };
}
