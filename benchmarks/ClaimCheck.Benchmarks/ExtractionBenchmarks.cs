using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimCheck.Corpus;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Extraction throughput on real news text: the seed corpus (long scraped pages) and, when
/// <c>../shared</c> is beside the checkout, the NewsQuant sentences. Bytes per operation are reported so
/// MB/s can be derived: MB/s = bytes / mean time.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<Document> _seeds = [];
    private IReadOnlyList<Document> _newsQuant = [];
    private IReadOnlyList<Document> _generated = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _seeds = CorpusLoader.Load([Path.Join(root, "corpus")]).Documents;
        var bench = Path.Join(root, "..", "shared", "bench", "newsquant-dev.json");
        if (File.Exists(bench))
        {
            var sentences = System.Text.Json.JsonDocument.Parse(File.ReadAllText(bench)).RootElement.EnumerateArray()
                .Select((s, i) => Document.FromText($"nq-{i}", s.GetProperty("text").GetString()!));
            _newsQuant = [.. sentences];
        }

        _generated = [.. new Generation.CorpusGenerator(1).Articles(250).Select(a => Document.FromText(a.Name, a.Text))];
        Console.WriteLine($"// seeds: {Bytes(_seeds)} bytes; NewsQuant: {Bytes(_newsQuant)} bytes; generated: {Bytes(_generated)} bytes");
    }

    [Benchmark(Description = "seed corpus (55 KB)")]
    public int SeedCorpus() => Extract(_seeds);

    [Benchmark(Description = "generated news (250 articles, 1 MB)")]
    public int Generated() => Extract(_generated);

    [Benchmark(Description = "NewsQuant dev sentences (38 KB)")]
    public int NewsQuant() => Extract(_newsQuant);

    private static int Extract(IReadOnlyList<Document> documents)
    {
        var count = 0;
        foreach (var document in documents)
        {
            count += ClaimExtractor.Default.Extract(document).Count;
        }

        return count;
    }

    private static long Bytes(IReadOnlyList<Document> documents) => documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
}
