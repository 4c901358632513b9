namespace ClaimCheck.Baseline;

/// <summary>The outcome of comparing a corpus with its baseline.</summary>
/// <param name="Findings">Everything that changed, ordered by document, then kind, then claim.</param>
/// <param name="Groups">Every group of the corpus now, and every baseline group that no longer exists, for per-group reports (JUnit).</param>
/// <param name="UnchangedClaims">How many figures are as the baseline has them.</param>
public sealed record CheckResult(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<CheckedGroup> Groups, int UnchangedClaims)
{
    /// <summary>Whether any finding is of a kind the run fails on.</summary>
    public bool Fails(IReadOnlySet<FindingKind> failOn) => Findings.Any(f => failOn.Contains(f.Kind));
}
