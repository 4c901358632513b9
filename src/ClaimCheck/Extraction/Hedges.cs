namespace ClaimCheck.Extraction;

/// <summary>Reads the words around a figure that qualify it: hedges before and after, and change verbs.</summary>
internal static class Hedges
{
    /// <summary>The qualifier phrase ending just before token <paramref name="first"/> (<c>more than</c>, <c>sub-</c>), with its first token.</summary>
    public static (Qualifier Qualifier, int First)? Before(TokenView view, int first)
    {
        var end = first - 1;
        if (view.IsHyphenJoined(end) && view.IsWord(end - 1))
        {
            end--; // "sub-7", "over-50"
        }

        foreach (var (words, qualifier) in QualifierLexicon.Before)
        {
            var start = end - words.Length + 1;
            if (start < 0)
            {
                continue;
            }

            var match = true;
            for (var w = 0; w < words.Length && match; w++)
            {
                match = view.Is(start + w, words[w]);
            }

            if (match && !IsPartOfLongerPhrase(view, start, words))
            {
                return (qualifier, start);
            }
        }

        return null;
    }

    /// <summary>"over" in "taken over 3 firms" is a verb particle, not a hedge, but only a parser could tell; we keep the hedge. "some" after "for" stays a hedge.</summary>
    private static bool IsPartOfLongerPhrase(TokenView view, int start, string[] words) =>
        words.Length == 1 && words[0] == "some" && view.Is(start - 1, "of");

    /// <summary>Whether a change verb or adverb governs the figure: <c>rose 5%</c>, <c>increased by 10 percent</c>, <c>up 19 cents</c>, <c>+0.2%</c>.</summary>
    public static Qualifier? Change(TokenView view, int first, int numberIndex)
    {
        if (view.IsSymbol(numberIndex - 1, '+') && !view.Tokens[numberIndex].SpaceBefore)
        {
            return Qualifier.Increase;
        }

        var verb = first - 1;
        if (view.Is(verb, "by"))
        {
            // "increased by 5%", "grow sales by 35 per cent": the verb may have an object between it and "by".
            for (var k = verb - 1; k >= Math.Max(0, verb - 4) && view.IsWord(k); k--)
            {
                if (view.In(Lexicon.IncreaseWords, k) && !view.Is(k, "up"))
                {
                    return Qualifier.Increase;
                }

                if (view.In(Lexicon.DecreaseWords, k) && !view.Is(k, "down"))
                {
                    return Qualifier.Decrease;
                }
            }

            return null;
        }

        if (!view.IsWord(verb))
        {
            return null;
        }

        var word = view.Text(verb);
        if ((word.Equals("up", StringComparison.OrdinalIgnoreCase) || word.Equals("down", StringComparison.OrdinalIgnoreCase))
            && view.IsWord(verb - 1) && view.In(Lexicon.PhrasalVerbs, verb - 1))
        {
            return null; // "gave up 517 yards", "set up 3 firms": a particle, not a change
        }

        return Lexicon.IncreaseWords.Contains(word) ? Qualifier.Increase : Lexicon.DecreaseWords.Contains(word) ? Qualifier.Decrease : null;
    }

    /// <summary>A hedge written after the figure: <c>or more</c>, <c>or so</c>, <c>100+</c>.</summary>
    public static (Qualifier Qualifier, int Last)? After(TokenView view, int next)
    {
        foreach (var (words, qualifier) in QualifierLexicon.After)
        {
            var match = true;
            for (var w = 0; w < words.Length && match; w++)
            {
                match = view.Is(next + w, words[w]);
            }

            if (match && (words[0] != "+" || !view.Tokens[next].SpaceBefore))
            {
                return (qualifier, next + words.Length - 1);
            }
        }

        return null;
    }
}
