using ClaimCheck.Corpus;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;

namespace ClaimCheck;

/// <summary>
/// How <see cref="ClaimAnalysis"/> reads, extracts and analyses a corpus. Every stage has a default, so
/// <see cref="Default"/> is what <c>claimcheck analyze</c> does; each property replaces one stage or setting.
/// </summary>
public sealed record ClaimCheckOptions
{
    /// <summary>The defaults: what the command line does.</summary>
    public static ClaimCheckOptions Default { get; } = new();

    /// <summary>How files become documents: standard input, the largest document, boilerplate and metadata readers, paths never read.</summary>
    public CorpusLoadOptions Loading { get; init; } = new();

    /// <summary>How a document's claims are found.</summary>
    public IClaimExtractor Extractor { get; init; } = ClaimExtractor.Default;

    /// <summary>How two claims are scored as the same quantity.</summary>
    public IClaimMatcher Matcher { get; init; } = ClaimMatchers.Frame;

    /// <summary>The tunable numbers of matching and verdicts; null takes them from the corpus manifest's <c>matching:</c> section, else the defaults.</summary>
    public AnalysisSettings? Settings { get; init; }

    /// <summary>A folder that keeps each document's claims between runs, so unchanged documents are not extracted again; null for none.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>The analysts' decisions file; null reads <c>reviews.yaml</c> in the corpus folder when there is one.</summary>
    public string? DecisionsPath { get; init; }

    /// <summary>Told as each <see cref="AnalysisStage"/> starts, on the calling thread.</summary>
    public IProgress<AnalysisStage>? Progress { get; init; }
}
