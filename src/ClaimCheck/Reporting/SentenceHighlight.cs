using ClaimCheck.Extraction;

namespace ClaimCheck.Reporting;

/// <summary>
/// Where a claim's <c>text</c> lies inside its <c>sentence</c>. Claims carry offsets into the document, not the sentence,
/// so the sentence's own offset is worked out from a claim of the same sentence whose text occurs there only once; failing
/// that, the claim's rank among the claims with the same sentence and text picks the occurrence; failing that, the first.
/// What is worked out for a sentence is kept for its other claims, so a sentence of many figures costs no more than its
/// figures: a line of <c>1,1,1,...</c> stays linear.
/// </summary>
internal sealed class SentenceHighlight
{
    private readonly ILookup<(string DocumentId, string Sentence), Claim> _bySentence;
    private readonly Dictionary<(string DocumentId, string Sentence), List<int>> _starts = [];
    private readonly Dictionary<(string DocumentId, string Sentence, string Text), List<int>> _ranks = [];

    /// <param name="claims">The claims whose sentences may be asked about (the claims asked about may be among them).</param>
    public SentenceHighlight(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        _bySentence = claims.ToLookup(c => (c.DocumentId, c.Sentence));
    }

    /// <summary>
    /// The claim's position in its sentence, or null when the text does not occur there.
    /// <paramref name="sameDocument"/> holds the claims of the claim's document (any order; the claim itself may be among them).
    /// </summary>
    public static int? Locate(Claim claim, IEnumerable<Claim> sameDocument)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new SentenceHighlight(sameDocument).Locate(claim);
    }

    /// <summary>The claim's position in its sentence, or null when the text does not occur there.</summary>
    public int? Locate(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var sentence = claim.Sentence;
        var text = claim.Text;
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(sentence))
        {
            return null;
        }

        var first = sentence.IndexOf(text, StringComparison.Ordinal);
        if (first < 0)
        {
            return null;
        }

        if (sentence.IndexOf(text, first + 1, StringComparison.Ordinal) < 0)
        {
            return first;
        }

        // A sibling found exactly once fixes where the sentence starts in the document, if the sentence is a verbatim span.
        var key = (claim.DocumentId, sentence);
        foreach (var sentenceStart in SentenceStarts(key))
        {
            var position = claim.Start - sentenceStart;
            if (position >= 0 && position + text.Length <= sentence.Length && string.CompareOrdinal(sentence, position, text, 0, text.Length) == 0)
            {
                return position;
            }
        }

        // Otherwise the n-th claim with this text (by offset) is its n-th occurrence in the sentence.
        var starts = SameTextStarts((claim.DocumentId, sentence, text));
        var rank = starts.BinarySearch(claim.Start);
        if (rank < 0)
        {
            rank = ~rank; // the claim itself is not among the siblings: it takes its place among them
        }

        var index = first;
        for (var i = 0; i < rank; i++)
        {
            var next = sentence.IndexOf(text, index + 1, StringComparison.Ordinal);
            if (next < 0)
            {
                return first;
            }

            index = next;
        }

        return index;
    }

    /// <summary>Where the sentence starts in the document, by each sibling whose text occurs once in it; distinct, in claim order.</summary>
    private List<int> SentenceStarts((string DocumentId, string Sentence) key)
    {
        if (_starts.TryGetValue(key, out var starts))
        {
            return starts;
        }

        starts = [];
        foreach (var sibling in _bySentence[key])
        {
            if (string.IsNullOrEmpty(sibling.Text))
            {
                continue;
            }

            var at = key.Sentence.IndexOf(sibling.Text, StringComparison.Ordinal);
            if (at >= 0 && key.Sentence.IndexOf(sibling.Text, at + 1, StringComparison.Ordinal) < 0 && !starts.Contains(sibling.Start - at))
            {
                starts.Add(sibling.Start - at);
            }
        }

        _starts[key] = starts;
        return starts;
    }

    /// <summary>The distinct offsets of the sentence's claims with this text, in order.</summary>
    private List<int> SameTextStarts((string DocumentId, string Sentence, string Text) key)
    {
        if (!_ranks.TryGetValue(key, out var starts))
        {
            starts = [.. _bySentence[(key.DocumentId, key.Sentence)]
                .Where(c => string.Equals(c.Text, key.Text, StringComparison.Ordinal))
                .Select(c => c.Start)
                .Distinct()
                .Order()];
            _ranks[key] = starts;
        }

        return starts;
    }
}
