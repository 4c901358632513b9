using ClaimCheck.Documents;

namespace ClaimCheck.Comparison;

/// <summary>The JSON of a comparison, schema version 1 (see <c>docs/diff-schema.md</c>).</summary>
internal sealed record ComparisonJsonDocument(
    int SchemaVersion,
    DocumentSummary Old,
    DocumentSummary New,
    IReadOnlyList<ClaimChange> ClaimChanges,
    ComparisonSummary Summary,
    IReadOnlyList<TextSegment> Diff)
{
    public const int CurrentSchemaVersion = 1;

    public static ComparisonJsonDocument From(DocumentComparison comparison) => new(
        CurrentSchemaVersion,
        DocumentSummary.From(comparison.Old),
        DocumentSummary.From(comparison.New),
        comparison.ClaimChanges,
        comparison.Summary,
        comparison.Diff);
}
