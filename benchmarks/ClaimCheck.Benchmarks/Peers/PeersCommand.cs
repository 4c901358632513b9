using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using FuzzySharp;
using FuzzySharp.PreProcess;
using FuzzySharp.SimilarityRatio;
using FuzzySharp.SimilarityRatio.Scorer.StrategySensitive;

namespace ClaimCheck.Benchmarks.Peers;

/// <summary>
/// The .NET half of <c>benchmarks/peers/run.sh</c>, timed by a plain loop (<see cref="Timing"/>)
/// so that it follows the same rule as the Node half:
/// <list type="bullet">
/// <item><c>peers inputs --out DIR</c> writes the generated news corpus (<c>generated.jsonl</c>) and, for the
/// peers' extraction measurements, the texts ClaimCheck's own extraction measurements read
/// (<c>texts-seeds.json</c>, <c>texts-newsquant.json</c>).</item>
/// <item><c>peers measure --claims FILE --strings-out FILE --out FILE [--count N] [--queries Q] [--samples S] [--pair-samples P]</c>
/// selects the claims of the pairwise measurements from a <c>claimcheck extract --format jsonl</c> output,
/// writes their profile strings for the peers, and times ClaimCheck and FuzzySharp.</item>
/// </list>
/// </summary>
internal static class PeersCommand
{
    /// <summary>All-pairs measurements warm up on the pairs of this many strings (the Node side does the same).</summary>
    private const int WarmUpStrings = 300;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Run(string[] args)
    {
        var options = Options(args.Skip(1));
        switch (args.FirstOrDefault())
        {
            case "inputs":
                Inputs(Required(options, "out"));
                return 0;
            case "measure":
                Measure(options);
                return 0;
            default:
                Console.Error.WriteLine("usage: peers inputs --out DIR | peers measure --claims FILE --strings-out FILE --out FILE [--count 2000] [--queries 50] [--samples 3] [--pair-samples 1]");
                return 2;
        }
    }

    private static void Inputs(string outDir)
    {
        Directory.CreateDirectory(outDir);
        var root = RepositoryRoot.Find();
        File.WriteAllLines(Path.Join(outDir, "generated.jsonl"), Generation.CorpusGenerator.Jsonl(Generation.CorpusGenerator.PeerDocuments));
        WriteTexts(Path.Join(outDir, "texts-seeds.json"), ExtractionInputs.Seeds(root));
        WriteTexts(Path.Join(outDir, "texts-newsquant.json"), ExtractionInputs.NewsQuant(root));
    }

    private static void WriteTexts(string path, IReadOnlyList<Document> documents)
    {
        var array = new JsonArray([.. documents.Select(d => new JsonObject { ["id"] = d.Id, ["text"] = d.Text })]);
        File.WriteAllText(path, array.ToJsonString());
    }

