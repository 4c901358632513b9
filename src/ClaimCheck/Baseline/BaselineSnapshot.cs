using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Baseline;

/// <summary>
/// A committed snapshot of a corpus's claims and groups (<c>reports/baseline.json</c>): sorted, without
/// timestamps, offsets or absolute paths, so its diff in a pull request shows only what really changed.
/// </summary>
public sealed record BaselineSnapshot(int SchemaVersion, IReadOnlyList<BaselineClaim> Claims, IReadOnlyList<BaselineGroup> Groups)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>The snapshot of an analysis: figures only (dates are time references), sorted by document then id.</summary>
    public static BaselineSnapshot From(AnalysisResult analysis) =>
        new(
            CurrentSchemaVersion,
            [.. analysis.Claims.Where(c => c.Kind != ClaimKind.Date).Select(BaselineClaim.From)
                .OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)],
            [.. analysis.Groups.Select(g => new BaselineGroup(g.Id, g.Label, g.Verdict, [.. g.ClaimIds.Order(StringComparer.Ordinal)]))
                .OrderBy(g => g.Id, StringComparer.Ordinal)]);
}
