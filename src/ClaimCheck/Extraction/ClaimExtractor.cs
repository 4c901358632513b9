using ClaimCheck.Corpus;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// The rule-based extractor: splits sentences, tokenizes, finds dates and quantities, then gives each
/// quantity its time reference (the nearest time expression of its sentence, else the last one of its
/// paragraph, else the publication date) and its speaker (the sentence's attribution, a pronoun resolving
/// to the last named speaker).
/// </summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    private readonly ISentenceSplitter _splitter;

    public ClaimExtractor(ISentenceSplitter? splitter = null) => _splitter = splitter ?? SentenceSplitter.Default;

    public static ClaimExtractor Default { get; } = new();

    public IReadOnlyList<Claim> Extract(Document document)
    {
        var text = document.Text;
        var claims = new List<Claim>();
        var occurrences = new Dictionary<(string Sentence, string Text), int>();
        string? lastSpeaker = null;
        TimePeriod? paragraphTime = null;
        var previousEnd = 0;
        var publishedIso = document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var sentence in _splitter.Split(text, document.Skipped))
        {
            var view = new TokenView(text, Tokenizer.Tokenize(text, sentence.Start, sentence.End));
            var dates = DateRecognizer.Find(view, document.Published);

            // Narrative time: "Between 1970 and 1982, dozens of plants were built. Four of them made radios."
            // A sentence with no time of its own is about the time of its paragraph so far.
            if (text.AsSpan(previousEnd, sentence.Start - previousEnd).Contains('\n'))
            {
                paragraphTime = null;
            }

            previousEnd = sentence.End;
            var ownTime = dates.LastOrDefault(d => d.Period is not null)?.Period;
            var quantities = QuantityRecognizer.Recognize(view, dates);
            var speaker = SpeakerFinder.Find(view);
            if (speaker is not null && SpeakerFinder.Pronouns.Contains(speaker))
            {
                speaker = lastSpeaker;
            }
            else if (speaker is not null)
            {
                lastSpeaker = speaker;
            }

            if (quantities.Count == 0)
            {
                paragraphTime = ownTime ?? paragraphTime;
                continue;
            }

            var sentenceText = sentence.GetText(text);
            foreach (var quantity in quantities)
            {
                var start = view.Tokens[quantity.First].Start;
                var end = view.Tokens[quantity.Last].End;
                var claimText = text[start..end];
                var key = (sentenceText, claimText);
                occurrences[key] = occurrences.TryGetValue(key, out var seen) ? seen + 1 : 0;
                var asOf = quantity.Kind == ClaimKind.Date ? quantity.Period?.Iso ?? quantity.Date : NearestTime(dates, quantity)?.Iso ?? paragraphTime?.Iso ?? publishedIso;
                claims.Add(new Claim(
                    ClaimIds.For(document.Id, sentenceText, claimText, occurrences[key]),
                    document.Id,
                    claimText,
                    sentenceText,
                    start,
                    end,
                    quantity.Kind,
                    quantity.Value,
                    quantity.Low,
                    quantity.High,
                    quantity.Qualifier,
                    quantity.Unit,
                    quantity.Date,
                    asOf,
                    speaker,
                    quantity.Classifier));
            }

            paragraphTime = ownTime ?? paragraphTime;
        }

        return claims;
    }

    /// <summary>The time expression of the sentence closest to the quantity, in tokens.</summary>
    private static TimePeriod? NearestTime(List<DateMention> dates, Quantity quantity)
    {
        TimePeriod? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            if (date.Period is not { } period)
            {
                continue;
            }

            var distance = date.First > quantity.Last ? date.First - quantity.Last : quantity.First - date.Last;
            if (distance < bestDistance)
            {
                best = period;
                bestDistance = distance;
            }
        }

        return best;
    }
}