    private static void Measure(Dictionary<string, string> options)
    {
        var count = int.Parse(options.GetValueOrDefault("count", "2000"), CultureInfo.InvariantCulture);
        var queries = int.Parse(options.GetValueOrDefault("queries", "50"), CultureInfo.InvariantCulture);
        var samples = int.Parse(options.GetValueOrDefault("samples", "3"), CultureInfo.InvariantCulture);
        var pairSamples = int.Parse(options.GetValueOrDefault("pair-samples", "1"), CultureInfo.InvariantCulture);
        var root = RepositoryRoot.Find();
        var result = new JsonObject
        {
            ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["samples"] = samples,
            ["pairSamples"] = pairSamples,
            ["warmUpSeconds"] = Timing.WarmUpSeconds,
            ["minSampleSeconds"] = Timing.MinSampleSeconds,
        };

        var extraction = new JsonObject();
        foreach (var (name, documents) in new[] { ("seeds", ExtractionInputs.Seeds(root)), ("newsquant", ExtractionInputs.NewsQuant(root)) })
        {
            if (documents.Count == 0)
            {
                continue;
            }

            var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
            Console.Error.WriteLine($"extraction: {name} ({documents.Count} documents, {bytes:N0} bytes)");
            var timed = Timing.Measure(() => documents.Sum(d => ClaimExtractor.Default.Extract(d).Count), samples);
            extraction[name] = Timed(timed, "claims", new JsonObject
            {
                ["documents"] = documents.Count,
                ["bytes"] = bytes,
                ["mbPerSecond"] = bytes / timed.Seconds / 1e6,
            });
        }

        result["extraction"] = extraction;

        var inputs = PairInputs.FromJsonl(Required(options, "claims"), count);
        File.WriteAllLines(Required(options, "strings-out"), inputs.Strings);
        var strings = inputs.Strings;
        var profiles = inputs.Profiles;
        var n = strings.Count;
        var allPairs = (long)n * (n - 1) / 2;
        queries = Math.Min(queries, n);
        Console.Error.WriteLine($"pairs: {n} claims, {allPairs:N0} pairs, {queries} queries against all");

        var pairs = new JsonObject { ["strings"] = n, ["pairs"] = allPairs, ["queries"] = queries };

        // FuzzySharp, as a string matcher would use it: token-set ratio with full preprocessing (fuzzball's default too).
        // One run over all pairs takes long: warm up on the pairs of the first few strings, and take pairSamples samples.
        var tokenSet = Timing.Measure(
            () => AllPairs(n, (i, j) => Fuzz.TokenSetRatio(strings[i], strings[j], PreprocessMode.Full)),
            pairSamples,
            () => AllPairs(WarmUpStrings, (i, j) => Fuzz.TokenSetRatio(strings[i], strings[j], PreprocessMode.Full)));
        pairs["fuzzySharpTokenSetRatio"] = PerPair(tokenSet, allPairs, "scoreSum");

        var scorer = ScorerCache.Get<TokenSetScorer>();
        var extractAll = Timing.Measure(
            () =>
            {
                long sum = 0;
                for (var q = 0; q < queries; q++)
                {
                    foreach (var hit in Process.ExtractAll(strings[q], strings, scorer: scorer))
                    {
                        sum += hit.Score;
                    }
                }

                return sum;
            },
            samples);
        pairs["fuzzySharpExtractAll"] = PerPair(extractAll, (long)queries * n, "scoreSum");

        // ClaimCheck's matcher on every pair (profiles prepared once, as strings are for the others)…
        var matcher = FrameMatcher.Default;
        var scored = Timing.Measure(
            () => AllPairs(n, (i, j) => matcher.Score(profiles[i], profiles[j])),
            pairSamples,
            () => AllPairs(WarmUpStrings, (i, j) => matcher.Score(profiles[i], profiles[j])));
        pairs["matcherAllPairs"] = PerPair(scored, allPairs, "scoreSum");

        // …and as it runs: profile, block, score the candidate pairs, cluster.
        var candidates = (long)CandidatePairs.Find(profiles).Count;
        var grouper = new ClaimGrouper(ClaimMatchers.Frame, AnalysisSettings.Default);
        var claims = inputs.Claims;
        var grouping = Timing.Measure(() => grouper.Group(claims).Count, samples);
        pairs["grouping"] = Timed(grouping, "groups", new JsonObject
        {
            ["claims"] = n,
            ["candidatePairs"] = candidates,
            ["claimsPerSecond"] = n / grouping.Seconds,
            ["pairsPerSecond"] = candidates / grouping.Seconds,
        });

        result["pairs"] = pairs;
        File.WriteAllText(Required(options, "out"), result.ToJsonString(Indented) + "\n");
    }

    /// <summary>Scores every pair of the first <paramref name="count"/> items; returns the sum of the scores.</summary>
    private static double AllPairs(int count, Func<int, int, double> score)
    {
        double sum = 0;
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                sum += score(i, j);
            }
        }

        return sum;
    }

    private static JsonObject PerPair(Measurement measurement, long pairs, string resultName) =>
        Timed(measurement, resultName, new JsonObject { ["pairsScored"] = pairs, ["pairsPerSecond"] = pairs / measurement.Seconds });

    private static JsonObject Timed(Measurement measurement, string resultName, JsonObject extra)
    {
        extra["seconds"] = measurement.Seconds;
        extra["samples"] = new JsonArray([.. measurement.Samples.Select(s => JsonValue.Create(s))]);
        extra["wallSeconds"] = measurement.WallSeconds;
        extra["wallSamples"] = new JsonArray([.. measurement.WallSamples.Select(s => JsonValue.Create(s))]);
        extra[resultName] = measurement.Result;
        return extra;
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (name is null && arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
            }
            else if (name is not null)
            {
                options[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"unexpected argument '{arg}'");
            }
        }

        return options;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");
}
