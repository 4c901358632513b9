using ClaimCheck.Documents;
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

    /// <summary>An extractor that splits sentences with <paramref name="splitter"/> (the default splitter when null).</summary>
    public ClaimExtractor(ISentenceSplitter? splitter = null) => _splitter = splitter ?? SentenceSplitter.Default;

    /// <summary>The extractor the command line uses.</summary>
    public static ClaimExtractor Default { get; } = new();

    /// <summary>The claims of <paramref name="document"/>, in text order.</summary>
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
        TimePeriod? storyTime = null;
        var limit = ClaimDensity.Limit(text.Length);
        foreach (var fact in facts)
        {
            if (claims.Count >= limit)
            {
                break;
            }

            // Narrative time: "Between 1970 and 1982, dozens of plants were built. Four of them made radios."
            // A sentence with no time of its own is about the time of its paragraph so far.
            if (fact.Paragraph != paragraph)
            {
                paragraphTime = null;
                paragraph = fact.Paragraph;
            }

            // "over the same period", "during the year": the time the story named last.
            ResolveAnaphora(fact.Dates, storyTime);

            var sentenceText = fact.Quantities.Count == 0 ? string.Empty : fact.Sentence.GetText(text);
            var sentenceKey = fact.Quantities.Count == 0 ? string.Empty : ClaimIds.SentenceKey(sentenceText);
            foreach (var quantity in fact.Quantities)
            {
                if (claims.Count >= limit)
                {
                    break;
                }

                var start = fact.View!.Tokens[quantity.First].Start;
                var end = fact.View.Tokens[quantity.Last].End;
                var claimText = text[start..end];
                var key = (sentenceKey, claimText);
                occurrences[key] = occurrences.TryGetValue(key, out var seen) ? seen + 1 : 0;
                var frame = quantity.Kind == ClaimKind.Date ? ClaimFrame.Unknown : FrameReader.ReadTokens(fact.View!, quantity.First, quantity.Last);
                var asOf = quantity.Kind == ClaimKind.Date ? quantity.Period?.Iso ?? quantity.Date : FigureTime(fact, quantity, frame, document.Published, paragraphTime)?.Iso ?? publishedIso;
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
                    quantity.Classifier)
                { Negated = frame.Negated });
            }

            // A time after publication ("the terminal opens in 2024") is a plan's, not the paragraph's.
            paragraphTime = fact.Dates.LastOrDefault(d => d.Period is { } p && (document.Published is not { } day || p.From <= day))?.Period ?? paragraphTime;
            storyTime = fact.Dates.LastOrDefault(d => d.IsClaim && d.Period is { } p && (document.Published is not { } day || p.From <= day))?.Period ?? storyTime;
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
            var cues = TimeCues.Find(view, document.Published, dates);
            var startsQuoted = quoteOpen || text[sentence.Start] is '"' or '“' or '«';
            quoteOpen = Quotes.LeavesOpen(text.AsSpan(sentence.Start, sentence.End - sentence.Start), quoteOpen);
            var quantities = QuantityRecognizer.Recognize(view, dates);

            // Sentences without figures only matter for their time and speaker: let their tokens go.
            List<DateMention> times = [.. dates.Concat(cues).Where(d => d.Period is not null || d.Anaphoric).OrderBy(d => d.First)];
            facts.Add(quantities.Count == 0
                ? new SentenceFacts(sentence, null, times, quantities, SpeakerFinder.Find(view), paragraph, startsQuoted)
                : new SentenceFacts(sentence, view, times, quantities, SpeakerFinder.Find(view), paragraph, startsQuoted));
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

    /// <summary>
    /// Gives each time that points back (<c>over the same period</c>) the time named last: earlier in its sentence, else in the
    /// story before it; drops it when there is none.
    /// </summary>
    private static void ResolveAnaphora(List<DateMention> dates, TimePeriod? storyTime)
    {
        for (var k = dates.Count - 1; k >= 0; k--)
        {
            if (dates[k].Anaphoric && dates[k].Period is null)
            {
                var cue = dates[k];
                var before = dates.LastOrDefault(d => d.IsClaim && d.Last < cue.First && d.Period is not null)?.Period;
                if ((before ?? storyTime) is { } time)
                {
                    dates[k] = dates[k] with { Period = time };
                }
                else
                {
                    dates.RemoveAt(k);
                }
            }
        }
    }

    /// <summary>
    /// When a figure holds. An actual figure takes the nearest time expression of its own part of the sentence (between
    /// commas), else the nearest of the sentence, never one after publication (<c>when it opens in 2024</c> is not when a
    /// figure was counted); else the time of its paragraph so far. A planned or potential figure (<c>will cut 400 jobs</c>,
    /// <c>designed for 1 million passengers</c>) is dated when it is stated: a date written in its own part of the
    /// sentence, else the publication date, not a past time the sentence mentions for something else.
    /// </summary>
    private static TimePeriod? FigureTime(SentenceFacts fact, Quantity quantity, ClaimFrame frame, DateOnly? published, TimePeriod? paragraphTime)
    {
        var view = fact.View!;
        var (segmentStart, segmentEnd) = Segment(view, quantity.First, quantity.Last, fact.Dates);
        bool InSegment(DateMention d) => d.First >= segmentStart && d.Last <= segmentEnd;
        bool NotFuture(DateMention d) => published is not { } p || d.Period!.Value.From <= p;
        if (frame.Modality != Modality.Actual)
        {
            return Nearest(fact.Dates.Where(d => d.IsClaim && InSegment(d) && NotFuture(d)), quantity)
                ?? (published is { } day ? TimePeriod.Day(day) : null);
        }

        // A time in the part of the sentence of another figure is that figure's ("49,500 attended this weekend, compared
        // with 52,000 in 2019"), so it dates this one only when no other time speaks for it.
        var past = fact.Dates.Where(NotFuture).ToList();
        return Nearest(past.Where(InSegment), quantity)
            ?? Nearest(past.Where(d => !OtherFigureBetween(fact, quantity, d)), quantity)
            ?? paragraphTime;
    }

    /// <summary>Whether a time expression sits in a part of the sentence that holds another figure of its own.</summary>
    private static bool OtherFigureBetween(SentenceFacts fact, Quantity quantity, DateMention date)
    {
        var view = fact.View!;
        var (start, end) = Segment(view, date.First, date.Last, fact.Dates);
        return fact.Quantities.Exists(q => q != quantity && q.Kind != ClaimKind.Date && q.First >= start && q.Last <= end);
    }

    /// <summary>The tokens between the punctuation (commas, semicolons, colons, brackets, spaced dashes) around a figure.</summary>
    private static (int Start, int End) Segment(TokenView view, int first, int last, List<DateMention> dates)
    {
        var start = first;
        while (start > 0 && !IsSeparator(view, start - 1, dates))
        {
            start--;
        }

        var end = last;
        while (end + 1 < view.Count && !IsSeparator(view, end + 1, dates))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Punctuation between parts of a sentence; the comma inside a date (<c>May 10, 2023</c>) is not.</summary>
    private static bool IsSeparator(TokenView view, int k, List<DateMention> dates) =>
        !dates.Exists(d => d.First <= k && k <= d.Last) && IsPunctuation(view, k);

    private static bool IsPunctuation(TokenView view, int k) =>
        view.IsSymbol(k, ',') || view.IsSymbol(k, ';') || view.IsSymbol(k, ':') || view.IsSymbol(k, '(') || view.IsSymbol(k, ')')
        || (view.IsDash(k) && view.Tokens[k].SpaceBefore && k + 1 < view.Count && view.Tokens[k + 1].SpaceBefore);

    /// <summary>The time expression closest to the quantity, in tokens.</summary>
    private static TimePeriod? Nearest(IEnumerable<DateMention> dates, Quantity quantity)
    {
        TimePeriod? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            var distance = date.First > quantity.Last ? date.First - quantity.Last : quantity.First - date.Last;
            if (distance < bestDistance)
            {
                best = date.Period;
                bestDistance = distance;
            }
        }

        return best;
    }
}
