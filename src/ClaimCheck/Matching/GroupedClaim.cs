using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>
/// A claim as a group hands it to the verdict: what the verdict reads of its matching profile, held inline in the
/// group's array so the profiles (terms, names, the vocabulary) can go once matching is done.
/// </summary>
/// <param name="Claim">The claim.</param>
/// <param name="Index">Position in the analysed claim list (stable order).</param>
/// <param name="Period">The claim's time.</param>
internal readonly record struct GroupedClaim(Claim Claim, int Index, AsOfPeriod? Period);
