namespace ClaimCheck.Consistency;

/// <summary>One claim of a group, as the verdict saw it.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Interval">The values the claim allows (interval notation in JSON).</param>
/// <param name="AsOf">The date or period the figure refers to (the claim's <c>asOf</c>).</param>
/// <param name="RepeatOf">When this claim repeats another's passage (syndicated or copied text), that claim's id: it is not an independent source.</param>
public sealed record GroupMember(string ClaimId, string Interval, string? AsOf, string? RepeatOf);
