using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Corpus;

/// <summary>A manifest value of the wrong kind, or a key ClaimCheck does not know, is reported at its line, never silently dropped.</summary>
public sealed class ManifestTypeTests : IDisposable
{
    private const string Paragraph = "The ministry said that 32 representatives of 21 countries took part in the tour.";

    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Theory]
    [InlineData("title: [1, 2]", "'title' must be text, not a list")]
    [InlineData("source: {a: b}", "'source' must be text, not a mapping")]
    [InlineData("url:\n      - https://example.com/a", "'url' must be text, not a list")]
    [InlineData("published: [2020-01-01]", "'published' must be text, not a list")]
    public void A_value_that_is_not_text_is_an_error_at_its_line(string entry, string message)
    {
        corpus.Write("a.txt", Paragraph);
        corpus.Write(CorpusManifest.FileName, "documents:\n  a.txt:\n    " + entry + "\n");

        var result = CorpusLoader.Load([corpus.Root]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, Path.Join(corpus.Root, CorpusManifest.FileName), 3), (error.Severity, error.Path, error.Line));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Single(result.Manifests);
    }

    [Fact]
    public void An_unknown_top_level_key_is_a_warning_at_its_line()
    {
        corpus.Write("a.txt", Paragraph);
        corpus.Write(CorpusManifest.FileName, "documents:\n  a.txt:\n    title: Fine\nmatching:\n  threshold: 80\ndocumnets:\n  b.txt:\n    title: Lost\n");

        var result = CorpusLoader.Load([corpus.Root]);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, 6), (warning.Severity, warning.Line));
        Assert.Contains("'documnets'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("documents, matching", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Fine", Assert.Single(result.Documents).Title);
    }

    [Fact]
    public void Front_matter_title_that_is_not_text_is_a_warning_and_the_title_is_inferred()
    {
        corpus.Write("a.md", "---\ntitle: [1, 2]\nlayout: post\n---\n# Plant opens in Baku\n\n" + Paragraph);

        var result = CorpusLoader.Load([corpus.Root]);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, 2), (warning.Severity, warning.Line));
        Assert.StartsWith("'title' must be text, not a list", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Plant opens in Baku", Assert.Single(result.Documents).Title);
    }
}
