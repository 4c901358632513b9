using System.Text.Json;
using ClaimCheck.Corpus;
using ClaimCheck.Documents;

namespace ClaimCheck.Benchmarks;

/// <summary>The inputs of the extraction measurements of the peers run, loaded as <see cref="ExtractionBenchmarks"/> loads them.</summary>
internal static class ExtractionInputs
{
    /// <summary>The seed corpus, loaded as <c>claimcheck</c> loads it.</summary>
    public static IReadOnlyList<Document> Seeds(string root) => CorpusLoader.Load([Path.Join(root, "corpus")]).Documents;

    /// <summary>The NewsQuant development sentences, one document each (<c>nq-0</c>, <c>nq-1</c>…), or none when <c>../shared</c> is not beside the checkout.</summary>
    public static IReadOnlyList<Document> NewsQuant(string root)
    {
        var bench = NewsQuantPath(root);
        if (!File.Exists(bench))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(bench));
        return [.. json.RootElement.EnumerateArray().Select((s, i) => Document.FromText($"nq-{i}", s.GetProperty("text").GetString()!))];
    }

    public static string NewsQuantPath(string root) => Path.Join(root, "..", "shared", "bench", "newsquant-dev.json");
}
