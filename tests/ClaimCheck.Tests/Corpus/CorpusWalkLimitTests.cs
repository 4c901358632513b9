using System.Diagnostics;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Corpus;

/// <summary>
/// What the corpus walk cannot read because of a limit (folders nested too deep, paths too long to open) is skipped
/// with a warning that names it and says which limit, never silently and never with another case's message.
/// </summary>
public sealed class CorpusWalkLimitTests : IDisposable
{
    private const string Paragraph = "The ministry said that 32 representatives of 21 countries took part in the tour.";

    private readonly TempCorpus corpus = new();

    public void Dispose()
    {
        // Directory.Delete cannot reach below the path limit; rm walks down folder by folder.
        if (!OperatingSystem.IsWindows() && Directory.Exists(corpus.Root))
        {
            using var rm = Process.Start("rm", ["-rf", corpus.Root]);
            rm.WaitForExit();
        }

        corpus.Dispose();
    }

    [Fact]
    public void A_folder_nested_deeper_than_the_limit_is_skipped_with_a_warning_that_says_so()
    {
        var level64 = string.Join('/', Enumerable.Repeat("d", 64));
        corpus.Write(level64 + "/kept.txt", Paragraph);
        corpus.Write(level64 + "/d/lost.txt", Paragraph);

        var result = CorpusLoader.Load([corpus.Root]);

        Assert.Equal([level64 + "/kept.txt"], result.Documents.Select(d => d.Id));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, Path.Join(corpus.Root, level64 + "/d")), (warning.Severity, warning.Path));
        Assert.StartsWith("folder more than 64 levels below the corpus folder; skipped with everything in it.", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("symbolic link", warning.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Paths_longer_than_the_system_can_open_are_skipped_with_a_warning()
    {
        // Folders down to a path of 3,870 bytes, then a 250-letter file and folder there, past Linux's 4,096-byte
        // limit. The shell makes each folder by a short relative path, which no API taking a full path can do.
        var folders = new List<string>();
        var length = corpus.Root.Length;
        while (length + 201 < 3870)
        {
            folders.Add(new string('f', 200));
            length += 201;
        }

        folders.Add(new string('g', 3870 - length - 1));
        var name = new string('x', 250);
        var script = $"cd '{corpus.Root}' && "
            + string.Concat(folders.Select(f => $"mkdir {f} && cd {f} && "))
            + $"printf '%s' '{Paragraph}' > short.txt && printf '%s' '{Paragraph}' > {name}.txt && mkdir {name} && printf '%s' '{Paragraph}' > {name}/lost.txt";
        using (var shell = Process.Start("/bin/sh", ["-c", script]))
        {
            shell.WaitForExit();
            Assert.Equal(0, shell.ExitCode);
        }

        corpus.Write("a.txt", Paragraph);
        var deepest = string.Join('/', folders);

        var result = CorpusLoader.Load([corpus.Root]);

        Assert.Equal(["a.txt", deepest + "/short.txt"], result.Documents.Select(d => d.Id));
        Assert.Equal(
            [Path.Join(corpus.Root, deepest, name), Path.Join(corpus.Root, deepest, name + ".txt")],
            result.Diagnostics.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, warning =>
        {
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Matches(@"^path of [\d,]+ bytes, longer than the system can open \([\d,]+ at most\); skipped", warning.Message);
        });
    }
}
