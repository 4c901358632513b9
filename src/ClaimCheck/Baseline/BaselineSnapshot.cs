using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Baseline;

/// <summary>
/// A committed snapshot of a corpus's claims and groups (<c>reports/baseline.json</c>): sorted, without
/// timestamps, offsets or absolute paths, so its diff in a pull request shows only what really changed.
/// </summary>
public sealed record BaselineSnapshot(int SchemaVersion, IReadOnlyList<BaselineClaim> Claims, IReadOnlyList<BaselineGroup> Groups)
{
    /// <summary>2 records the documents; 1 (still read) had only claims and groups.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The oldest version still read: its figures are checked, its documents are not known.</summary>
    public const int OldestReadableVersion = 1;

    /// <summary>The documents, by id; empty in a version 1 baseline.</summary>
    public IReadOnlyList<BaselineDocument> Documents { get; init; } = [];

    /// <summary>Whether the baseline records its documents, so that vanished, moved and re-dated documents can be found.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool RecordsDocuments => SchemaVersion >= 2;

    /// <summary>The snapshot of an analysis: figures only (dates are time references), sorted by document then id.</summary>
    public static BaselineSnapshot From(AnalysisResult analysis) =>
        new(
            CurrentSchemaVersion,
            [.. analysis.Claims.Where(c => c.Kind != ClaimKind.Date).Select(BaselineClaim.From)
                .OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)],
            [.. analysis.Groups.Select(g => new BaselineGroup(g.Id, g.Label, g.Verdict, [.. g.ClaimIds.Order(StringComparer.Ordinal)]))
                .OrderBy(g => g.Id, StringComparer.Ordinal)])
        {
            Documents = [.. analysis.Documents.Select(d => new BaselineDocument(d.Id, d.Title, d.Published)).OrderBy(d => d.Id, StringComparer.Ordinal)],
        };
}
