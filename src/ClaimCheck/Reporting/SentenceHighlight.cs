using ClaimCheck.Extraction;

namespace ClaimCheck.Reporting;

/// <summary>
/// Where a claim's <c>text</c> lies inside its <c>sentence</c>. Claims carry offsets into the document, not the sentence,
/// so the sentence's own offset is worked out from a claim of the same sentence whose text occurs there only once; failing
/// that, the claim's rank among the claims with the same sentence and text picks the occurrence; failing that, the first.
/// </summary>
internal static class SentenceHighlight
{
    /// <summary>
    /// The claim's position in its sentence, or null when the text does not occur there.
    /// <paramref name="sameDocument"/> holds the claims of the claim's document (any order; the claim itself may be among them).
    /// </summary>
    public static int? Locate(Claim claim, IEnumerable<Claim> sameDocument)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(sameDocument);
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

        var siblings = sameDocument
            .Where(c => string.Equals(c.DocumentId, claim.DocumentId, StringComparison.Ordinal) && string.Equals(c.Sentence, sentence, StringComparison.Ordinal))
            .ToList();

        // A sibling found exactly once fixes where the sentence starts in the document, if the sentence is a verbatim span.
        foreach (var sibling in siblings)
        {
            if (string.IsNullOrEmpty(sibling.Text))
            {
                continue;
            }

            var at = sentence.IndexOf(sibling.Text, StringComparison.Ordinal);
            if (at < 0 || sentence.IndexOf(sibling.Text, at + 1, StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var position = claim.Start - (sibling.Start - at);
            if (position >= 0 && position + text.Length <= sentence.Length && string.CompareOrdinal(sentence, position, text, 0, text.Length) == 0)
            {
                return position;
            }
        }

        // Otherwise the n-th claim with this text (by offset) is its n-th occurrence in the sentence.
        var rank = siblings
            .Where(c => string.Equals(c.Text, text, StringComparison.Ordinal))
            .Select(c => c.Start)
            .Append(claim.Start)
            .Distinct()
            .Order()
            .ToList()
            .IndexOf(claim.Start);
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
}
