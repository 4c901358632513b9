using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>
/// A claim prepared once for matching, so no comparison repeats the work: its block key, unit words,
/// context terms (the sentence's content words, the subject and predicate of the figure) and time.
/// </summary>
/// <param name="Claim">The claim.</param>
/// <param name="Index">Position in the analysed claim list (stable order).</param>
/// <param name="BlockKey">Kind, change-or-level and the unit's head noun (synonyms folded): only claims with the same key are compared.</param>
/// <param name="Unit">The unit with synonyms folded, lower case.</param>
/// <param name="Context">Content words of the sentence around the figure, stemmed, sorted, space-separated: what FuzzySharp compares.</param>
/// <param name="Terms">The same words as a set, for candidate generation.</param>
/// <param name="Words">For each term, the word as written (lower case), to show people.</param>
/// <param name="Period">The claim's time.</param>
/// <param name="SentenceKey">The normalised sentence, to find copied passages and same-sentence pairs.</param>
internal sealed record ClaimProfile(
    Claim Claim,
    int Index,
    string BlockKey,
    string Unit,
    string Context,
    IReadOnlySet<string> Terms,
    IReadOnlyDictionary<string, string> Words,
    AsOfPeriod? Period,
    string SentenceKey)
{
    /// <summary>Each term's weight (inverse document frequency over the analysed claims); rare words say more.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Sum of <see cref="Weights"/>.</summary>
    public double TotalWeight { get; init; }
}
