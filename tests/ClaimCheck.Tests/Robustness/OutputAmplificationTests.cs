using System.Text.Json;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// A hostile document of nothing but figures must cost output and memory in proportion to its length: before, every
/// claim repeated its whole (1,500-character) sentence in every report, and a 1.7 MB text gave 860 MB of reports.
/// </summary>
public sealed class OutputAmplificationTests : IDisposable
{
    private const string DenseRun = "more than 1, between 1 and $2 ";

    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void A_document_of_nothing_but_figures_yields_no_more_claims_than_its_length_allows_and_says_so()
    {
        var text = string.Concat(Enumerable.Repeat(DenseRun, 4_000));
        var document = Document.FromText("dense.txt", text);

        var claims = ClaimExtractor.Default.Extract(document);
        var warnings = ClaimDensity.Warnings([document], claims);

        Assert.Equal(ClaimDensity.Limit(text.Length), claims.Count);
        Assert.Equal(text.Length / ClaimDensity.CharactersPerClaim, claims.Count);
        var warning = Assert.Single(warnings);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("only the first 5,000 were read as claims", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_is_far_below_the_limit_and_loses_nothing()
    {
        // Denser than news: every sentence has figures, four of them in the first.
        const string paragraph = "The port handled 4.2 million containers in 2023, up 6% from 3.96 million a year earlier. "
            + "Its workforce grew to 1,250 people. The harbour master expects the new berth to open next spring. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, 2_000));
        var document = Document.FromText("port.txt", text);

        var claims = ClaimExtractor.Default.Extract(document);

        Assert.True(claims.Count < ClaimDensity.Limit(text.Length));
        Assert.Empty(ClaimDensity.Warnings([document], claims));
        Assert.Equal(claims.Count, 2_000 * ClaimExtractor.Default.Extract(Document.FromText("one.txt", paragraph)).Count);
    }

    [Fact]
    public void Reports_of_a_dense_document_stay_within_a_small_multiple_of_its_size()
    {
        // One line, so the sentence splitter cuts it into the longest sentences it makes.
        var text = string.Concat(Enumerable.Repeat(DenseRun, 3_000));
        corpus.Write("dense.txt", text);
        var output = corpus.PathOf("out");

        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.PathOf("dense.txt"), "--out", output, "--no-cache");

        Assert.Equal(0, exit);
        Assert.Contains("figures far denser than any prose", stderr, StringComparison.Ordinal);
        var written = Directory.GetFiles(output).Sum(f => new FileInfo(f).Length);

        // Measured 75 times the input (each claim's fields, its group and its row, but no sentence repeated);
        // every claim repeating its sentence made it near 500 times.
        Assert.InRange(written, 1, 100L * text.Length);
    }

    [Fact]
    public void Analysis_json_writes_each_sentence_once_and_claims_point_at_it()
    {
        const string sentence = "Exports rose 12% to $4.5 billion, from $4.0 billion, and 310 firms took part.";
        var document = Document.FromText("a.txt", sentence + " Another 40 firms joined.");
        var result = ClaimCheck.ClaimAnalysis.Analyze([DocumentSummary.From(document)], ClaimExtractor.Default.Extract(document)).Result;

        using var json = JsonDocument.Parse(AnalysisJson.Serialize(result));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        var sentences = root.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.Equal([sentence, "Another 40 firms joined."], sentences);
        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        Assert.True(claims.Count >= 5);
        Assert.All(claims, c => Assert.False(c.TryGetProperty("sentence", out _)));
        Assert.Equal(1, claims[^1].GetProperty("sentenceIndex").GetInt32());
        Assert.All(claims[..^1], c => Assert.Equal(0, c.GetProperty("sentenceIndex").GetInt32()));
        Assert.Equal(result.Claims.Select(c => c.Sentence), claims.Select(c => sentences[c.GetProperty("sentenceIndex").GetInt32()]));
    }

    [Fact]
    public void The_html_report_holds_a_sentence_of_many_figures_once()
    {
        var sentence = "Figures: " + string.Join(", ", Enumerable.Range(1, 40).Select(i => "$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " million")) + ".";
        var document = Document.FromText("list.txt", sentence);
        var result = ClaimCheck.ClaimAnalysis.Analyze([DocumentSummary.From(document)], ClaimExtractor.Default.Extract(document)).Result;
        Assert.True(result.Claims.Count >= 40);

        using var writer = new StringWriter { NewLine = "\n" };
        HtmlReport.Write(result, writer);
        var html = writer.ToString();

        var tail = sentence[^40..];
        Assert.Equal(1, Count(html, tail));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
