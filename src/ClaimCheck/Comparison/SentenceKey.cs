using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Comparison;

/// <summary>
/// What a claim's sentence says apart from its figures: normalised (<see cref="ClaimProfiler.Normalize"/>), without the
/// claim's own text and without any number, so a new figure, this claim's or another's in the sentence, does not make
/// the sentence look different. Kept with its words sorted too, for comparisons that ignore word order.
/// </summary>
internal sealed record SentenceKey(string Text, string Sorted)
{
    public static SentenceKey Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var sentence = claim.Sentence;
        var at = sentence.IndexOf(claim.Text, StringComparison.Ordinal);
        if (at >= 0)
        {
            sentence = string.Concat(sentence.AsSpan(0, at), " ", sentence.AsSpan(at + claim.Text.Length));
        }

        var words = ClaimProfiler.Normalize(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Any(char.IsAsciiDigit)).ToList();
        return new SentenceKey(string.Join(' ', words), string.Join(' ', words.Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// 0–100: FuzzySharp's ratio of the two sentences, or of their sorted words when that is higher (FuzzySharp's token-sort
    /// ratio), so a sentence whose clauses were reordered still matches.
    /// </summary>
    public int Similarity(SentenceKey other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (string.Equals(Text, other.Text, StringComparison.Ordinal))
        {
            return 100;
        }

        return Math.Max(Fuzz.Ratio(Text, other.Text, PreprocessMode.None), Fuzz.Ratio(Sorted, other.Sorted, PreprocessMode.None));
    }
}
