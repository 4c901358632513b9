using System.Collections.Immutable;
using ClaimCheck.Consistency;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;

namespace ClaimCheck;

/// <summary>A corpus analysed: its documents, the claims grouped and judged, and what went wrong on the way.</summary>
/// <param name="Documents">The documents read (none when the claims were read from claim files).</param>
/// <param name="Result">Claims, groups and verdicts: what the reports show.</param>
/// <param name="Diagnostics">Errors and warnings of every stage; an error means some input was not read.</param>
public sealed record CorpusAnalysis(IReadOnlyList<Document> Documents, AnalysisResult Result, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether some input could not be read.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
