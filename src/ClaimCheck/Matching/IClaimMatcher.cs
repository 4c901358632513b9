namespace ClaimCheck.Matching;

/// <summary>Scores whether two claims state the same figure about the same thing. Replace it to try another similarity.</summary>
internal interface IClaimMatcher
{
    /// <summary>A score from 0 to 100 and the reasons for it, in plain English.</summary>
    (double Score, IReadOnlyList<string> Reasons) Score(ClaimProfile left, ClaimProfile right);
}
