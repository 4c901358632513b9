using System.Collections.Frozen;
using ClaimCheck.Consistency;
using ClaimCheck.Extraction;
using ClaimCheck.Text;

namespace ClaimCheck.Matching;

/// <summary>Prepares claims for matching: unit folding, context words and time, once per claim.</summary>
internal static class ClaimProfiler
{
    /// <summary>How many words on each side of the figure make its context: the predicate and subject are near it.</summary>
    private const int ContextWindow = 15;

    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had", "been", "its", "their",
        "his", "her", "our", "which", "who", "will", "would", "also", "than", "more", "over", "about", "into", "such", "said",
        "says", "according", "there", "these", "those", "they", "them", "she", "him", "not", "but", "all", "any", "can", "could",
        "one", "two", "three", "year", "years", "day", "days", "time", "times", "percent", "cent", "per", "including", "well",
        "while", "during", "after", "before", "since", "until", "being", "other", "some", "many", "much", "most", "very", "just",
        "only", "even", "still", "both", "each", "every", "same", "new", "now", "then", "when", "where", "what", "how", "why",
        "out", "off", "under", "between", "among", "through", "against", "within", "without", "upon", "onto", "toward", "towards");

    /// <summary>
    /// Profiles every claim, in order. Claims of one sentence share its tokens and normalised text, so a sentence of
    /// many figures (a line of <c>1,1,1,...</c>) is tokenized once, not once per figure.
    /// </summary>
    public static List<ClaimProfile> ProfileAll(IReadOnlyList<Claim> claims)
    {
        var profiles = new List<ClaimProfile>(claims.Count);
        string? sentence = null;
        var tokens = new SentenceTokens([], []);
        var sentenceKey = string.Empty;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (!string.Equals(claim.Sentence, sentence, StringComparison.Ordinal))
            {
                sentence = claim.Sentence;
                var all = Tokenizer.Tokenize(sentence, 0, sentence.Length);
                tokens = new SentenceTokens(all, [.. Enumerable.Range(0, all.Length).Where(i => all[i].Kind == TokenKind.Word)]);
                sentenceKey = Normalize(sentence);
            }

            profiles.Add(Profile(claim, i, tokens, sentenceKey));
        }

        return profiles;
    }

    private static ClaimProfile Profile(Claim claim, int index, SentenceTokens sentenceTokens, string sentenceKey)
    {
        var unit = UnitSynonyms.Fold(claim.Unit);
        var change = claim.Qualifier is Qualifier.Increase or Qualifier.Decrease ? "change" : "level";
        var blockKey = string.Join('|', claim.Kind.ToString(), change, UnitSynonyms.Head(unit));
        var words = ContextTerms(claim, sentenceTokens);
        var terms = words.Keys.ToHashSet(StringComparer.Ordinal);
        return new ClaimProfile(
            claim,
            index,
            blockKey,
            unit,
            string.Join(' ', terms.Order(StringComparer.Ordinal)),
            terms,
            words,
            AsOfPeriod.Parse(claim.AsOf),
            sentenceKey);
    }

    /// <summary>
    /// Weighs every profile's terms by inverse document frequency over all profiles: a word most claims share
    /// (the country the corpus is about) says little about whether two claims are the same.
    /// </summary>
    public static List<ClaimProfile> Weigh(List<ClaimProfile> profiles)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            foreach (var term in profile.Terms)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        // Normalised inverse document frequency: 1 for a word only one claim has, near 0 for a word all claims have.
        var count = Math.Max(2, profiles.Count);
        var scale = Math.Log(1 + count);
        return [.. profiles.Select(p =>
        {
            var weights = p.Terms.ToDictionary(t => t, t => Math.Log(1 + ((double)count / frequency[t])) / scale, StringComparer.Ordinal);
            return p with { Weights = weights, TotalWeight = weights.Values.Sum() };
        })];
    }

    /// <summary>Content words within a window around the figure, outside the figure itself: stem → word as written.</summary>
    /// <remarks>
    /// Works on the indices of the sentence's word tokens with binary searches, so a figure costs the same in a sentence
    /// of a thousand other figures as in a short one.
    /// </remarks>
    private static Dictionary<string, string> ContextTerms(Claim claim, SentenceTokens sentenceTokens)
    {
        var (tokens, words) = (sentenceTokens.Tokens, sentenceTokens.Words);
        var sentence = claim.Sentence;
        var offset = claim.Sentence.IndexOf(claim.Text, StringComparison.Ordinal);
        var figureStart = Math.Max(0, offset);
        var figureEnd = offset < 0 ? 0 : offset + claim.Text.Length;
        var figureFirst = FirstIndex(tokens, t => t.End > figureStart);
        var figureLast = FirstIndex(tokens, t => t.Start >= figureEnd) - 1;
        var from = figureFirst >= tokens.Length ? 0 : figureFirst;
        var to = figureLast < 0 ? tokens.Length - 1 : figureLast;

        // ContextWindow words on each side, punctuation and figures not counted; the whole sentence when it has fewer.
        var before = FirstIndex(words, w => w >= from);
        var after = FirstIndex(words, w => w > to);
        var first = before >= ContextWindow ? words[before - ContextWindow] : 0;
        var last = words.Length - after >= ContextWindow ? words[after + ContextWindow - 1] : tokens.Length - 1;
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var w = FirstIndex(words, i => i >= first); w < words.Length && words[w] <= last; w++)
        {
            var token = tokens[words[w]];
            if ((offset >= 0 && token.Start >= figureStart && token.End <= figureEnd) || token.Length < 3)
            {
                continue;
            }

            var word = sentence.Substring(token.Start, token.Length).ToLowerInvariant();
            if (!StopWords.Contains(word))
            {
                terms.TryAdd(Stem(word), word);
            }
        }

        return terms;
    }

    /// <summary>The first index whose item satisfies a condition that, once true, stays true (items in text order); the length when none does.</summary>
    private static int FirstIndex<T>(T[] items, Func<T, bool> condition)
    {
        var (low, high) = (0, items.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (condition(items[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>A light suffix stripper: enough to make <c>produces</c>, <c>produced</c> and <c>producing</c> one term.</summary>
    internal static string Stem(string word)
    {
        word = word.Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal).Replace("\"s", string.Empty, StringComparison.Ordinal);
        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                return suffix is "ies" or "ied" ? stem + "y" : stem;
            }
        }

        return word;
    }

    /// <summary>Lower case, letters and digits only, single spaces: copies of a passage compare equal after this.</summary>
    internal static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A sentence's tokens and the indices of its word tokens, shared by the claims of the sentence.</summary>
    private sealed record SentenceTokens(Token[] Tokens, int[] Words);
}
