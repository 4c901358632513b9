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

    public static ClaimProfile Profile(Claim claim, int index)
    {
        var unit = UnitSynonyms.Fold(claim.Unit);
        var change = claim.Qualifier is Qualifier.Increase or Qualifier.Decrease ? "change" : "level";
        var blockKey = string.Join('|', claim.Kind.ToString(), change, UnitSynonyms.Head(unit));
        var words = ContextTerms(claim);
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
            Normalize(claim.Sentence));
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
    private static Dictionary<string, string> ContextTerms(Claim claim)
    {
        var sentence = claim.Sentence;
        var offset = claim.Sentence.IndexOf(claim.Text, StringComparison.Ordinal);
        var figureStart = Math.Max(0, offset);
        var figureEnd = offset < 0 ? 0 : offset + claim.Text.Length;
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length);
        var figureFirst = Array.FindIndex(tokens, t => t.End > figureStart);
        var figureLast = Array.FindLastIndex(tokens, t => t.Start < figureEnd);
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = WordsAway(tokens, figureFirst < 0 ? 0 : figureFirst, -1);
        var last = WordsAway(tokens, figureLast < 0 ? tokens.Length - 1 : figureLast, +1);
        for (var i = first; i <= last; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || (offset >= 0 && token.Start >= figureStart && token.End <= figureEnd) || token.Length < 3)
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

    /// <summary>The token index <see cref="ContextWindow"/> words away from <paramref name="from"/> in <paramref name="step"/> direction (punctuation does not count).</summary>
    private static int WordsAway(Text.Token[] tokens, int from, int step)
    {
        var words = 0;
        var i = from;
        while (i + step >= 0 && i + step < tokens.Length && words < ContextWindow)
        {
            i += step;
            if (tokens[i].Kind == TokenKind.Word)
            {
                words++;
            }
        }

        return i;
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
}
