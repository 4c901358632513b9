using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using ClaimCheck.Reporting;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// <c>matchers CORPUS OUT</c>: analyses a corpus once per matcher and writes each analysis to <c>OUT/NAME/analysis.json</c>,
/// so the analysis scorer can compare them on a benchmark. <c>frame</c> is ClaimCheck's matcher; <c>unit</c> groups
/// claims that count the same unit, a baseline that shows what the frame adds.
/// </summary>
internal static class MatchersCommand
{
    private static readonly (string Name, IClaimMatcher Matcher)[] Matchers =
    [
        ("frame", ClaimMatchers.Frame),
        ("unit", ClaimMatchers.FromScore((a, b) => a.Unit is not null && a.Unit == b.Unit ? 100 : 0)),
    ];

    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: matchers CORPUS OUT");
            return 2;
        }

        var corpus = CorpusLoader.Load([args[0]]);
        var claims = ClaimExtractor.Default.ExtractAll(corpus.Documents);
        var summaries = corpus.Documents.Select(DocumentSummary.From).ToList();
        foreach (var (name, matcher) in Matchers)
        {
            var analysis = CorpusAnalyzer.Analyze(summaries, claims, new AnalysisOptions { Matcher = matcher });
            var folder = Path.Join(args[1], name);
            ReportWriter.WriteAll(analysis, folder, ReportFormats.Json);
            Console.WriteLine($"{name}: {Path.Join(folder, "analysis.json")}");
        }

        return 0;
    }
}
