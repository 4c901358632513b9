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
            .Select(line => (Claim)JsonSerializer.Deserialize(line, JsonContract.Compact.GetTypeInfo(typeof(Claim)))!), count);

    /// <summary>
    /// Built in process as <c>benchmarks/peers/run.sh</c> builds them with <c>claimcheck extract</c>: the seed corpus,
    /// the NewsQuant sentences (when <c>../shared</c> is beside the checkout), then the generated news corpus.
    /// </summary>
    public static PairInputs Build(string root, int count)
    {
        var generated = Path.Join(Path.GetTempPath(), $"claimcheck-generated-{Environment.ProcessId}.jsonl");
        File.WriteAllLines(generated, SyntheticNews.Jsonl());
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
        var claims = new List<Claim>(count);
        var profiles = new List<ClaimProfile>(count);
        var strings = new List<string>(count);
        foreach (var claim in all)
        {
            if (claims.Count == count)
            {
                break;
            }

            if (claim.Kind == ClaimKind.Date)
            {
                continue;
            }

            var profile = ClaimProfiler.Profile(claim, claims.Count);
            var text = string.Join(' ', new[] { profile.Unit, profile.Context }.Where(s => s.Length > 0));
            if (text.Length == 0)
            {
                continue;
            }

            claims.Add(claim);
            profiles.Add(profile);
            strings.Add(text);
        }

        return new PairInputs(claims, ClaimProfiler.Weigh(profiles), strings);
    }
}
