using System.Globalization;
using ClaimCheck.Corpus;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// <c>explain CORPUS [--claim TEXT]</c>: how matching read a corpus, for whoever tunes it. Prints each figure's profile
/// (block, predicate, modality, subject, time, history) and every candidate pair with its score and reasons, or only
/// the pairs of claims whose text contains TEXT. A developer's tool: analysts read the reports.
/// </summary>
internal static class ExplainCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: explain CORPUS [--claim TEXT]");
            return 2;
        }

        var filter = args.Length >= 3 && args[1] == "--claim" ? args[2] : null;
        var corpus = CorpusLoader.Load([args[0]]);
        var claims = ClaimExtractor.Default.ExtractAll(corpus.Documents).Where(c => c.Kind != ClaimKind.Date).ToList();
        var contexts = corpus.Documents.ToDictionary(d => d.Id, d => new DocumentContext(d.Published, d.Title), StringComparer.Ordinal);
        var profiles = ClaimProfiler.ProfileAll(claims, contexts, AnalysisSettings.Default);
        var matcher = FrameMatcher.Default;
        bool Shown(ClaimProfile p) => filter is null || p.Claim.Text.Contains(filter, StringComparison.OrdinalIgnoreCase);

        foreach (var p in profiles.Where(Shown))
        {
            var frame = p.Frame;
            Console.WriteLine($"{p.Claim.DocumentId} | {p.Claim.Text} | block {p.BlockKey} | {frame.Predicate}:{frame.PredicateWord} {frame.Modality}"
                + $"{(frame.Negated ? " denied" : string.Empty)} | about {p.About ?? "-"} | asOf {p.Claim.AsOf ?? "undated"}{(p.IsHistorical ? " history" : string.Empty)}");
        }

        Console.WriteLine();
        foreach (var (left, right) in CandidatePairs.Find(profiles))
        {
            var (a, b) = (profiles[left], profiles[right]);
            if (Shown(a) || Shown(b))
            {
                var score = matcher.Score(a, b);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{score,5:0.0}  {a.Claim.DocumentId}: {a.Claim.Text} ~ {b.Claim.DocumentId}: {b.Claim.Text} :: {string.Join("; ", matcher.Explain(a, b))}"));
            }
        }

        return 0;
    }
}
