using ClaimCheck.Documents;

namespace ClaimCheck.Extraction;

/// <summary>The <c>--format json</c> document of <c>claimcheck extract</c>: schema version 1.</summary>
public sealed record ExtractionResult(int SchemaVersion, IReadOnlyList<DocumentSummary> Documents, IReadOnlyList<Claim> Claims)
{
    /// <summary>The version of the JSON contract this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
