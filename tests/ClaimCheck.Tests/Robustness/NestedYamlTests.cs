using System.Diagnostics;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Review;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// YAML nested far deeper than any manifest, front matter or decisions file needs (a building block of stack
/// overflow attacks) is refused for that file with a message at its line; the process survives and the rest loads.
/// </summary>
public sealed class NestedYamlTests : IDisposable
{
    private const string Paragraph = "The ministry said that 32 representatives of 21 countries took part in the tour.";

    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    /// <summary>Ways to nest: flow lists, flow mappings, block lists on one line, block mappings by indentation.</summary>
    public static TheoryData<string, string> Shapes() => new()
    {
        { "flow lists", new string('[', 60_000) },
        { "flow mappings", string.Concat(Enumerable.Repeat("{a: ", 60_000)) },
        { "block lists", string.Concat(Enumerable.Repeat("- ", 60_000)) + "x\n" },
        { "indented mappings", string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i) + "a:\n")) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_deeply_nested_manifest_is_an_error_and_the_documents_load_without_it(string shape, string yaml)
    {
        corpus.Write("a.txt", Paragraph);
        var indented = string.Concat(yaml.Split('\n').Select(line => "  " + line + "\n"));
        corpus.Write(CorpusManifest.FileName, "documents:\n  a.txt:\n    title: Fine\nnested:\n" + indented);

        var clock = Stopwatch.StartNew();
        var result = CorpusLoader.Load([corpus.Root]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, Path.Join(corpus.Root, CorpusManifest.FileName)), (error.Severity, error.Path));
        Assert.NotNull(error.Line);
        Assert.Contains("nested more than 64 levels deep", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Documents);
        Assert.Empty(result.Manifests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{shape}: {clock.Elapsed}");
    }

    [Fact]
    public void Deeply_nested_front_matter_is_a_warning_and_the_document_loads()
    {
        corpus.Write("a.md", "---\ntitle: " + new string('[', 60_000) + "\n---\n" + Paragraph);

        var result = CorpusLoader.Load([corpus.Root]);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, 2), (warning.Severity, warning.Line));
        Assert.Contains("nested more than 64 levels deep", warning.Message, StringComparison.Ordinal);
        Assert.Contains(Paragraph, Assert.Single(result.Documents).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deeply_nested_decisions_file_is_an_error_and_no_decision_is_applied()
    {
        var path = corpus.Write(ReviewFile.FileName, "decisions:\n  - action: ignore\n    claims: [c1]\n    note: " + new string('[', 60_000) + "\n");
        var diagnostics = new List<Diagnostic>();

        var decisions = ReviewFile.Read(path, diagnostics);

        Assert.Empty(decisions);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, path, 4), (error.Severity, error.Path, error.Line));
        Assert.Contains("nested more than 64 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_up_to_the_limit_still_reads()
    {
        corpus.Write("a.txt", Paragraph);
        corpus.Write(CorpusManifest.FileName, "documents:\n  a.txt:\n    title: Fine\n    extra: " + new string('[', 61) + new string(']', 61) + "\n");

        var result = CorpusLoader.Load([corpus.Root]);

        Assert.Equal("Fine", Assert.Single(result.Documents).Title);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_key_that_is_an_alias_is_refused_without_expanding_it()
    {
        // Each level holds ten copies of the one before: 10^9 scalars if anything walked the key's value.
        var laughs = string.Concat(Enumerable.Range(0, 9).Select(i =>
            $"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat(i == 0 ? "x" : $"*l{i - 1}", 10))}]\n"));
        corpus.Write("a.txt", Paragraph);
        corpus.Write(CorpusManifest.FileName, "documents:\n  a.txt:\n    title: Fine\nlaughs:\n" + laughs + "  ? *l8\n  : boom\n");

        var clock = Stopwatch.StartNew();
        var result = CorpusLoader.Load([corpus.Root]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, 14), (error.Severity, error.Line));
        Assert.Contains("key", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }
}
