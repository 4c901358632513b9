namespace ClaimCheck.Consistency;

/// <summary>Counts for the report's summary line: <c>18 documents, 240 claims, 31 groups: 12 agreements, ...</c>.</summary>
public sealed record AnalysisSummary(int Documents, int Claims, int Groups, int Agreements, int Changes, int Discrepancies, int Singles);
