namespace ClaimCheck.Matching;

/// <summary>How a matcher compares the claims of one analysis, by their index in the list it was prepared with.</summary>
public interface IClaimComparisons
{
    /// <summary>The pairs worth scoring (the candidate-pair source), the lower index first, each pair once, in a stable order.</summary>
    IEnumerable<(int Left, int Right)> Candidates();

    /// <summary>A score from 0 to 100; pairs at or above the threshold are grouped. Called for every candidate, in parallel.</summary>
    double Score(int left, int right);

    /// <summary>Why two claims can never be in one group (a plan and a result, two stories), or null. A group never holds two such claims.</summary>
    string? KeepApart(int left, int right);

    /// <summary>The reasons for a pair's score, in plain English. Called only for pairs that join groups.</summary>
    IReadOnlyList<string> Explain(int left, int right);

    /// <summary>Up to three words that say what a group of these claims is about (labels in the reports); may be empty.</summary>
    IReadOnlyList<string> Label(IReadOnlyList<int> members);
}
