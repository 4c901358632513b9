namespace ClaimCheck.Matching;

/// <summary>Scores whether two claims state the same figure about the same thing. Replace it to try another similarity.</summary>
internal interface IClaimMatcher
{
    /// <summary>A score from 0 to 100. Called for every candidate pair, so it should not allocate.</summary>
    double Score(ClaimProfile left, ClaimProfile right);

    /// <summary>The reasons for the score, in plain English. Called only for pairs that end up grouped.</summary>
    IReadOnlyList<string> Explain(ClaimProfile left, ClaimProfile right);
}
