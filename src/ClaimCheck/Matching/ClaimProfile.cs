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
/// <param name="Terms">Content words of the sentence around the figure, as <see cref="Vocabulary"/> numbers, ascending.</param>
/// <param name="TotalWeight">Sum of the terms' weights (<see cref="ContextVocabulary.Weight"/>).</param>
/// <param name="Period">The claim's time.</param>
/// <param name="SentenceId">The same number for claims of one sentence of one document, to keep apart two figures of one sentence.</param>
/// <param name="Vocabulary">What the term numbers stand for.</param>
internal sealed record ClaimProfile(
    Claim Claim,
    int Index,
    string BlockKey,
    string Unit,
    int[] Terms,
    double TotalWeight,
    AsOfPeriod? Period,
    int SentenceId,
    ContextVocabulary Vocabulary)
{
    /// <summary>The terms written with a capital inside the sentence (places, people, organisations), ascending: a subset of <see cref="Terms"/>.</summary>
    public int[] Names { get; init; } = [];
}
