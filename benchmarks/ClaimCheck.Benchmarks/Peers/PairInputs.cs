using System.Text.Json;
using ClaimCheck.Corpus;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using ClaimCheck.Reporting;

namespace ClaimCheck.Benchmarks.Peers;

/// <summary>
/// The claims every pairwise-scoring measurement uses, ClaimCheck's and the peers': the first figures (not
/// dates) of a <c>claimcheck extract --format jsonl</c> output that have something to compare, and for each
/// its profile string (folded unit, then the stemmed context words): the text a string matcher compares.
/// </summary>
internal sealed class PairInputs
{
    private PairInputs(IReadOnlyList<Claim> claims, IReadOnlyList<ClaimProfile> profiles, IReadOnlyList<string> strings)
    {
        Claims = claims;
        Profiles = profiles;
        Strings = strings;
    }

    /// <summary>The selected claims, in file order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Their profiles, weighted over the selection as <see cref="ClaimGrouper"/> weighs them.</summary>
    public IReadOnlyList<ClaimProfile> Profiles { get; }

    /// <summary>One string per claim: <c>unit context-words</c>.</summary>
    public IReadOnlyList<string> Strings { get; }

    /// <summary>From a <c>claimcheck extract --format jsonl</c> output.</summary>
    public static PairInputs FromJsonl(string path, int count) =>
        From(File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => (Claim)JsonSerializer.Deserialize(line, ReportingJsonContext.Contract.Compact.GetTypeInfo(typeof(Claim)))!), count);

    /// <summary>
    /// Built in process as <c>benchmarks/peers/run.sh</c> builds them with <c>claimcheck extract</c>: the seed corpus,
    /// the NewsQuant sentences (when <c>../shared</c> is beside the checkout), then the generated news corpus.
    /// </summary>
    public static PairInputs Build(string root, int count)
    {
        var generated = Path.Join(Path.GetTempPath(), $"claimcheck-generated-{Environment.ProcessId}.jsonl");
        File.WriteAllLines(generated, Generation.CorpusGenerator.Jsonl(Generation.CorpusGenerator.PeerDocuments));
        try
        {
            var documents = ExtractionInputs.Seeds(root).Concat(ExtractionInputs.NewsQuant(root)).Concat(CorpusLoader.Load([generated]).Documents);
            return From(documents.SelectMany(ClaimExtractor.Default.Extract), count);
        }
        finally
        {
            File.Delete(generated);
        }
    }

    private static PairInputs From(IEnumerable<Claim> all, int count)
    {
        // The first claims (dates are not matched) whose profile has words to compare; each as the string the peers score: unit and context words.
        var candidates = all.Where(c => c.Kind != ClaimKind.Date).Take(count * 2).ToList();
        var claims = new List<Claim>(count);
        var strings = new List<string>(count);
        foreach (var profile in ClaimProfiler.ProfileAll(candidates))
        {
            var words = profile.Terms.Select(profile.Vocabulary.Stem).Order(StringComparer.Ordinal);
            var text = string.Join(' ', new[] { profile.Unit }.Concat(words).Where(s => s.Length > 0));
            if (text.Length > 0 && claims.Count < count)
            {
                claims.Add(profile.Claim);
                strings.Add(text);
            }
        }

        return new PairInputs(claims, ClaimProfiler.ProfileAll(claims), strings);
    }
}
