namespace ClaimCheck.Consistency;

/// <summary>How a figure moved between its earliest and latest statement.</summary>
/// <param name="FromClaimId">The earliest claim.</param>
/// <param name="ToClaimId">The latest claim.</param>
/// <param name="Direction"><c>up</c> or <c>down</c>.</param>
/// <param name="RelativeChange">(to − from) / from, when from is not zero; e.g. 0.5 for +50%.</param>
/// <param name="Description">Humanized: <c>rose from 300 (2014) to more than 450 (2019): +50% over 5 years</c>.</param>
public sealed record ChangeSummary(string FromClaimId, string ToClaimId, string Direction, double? RelativeChange, string Description);
