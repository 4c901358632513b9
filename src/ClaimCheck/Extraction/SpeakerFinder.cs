using System.Collections.Frozen;

namespace ClaimCheck.Extraction;

/// <summary>
/// Finds who a sentence attributes its figures to: <c>according to X</c>, <c>X said</c>,
/// <c>said X</c>, <c>the minister said</c>. A pronoun (<c>he said</c>) is returned as such so the
/// caller can resolve it to the last named speaker.
/// </summary>
internal static class SpeakerFinder
{
    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "told", "tells", "stated", "states", "noted", "notes", "added", "adds", "explained", "explains",
        "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "announced", "announces", "claimed",
        "claims", "estimated", "estimates", "opined", "wrote", "writes", "declared", "declares", "remarked", "underlined",
        "underlines", "insisted", "insists", "argued", "argues", "warned", "warns", "confirmed", "confirms", "revealed",
        "reveals", "reported", "reports", "recalled", "recalls", "mentioned", "highlighted", "highlights", "pointed", "informed");

    private static readonly FrozenSet<string> NameConnectors = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "of", "the", "for", "and", "de", "al", "von", "van", "bin", "da", "del", "la", "le");

    public static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "they", "we", "i");

    private const int MaxNameTokens = 12;

    public static string? Find(TokenView view)
    {
        for (var i = 0; i < view.Count; i++)
        {
            if (view.Is(i, "according") && view.Is(i + 1, "to"))
            {
                var start = i + 2;
                if (view.Is(start, "the") && view.Is(start + 1, "words") && view.Is(start + 2, "of"))
                {
                    start += 3;
                }

                var name = NameForward(view, start) ?? CommonNounForward(view, start);
                if (name is not null)
                {
                    return name;
                }
            }
        }

        for (var i = 0; i < view.Count; i++)
        {
            if (!view.IsWord(i) || !SpeechVerbs.Contains(view.Text(i)))
            {
                continue;
            }

            // Passive: "announced by the President".
            if (view.Is(i + 1, "by"))
            {
                var agent = NameForward(view, i + 2) ?? CommonNounForward(view, i + 2);
                if (agent is not null)
                {
                    return agent;
                }

                continue;
            }

            var before = i - 1;
            while (view.Is(before, "has") || view.Is(before, "had") || view.Is(before, "have") || view.Is(before, "also") || view.Is(before, "reportedly") || view.Is(before, "once"))
            {
                before--;
            }

            var name = NameBackward(view, before);
            if (name is not null)
            {
                return name;
            }

            if (view.IsWord(before) && Pronouns.Contains(view.Text(before)))
            {
                return view.Text(before).ToLowerInvariant();
            }

            var common = CommonNounBackward(view, before);
            if (common is not null)
            {
                return common;
            }

            // Inverted: "..., said Montana in a statement."
            if (view.IsSymbol(i - 1, ',') || view.IsSymbol(i - 1, '"') || view.IsSymbol(i - 1, '”'))
            {
                var inverted = NameForward(view, i + 1) ?? CommonNounForward(view, i + 1);
                if (inverted is not null)
                {
                    return inverted;
                }
            }
        }

        return null;
    }

    private static string? NameBackward(TokenView view, int end)
    {
        var start = -1;
        var k = end;
        while (k >= 0 && end - k < MaxNameTokens)
        {
            if (view.StartsUpper(k))
            {
                start = k;
                k--;
            }
            else if (start != -1 && view.IsWord(k) && NameConnectors.Contains(view.Text(k)) && view.StartsUpper(k - 1))
            {
                k--;
            }
            else if (start != -1 && view.IsHyphenJoined(k))
            {
                k--;
            }
            else if (start != -1 && view.IsSymbol(k, '.') && view.StartsUpper(k - 1) && view.Tokens[k - 1].Length == 1)
            {
                k--; // an initial: "H.Mirza", "J. Smith"
            }
            else
            {
                break;
            }
        }

        return start < 0 || start > end ? null : Trim(view, start, end);
    }

    private static string? NameForward(TokenView view, int start)
    {
        if (!view.StartsUpper(start))
        {
            return null;
        }

        var end = start;
        var k = start + 1;
        while (k < view.Count && k - start < MaxNameTokens)
        {
            if (view.StartsUpper(k) && view.Tokens[k].SpaceBefore)
            {
                end = k;
            }
            else if (!(view.IsWord(k) && NameConnectors.Contains(view.Text(k)) && view.StartsUpper(k + 1)) && !view.IsHyphenJoined(k))
            {
                break;
            }

            k++;
        }

        return Trim(view, start, end);
    }

    /// <summary><c>the expert opined</c>, <c>the ministry said</c>: a definite noun phrase as the speaker.</summary>
    private static string? CommonNounBackward(TokenView view, int end)
    {
        if (!view.IsLowerWord(end) || view.In(Lexicon.PhraseBreakers, end))
        {
            return null;
        }

        var k = end - 1;
        while (k >= 0 && end - k < 4 && view.IsLowerWord(k) && !view.In(Lexicon.PhraseBreakers, k))
        {
            k--;
        }

        return view.Is(k, "the") ? view.Slice(k, end) : null;
    }

    private static string? CommonNounForward(TokenView view, int start)
    {
        if (!view.Is(start, "the") || !view.IsLowerWord(start + 1))
        {
            return null;
        }

        var end = start + 1;
        while (end + 1 < view.Count && end - start < 4 && view.IsLowerWord(end + 1) && !view.In(Lexicon.PhraseBreakers, end + 1))
        {
            end++;
        }

        return view.Slice(start, end);
    }

    private static string? Trim(TokenView view, int start, int end)
    {
        while (start < end && view.IsWord(start) && (view.In(Lexicon.PhraseBreakers, start) || NameConnectors.Contains(view.Text(start))))
        {
            start++;
        }

        while (end >= start && view.IsWord(end) && NameConnectors.Contains(view.Text(end)))
        {
            end--;
        }

        if (start > end || (start == end && view.In(Lexicon.PhraseBreakers, start)))
        {
            return null;
        }

        return view.Slice(start, end);
    }
}
