using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Matching;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// <c>scale CLAIMS.jsonl...</c>: reads each claim file (e.g. 10k, 100k and 1M claims of generated corpora),
/// times matching and verdicts on it once warmed up, samples the memory in use while it runs, and prints
/// the scaling exponent between consecutive sizes (time ∝ claims^k). One process per size gives clean peaks;
/// <c>benchmarks/scaling.sh</c> does that.
/// </summary>
internal static class ScalingRun
{
    public static int Run(string[] files)
    {
        if (files.Length == 0)
        {
            Console.Error.WriteLine("usage: scale CLAIMS.jsonl...   (claim files written by 'claimcheck extract --format jsonl')");
            return 2;
        }

        var rows = new List<(int Claims, double Seconds, long PeakBytes, int Groups)>();
        foreach (var file in files)
        {
            var input = ClaimFiles.Read([file]);
            if (input.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, input.Diagnostics));
                return 2;
            }

            // Warm the code paths on a slice so the timed run measures the algorithm, not the JIT.
            CorpusAnalyzer.Analyze(input.Documents, [.. input.Claims.Take(2_000)]);
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var resting = GC.GetTotalMemory(forceFullCollection: true);
            var (seconds, peak, groups) = TimeAnalysis(input);

            // The phases start from a collected heap, as the timed run did, not on top of its leftovers.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var figures = input.Claims.Count(c => c.Kind != Extraction.ClaimKind.Date);
            Console.WriteLine(Phases(input.Claims));
            rows.Add((figures, seconds, peak, groups));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {figures:N0} figure claims ({input.Claims.Count:N0} with dates) → {groups:N0} groups in {seconds:0.00} s; managed heap {resting / 1e6:0} MB at rest (claims loaded), peak {peak / 1e6:0} MB, process peak working set {Environment.WorkingSet / 1e6:0} MB / {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        }

        Console.WriteLine();
        Console.WriteLine("| figure claims | groups | matching + verdicts | peak managed heap | exponent vs previous |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        for (var i = 0; i < rows.Count; i++)
        {
            var exponent = i == 0 ? "–" : (Math.Log(rows[i].Seconds / rows[i - 1].Seconds) / Math.Log((double)rows[i].Claims / rows[i - 1].Claims)).ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rows[i].Claims:N0} | {rows[i].Groups:N0} | {rows[i].Seconds:0.00} s | {rows[i].PeakBytes / 1e6:0} MB | {exponent} |"));
        }

        return 0;
    }

    /// <summary>
    /// The timed run: matching and verdicts on every claim, with the managed heap sampled while it runs. Only the counts
    /// leave this method, so the analysis is not still held while the phases below run again.
    /// </summary>
    private static (double Seconds, long PeakBytes, int Groups) TimeAnalysis(ClaimFilesResult input)
    {
        using var sampler = new PeakSampler();
        var (gen0, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        var result = CorpusAnalyzer.Analyze(input.Documents, input.Claims);
        watch.Stop();
        var peak = Math.Max(sampler.Stop(), GC.GetTotalMemory(false));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  garbage collection during the run: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(2) - gen2} gen2, {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s paused; {Environment.ProcessorCount} cores"));
        return (watch.Elapsed.TotalSeconds, peak, result.Groups.Count);
    }

    /// <summary>
    /// Where the time goes: each matching phase timed on its own (the full run above includes them all, plus grouping and
    /// verdicts). Profiles and candidate pairs are let go before grouping runs again, as inside the analysis.
    /// </summary>
    private static string Phases(IReadOnlyList<Extraction.Claim> claims)
    {
        var figures = claims.Where(c => c.Kind != Extraction.ClaimKind.Date).ToList();
        var (profile, blocking, pairs, scoring, above) = ProfileBlockAndScore(figures);
        var watch = Stopwatch.StartNew();
        var groups = new Matching.ClaimGrouper(Matching.ClaimMatchers.Frame, AnalysisSettings.Default).Group(figures);
        var grouping = watch.Elapsed.TotalSeconds;
        var heldByGroups = GC.GetTotalMemory(forceFullCollection: true);
        watch.Restart();
        var judge = new VerdictJudge(AnalysisSettings.Default, new Dictionary<string, DocumentSummary>(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            judge.Judge(group);
        }

        var judging = watch.Elapsed.TotalSeconds;
        GC.KeepAlive(groups);
        return string.Create(CultureInfo.InvariantCulture,
            $"  phases: profiles {profile:0.00} s, blocking {blocking:0.00} s ({pairs:N0} candidate pairs), scoring on one thread {scoring:0.00} s ({above:N0} at or above the threshold); all grouping {grouping:0.00} s (live heap with the groups held: {heldByGroups / 1e6:0} MB), verdicts on one thread {judging:0.00} s");
    }

    private static (double Profile, double Blocking, int Pairs, double Scoring, int Above) ProfileBlockAndScore(List<Extraction.Claim> figures)
    {
        var watch = Stopwatch.StartNew();
        var profiles = Matching.ClaimProfiler.ProfileAll(figures);
        var profile = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var candidates = Matching.CandidatePairs.Find(profiles);
        var blocking = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var matcher = Matching.FrameMatcher.Default;
        var above = 0;
        foreach (var (left, right) in candidates)
        {
            above += matcher.Score(profiles[left], profiles[right]) >= AnalysisSettings.Default.Threshold ? 1 : 0;
        }

        return (profile, blocking, candidates.Count, watch.Elapsed.TotalSeconds, above);
    }

    /// <summary>Samples the managed heap size every 20 ms and keeps the largest.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<long> _task;

        public PeakSampler() => _task = Task.Run(async () =>
        {
            long peak = 0;
            while (!_stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                try
                {
                    await Task.Delay(20, _stop.Token).ConfigureAwait(false);
                }
                catch (TaskCanceledException)
                {
                    break;
                }
            }

            return peak;
        });

        public long Stop()
        {
            _stop.Cancel();
            return _task.GetAwaiter().GetResult();
        }

        public void Dispose() => _stop.Dispose();
    }
}
