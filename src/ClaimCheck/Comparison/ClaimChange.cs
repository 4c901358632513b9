using ClaimCheck.Extraction;

namespace ClaimCheck.Comparison;

/// <summary>One claim of the old version paired with one of the new, or a claim found in only one of them.</summary>
/// <param name="Change">What happened to it.</param>
/// <param name="Old">The claim in the old version (with its sentence); null when <see cref="ClaimChangeKind.Added"/>.</param>
/// <param name="New">The claim in the new version (with its sentence); null when <see cref="ClaimChangeKind.Removed"/>.</param>
public sealed record ClaimChange(ClaimChangeKind Change, Claim? Old, Claim? New);
