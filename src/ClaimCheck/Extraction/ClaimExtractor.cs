using ClaimCheck.Corpus;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// The rule-based extractor: splits sentences, tokenizes, finds dates and quantities, then gives each
/// quantity its time reference (the nearest time expression of its sentence, else the last one of its
/// paragraph, else the publication date) and its speaker (the sentence's attribution, or the attribution
/// of the quotation it belongs to; a pronoun resolves to the last named speaker).
/// </summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    private readonly ISentenceSplitter _splitter;

    public ClaimExtractor(ISentenceSplitter? splitter = null) => _splitter = splitter ?? SentenceSplitter.Default;

    public static ClaimExtractor Default { get; } = new();

    public IReadOnlyList<Claim> Extract(Document document)
    {
        var text = document.Text;
        var facts = ReadSentences(document);
        ResolveSpeakers(facts);
        var claims = new List<Claim>();
        var occurrences = new Dictionary<(string SentenceKey, string Text), int>();
        TimePeriod? paragraphTime = null;
        var paragraph = -1;
        var publishedIso = document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var fact in facts)
        {
            // Narrative time: "Between 1970 and 1982, dozens of plants were built. Four of them made radios."
            // A sentence with no time of its own is about the time of its paragraph so far.
            if (fact.Paragraph != paragraph)
            {
                paragraphTime = null;
                paragraph = fact.Paragraph;
            }

            var sentenceText = fact.Quantities.Count == 0 ? string.Empty : fact.Sentence.GetText(text);
            var sentenceKey = fact.Quantities.Count == 0 ? string.Empty : ClaimIds.SentenceKey(sentenceText);
            foreach (var quantity in fact.Quantities)
            {
                var start = fact.View!.Tokens[quantity.First].Start;
                var end = fact.View.Tokens[quantity.Last].End;
                var claimText = text[start..end];
                var key = (sentenceKey, claimText);
                occurrences[key] = occurrences.TryGetValue(key, out var seen) ? seen + 1 : 0;
                var asOf = quantity.Kind == ClaimKind.Date ? quantity.Period?.Iso ?? quantity.Date : NearestTime(fact.Dates, quantity)?.Iso ?? paragraphTime?.Iso ?? publishedIso;
                claims.Add(new Claim(
                    ClaimIds.For(document.Id, sentenceKey, claimText, occurrences[key]),
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
                    fact.Speaker,
                    quantity.Classifier));
            }

            paragraphTime = fact.Dates.LastOrDefault(d => d.Period is not null)?.Period ?? paragraphTime;
        }

        return claims;
    }

    /// <summary>What each sentence holds: its tokens, dates, quantities, attribution, paragraph and quotation state.</summary>
    private List<SentenceFacts> ReadSentences(Document document)
    {
        var text = document.Text;
        var facts = new List<SentenceFacts>();
        var paragraph = 0;
        var previousEnd = 0;
        var quoteOpen = false;
        foreach (var sentence in _splitter.Split(text, document.Skipped))
        {
            if (text.AsSpan(previousEnd, sentence.Start - previousEnd).Contains('\n'))
            {
                paragraph++;
                quoteOpen = false;
            }

            previousEnd = sentence.End;
            var view = new TokenView(text, Tokenizer.Tokenize(text, sentence.Start, sentence.End));
            var dates = DateRecognizer.Find(view, document.Published);
            var startsQuoted = quoteOpen || text[sentence.Start] is '"' or '“' or '«';
            quoteOpen = Quotes.LeavesOpen(text.AsSpan(sentence.Start, sentence.End - sentence.Start), quoteOpen);
            var quantities = QuantityRecognizer.Recognize(view, dates);

            // Sentences without figures only matter for their time and speaker: let their tokens go.
            facts.Add(quantities.Count == 0
                ? new SentenceFacts(sentence, null, [.. dates.Where(d => d.Period is not null)], quantities, SpeakerFinder.Find(view), paragraph, startsQuoted)
                : new SentenceFacts(sentence, view, dates, quantities, SpeakerFinder.Find(view), paragraph, startsQuoted));
        }

        return facts;
    }

    /// <summary>
    /// A quoted sentence without attribution belongs to whoever the quote is attributed to later in its
    /// paragraph (<c>"The next stage ... dens," the expert opined.</c>); <c>he said</c> means the last named speaker.
    /// </summary>
    private static void ResolveSpeakers(List<SentenceFacts> facts)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Speaker is not null || !facts[i].StartsQuoted)
            {
                continue;
            }

            for (var j = i + 1; j < facts.Count && facts[j].Paragraph == facts[i].Paragraph; j++)
            {
                if (facts[j].Speaker is not null)
                {
                    facts[i] = facts[i] with { Speaker = facts[j].Speaker };
                    break;
                }
            }
        }

        string? lastNamed = null;
        for (var i = 0; i < facts.Count; i++)
        {
            var speaker = facts[i].Speaker;
            if (speaker is not null && SpeakerFinder.Pronouns.Contains(speaker))
            {
                facts[i] = facts[i] with { Speaker = lastNamed };
            }
            else if (speaker is not null)
            {
                lastNamed = speaker;
            }
        }
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
