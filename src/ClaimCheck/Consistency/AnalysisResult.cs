using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Consistency;

/// <summary>
/// Everything <c>claimcheck analyze</c> found: documents, claims and groups with verdicts. This is
/// <c>analysis.json</c> (schema version 1: the extraction contract plus <c>groups</c>) and the input of every report.
/// </summary>
/// <param name="SchemaVersion">1.</param>
/// <param name="Documents">The documents, in load order.</param>
/// <param name="Claims">All claims, by document then position.</param>
/// <param name="Groups">Groups, discrepancies first, then changes, agreements, singles; within a verdict by label.</param>
/// <param name="Summary">Counts.</param>
public sealed record AnalysisResult(
    int SchemaVersion,
    IReadOnlyList<DocumentSummary> Documents,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<ClaimGroup> Groups,
    AnalysisSummary Summary)
{
    /// <summary>Claims a reviewer marked as wrongly extracted: kept in <see cref="Claims"/>, left out of every group.</summary>
    public IReadOnlyList<string> IgnoredClaimIds { get; init; } = [];
}
