using BenchmarkDotNet.Attributes;
using ClaimCheck.Benchmarks.Peers;
using ClaimCheck.Matching;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Matching on the claims of the peers run (<see cref="PairInputs.Build"/>): ClaimCheck's grouping as it runs
/// (profiles, blocking, scoring, clustering), its matcher and FuzzySharp's token-set ratio on every pair of the
/// first <see cref="AllPairsClaims"/> claims. <c>benchmarks/peers/run.sh</c> times the same work against the peers.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private const int AllPairsClaims = 500;

    private PairInputs? _inputs;

    [Params(2000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = PairInputs.Build(RepositoryRoot.Find(), Claims);
        Console.WriteLine($"// {_inputs.Claims.Count} claims; all-pairs rows on the first {AllPairsClaims}");
    }

    [Benchmark(Description = "grouping (ClaimGrouper)")]
    public int Grouping() => new ClaimGrouper(ClaimMatchers.Frame, AnalysisSettings.Default).Group(_inputs!.Claims).Count;

    [Benchmark(Description = "FrameMatcher, every pair of 500")]
    public double MatcherAllPairs()
    {
        var profiles = _inputs!.Profiles;
        double sum = 0;
        for (var i = 0; i < AllPairsClaims; i++)
        {
            for (var j = i + 1; j < AllPairsClaims; j++)
            {
                sum += FrameMatcher.Default.Score(profiles[i], profiles[j]);
            }
        }

        return sum;
    }

    [Benchmark(Description = "FuzzySharp TokenSetRatio, every pair of 500")]
    public long TokenSetRatioAllPairs()
    {
        var strings = _inputs!.Strings;
        long sum = 0;
        for (var i = 0; i < AllPairsClaims; i++)
        {
            for (var j = i + 1; j < AllPairsClaims; j++)
            {
                sum += Fuzz.TokenSetRatio(strings[i], strings[j], PreprocessMode.Full);
            }
        }

        return sum;
    }
}
