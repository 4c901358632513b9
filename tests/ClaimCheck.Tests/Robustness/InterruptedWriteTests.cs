using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCheck.Cli;
using ClaimCheck.Tests.Support;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Nothing lost: the real <c>claimcheck</c> runs as a child process and is killed (SIGKILL, no chance to clean up) while it
/// writes reports, a baseline or review decisions. Every file is then either the complete previous version or the complete
/// new one, never a torn mix; what an interrupted write leaves behind is a hidden <c>.NAME.*.tmp</c> file that no command
/// reads as a result.
/// </summary>
public sealed class InterruptedWriteTests(ITestOutputHelper output) : IDisposable
{
    private const int Attempts = 10;

    private readonly TempCorpus work = new();

    public void Dispose() => work.Dispose();

    [Fact]
    public void Killing_analyze_while_it_writes_leaves_every_report_and_the_baseline_whole()
    {
        var corpus = work.PathOf("corpus");
        var reports = work.PathOf("reports");
        string[] names = ["report.md", "report.html", "analysis.json", "claims.csv", "baseline.json"];
        string[] args = ["analyze", corpus, "--out", reports, "--baseline-out", Path.Join(reports, "baseline.json")];

        WriteCorpus(corpus, 3_000, "widgets");
        Assert.Equal(0, CliRunner.Run(args).Exit);
        var previous = names.ToDictionary(n => n, n => File.ReadAllBytes(Path.Join(reports, n)));

        // The next version, written in full elsewhere, to know what a finished write looks like.
        WriteCorpus(corpus, 3_000, "gadgets");
        var next = work.PathOf("next");
        Assert.Equal(0, CliRunner.Run(["analyze", corpus, "--out", next, "--baseline-out", Path.Join(next, "baseline.json")]).Exit);
        var complete = names.ToDictionary(n => n, n => File.ReadAllBytes(Path.Join(next, n)));
        Assert.All(names, n => Assert.False(previous[n].AsSpan().SequenceEqual(complete[n]), $"{n} should change"));

        KillWhileWriting(args, reports, () =>
        {
            foreach (var name in names)
            {
                var bytes = File.ReadAllBytes(Path.Join(reports, name));
                Assert.True(bytes.AsSpan().SequenceEqual(previous[name]) || bytes.AsSpan().SequenceEqual(complete[name]), $"{name} is neither the previous nor the new version");
            }

            return names.Count(n => File.ReadAllBytes(Path.Join(reports, n)).AsSpan().SequenceEqual(previous[n]));
        }, restore: () =>
        {
            foreach (var name in names)
            {
                File.WriteAllBytes(Path.Join(reports, name), previous[name]);
            }
        });

        // The litter of a killed write is hidden and is not a result: the visible files are exactly the reports.
        Assert.Equal(names.Order(StringComparer.Ordinal), Directory.GetFiles(reports).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(reports).Select(Path.GetFileName).Where(n => n!.StartsWith('.')), n => Assert.EndsWith(".tmp", n, StringComparison.Ordinal));
    }

    [Fact]
    public void Killing_review_while_it_writes_leaves_the_decisions_file_whole()
    {
        var corpus = work.PathOf("corpus");
        WriteCorpus(corpus, 20, "widgets");
        var decisions = work.PathOf("reviews.yaml");

        // A long-lived decisions file: large enough that rewriting it takes a while.
        var text = new StringBuilder("# ClaimCheck review decisions\ndecisions:\n");
        for (var i = 0; i < 120_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  # note {i}: {new string('x', 200)}\n");
        }

        text.Append("  - action: ignore\n    claims: [c0000000000000000]\n    note: \"first\"\n");
        File.WriteAllText(decisions, text.ToString(), new UTF8Encoding(false));
        var previous = File.ReadAllBytes(decisions);
        var (exit, listing, stderr) = CliRunner.Run("review", corpus, "--decisions", decisions);
        Assert.True(exit == 0, stderr);
        var group = listing.Split('\n')[1].Split(' ')[0];
        string[] args = ["review", corpus, "--decisions", decisions, "--accept", group, "--note", "second"];

        KillWhileWriting(args, work.Root, () =>
        {
            var bytes = File.ReadAllBytes(decisions);
            var same = bytes.AsSpan().SequenceEqual(previous);
            var added = same || !bytes.AsSpan().StartsWith(previous) ? string.Empty : Encoding.UTF8.GetString(bytes[previous.Length..]);
            var complete = added.StartsWith($"  - action: confirm\n    group: {group}\n", StringComparison.Ordinal)
                && added.Contains("\n    note: \"second\"\n", StringComparison.Ordinal)
                && added.Split('\n')[^2].StartsWith("    date: ", StringComparison.Ordinal);
            Assert.True(same || complete, "reviews.yaml is neither the previous nor the new version");
            return same ? 1 : 0;
        }, restore: () => File.WriteAllBytes(decisions, previous));
    }

    /// <summary>
    /// Runs the CLI as a child process and kills it as soon as a temporary file of an atomic write has content, then
    /// checks the files. A child that finishes first (or renames its last file just before the kill) proves nothing more,
    /// so it is tried again; at least one kill must land while the previous version is still there.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="folder">Where the command writes.</param>
    /// <param name="check">Asserts every file is whole; returns how many are still the previous version.</param>
    /// <param name="restore">Puts the previous version back before each attempt.</param>
    private void KillWhileWriting(string[] args, string folder, Func<int> check, Action restore)
    {
        var landed = 0;
        for (var attempt = 1; attempt <= Attempts && landed == 0; attempt++)
        {
            restore();
            using var child = Start(args);
            var clock = Stopwatch.StartNew();
            string? caught = null;
            while (!child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                caught = Directory.EnumerateFiles(folder, ".*.tmp").FirstOrDefault(f => new FileInfo(f).Length > 0);
                if (caught is not null)
                {
                    try
                    {
                        child.Kill(entireProcessTree: true);
                    }
                    catch (InvalidOperationException)
                    {
                        // It finished between the look and the kill.
                    }

                    break;
                }

                Thread.Sleep(1);
            }

            child.WaitForExit();
            var killed = caught is not null && child.ExitCode != 0;
            var unchanged = check(); // every file whole, whenever the kill came
            output.WriteLine($"attempt {attempt}: {(killed ? $"killed while writing {Path.GetFileName(caught)}" : "the child finished first")}; {unchanged} file(s) still the previous version");

            // A kill that lands mid-write leaves the previous version; one just after the last rename proves nothing more.
            if (killed && unchanged > 0)
            {
                landed++;
            }
        }

        Assert.True(landed > 0, $"no kill landed during a write in {Attempts} attempts");
    }

    private static Process Start(string[] args)
    {
        var cli = typeof(CliApp).Assembly.Location;
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A jsonl corpus of <paramref name="count"/> short articles, each with its own figures.</summary>
    private static void WriteCorpus(string folder, int count, string thing)
    {
        Directory.CreateDirectory(folder);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"doc-{i}\", \"title\": \"Plant {i}\", \"published\": \"2023-{1 + (i % 12):D2}-01\", \"text\": \"Plant {i} made {i + 10} {thing} of type {i} in 2022, and employs more than {i + 5} engineers of grade {i}.\"}}\n");
        }

        File.WriteAllText(Path.Join(folder, "corpus.jsonl"), text.ToString(), new UTF8Encoding(false));
    }
}
