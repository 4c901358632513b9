using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Finds what a bare number counts: the noun phrase after it, up to its head noun
/// (<c>32 representatives of 21 countries</c> counts representatives; <c>seven European countries
/// conducted</c> counts European countries). Classifier nouns are looked through:
/// <c>1,000 types of military products</c> counts military products, with <c>type</c> kept aside.
/// </summary>
internal static class CountedNoun
{
    private const int MaxWords = 4;

    /// <summary>The counted phrase starting at token <paramref name="start"/>.</summary>
    /// <param name="view">The sentence's tokens.</param>
    /// <param name="start">First token after the number.</param>
    /// <param name="singular">Whether the number is one (the noun is then singular and the phrase ends at its first noun).</param>
    /// <param name="result">Unit name, classifier and the last token of the phrase.</param>
    public static bool TryFind(TokenView view, int start, bool singular, out (string Unit, string? Classifier, int Last) result)
    {
        result = default;
        if (!TryPhrase(view, start, singular, out var phraseFirst, out var phraseLast))
        {
            return false;
        }

        // "types of military products": the classifier is the whole phrase so far and "of" follows.
        if (phraseFirst == phraseLast && view.In(Lexicon.Classifiers, phraseFirst) && view.Is(phraseLast + 1, "of")
            && TryPhrase(view, phraseLast + 2, singular: false, out var innerFirst, out var innerLast))
        {
            result = (UnitNames.FromPhrase(PhraseText(view, innerFirst, innerLast)), UnitNames.FromPhrase(view.Text(phraseFirst)), innerLast);
            return true;
        }

        result = (UnitNames.FromPhrase(PhraseText(view, phraseFirst, phraseLast)), null, phraseLast);
        return true;
    }

    private static bool TryPhrase(TokenView view, int start, bool singular, out int first, out int last)
    {
        first = start;
        last = -1;
        var words = 0;
        var i = start;
        while (i < view.Count && words < MaxWords)
        {
            if (IsGluedModel(view, i, out var modelLast))
            {
                // "40 A320 jets", "3 million X12 phones", "14 K-9 howitzers": the model is part of what is counted.
                last = modelLast;
                words++;
                i = modelLast + 1;
                if (singular || view.Is(modelLast, "s"))
                {
                    break; // "a PS5", "40 E175s"
                }

                continue;
            }

            if (words > 0 && IsModelNumber(view, i))
            {
                last = i; // "two new 737 Max jets": the model number is part of what is counted
                i++;
                continue;
            }

            if (!view.IsWord(i) || (i > start && !view.Tokens[i].SpaceBefore && !view.IsDash(i - 1)))
            {
                break;
            }

            if (i == start && !view.Tokens[i].SpaceBefore && view.Tokens[i].Kind == TokenKind.Word)
            {
                break; // glued to the number: a unit or suffix the caller did not know, not a noun
            }

            var word = view.Text(i);
            if (words > 0 && (word is "and" or "&") && view.IsWord(i + 1) && !view.In(Lexicon.PhraseBreakers, i + 1))
            {
                i++; // "4.3M digital and physical sales"
                continue;
            }

            if (word.Length == 1 || Lexicon.PhraseBreakers.Contains(word) || NumberWords.Cardinals.ContainsKey(word) || CalendarWords.Months.ContainsKey(word) && view.StartsUpper(i))
            {
                break;
            }

            // Compound words: "first-team", "Cold-War-era"; names with a number: "COVID-19", "COVID -19" as scraped.
            var wordLast = i;
            while (view.IsHyphenJoined(wordLast + 1) && view.IsWord(wordLast + 2))
            {
                wordLast += 2;
            }

            if (view.IsDash(wordLast + 1) && view.IsNumber(wordLast + 2) && !view.Tokens[wordLast + 2].SpaceBefore && word.Any(char.IsUpper))
            {
                wordLast += 2;
            }

            // A capitalised -ing word inside the phrase is a name, not a verb: "40 Boeing 737 jets".
            if (LooksLikeVerb(word) && !view.StartsUpper(i) && !(wordLast == i && IsModifierBeforeNoun(view, wordLast + 1)))
            {
                break;
            }

            last = wordLast;
            words++;
            i = wordLast + 1;
            if (singular || LooksPlural(view.Text(wordLast)))
            {
                break; // the head noun: "five profile slots available" counts profile slots
            }
        }

        return last >= first;
    }

    /// <summary>
    /// A model name of letters with digits glued to them, perhaps by a hyphen, and a plural <c>s</c>: <c>A320</c>, <c>X12</c>,
    /// <c>PS5</c>, <c>K-9</c>, <c>E175s</c>. The word must hold a capital, so <c>covid-19</c> written in lower case is left to the compound rule.
    /// </summary>
    private static bool IsGluedModel(TokenView view, int i, out int last)
    {
        last = i;
        if (!view.IsWord(i) || !view.Tokens[i].SpaceBefore || !view.Span(i).ContainsAnyInRange('A', 'Z') || Currency.TryPrefix(view, i, out _) is not null)
        {
            return false; // "3 USD50 cards" are cards of 50 dollars
        }

        var n = view.IsHyphenJoined(i + 1) ? i + 2 : i + 1;
        if (!view.IsNumber(n) || view.Tokens[n].SpaceBefore || view.Span(n).ContainsAny(',', '.'))
        {
            return false;
        }

        last = view.IsAttachedWord(n + 1) && view.Is(n + 1, "s") ? n + 1 : n;
        return true;
    }

    /// <summary>
    /// A plain integer inside a noun phrase, beside a capitalised word: the <c>737</c> of <c>new 737 Max jets</c> and of
    /// <c>40 Boeing 737 jets</c>, the <c>158</c> of <c>22 older Class 158 units</c>.
    /// </summary>
    private static bool IsModelNumber(TokenView view, int i) =>
        view.IsNumber(i) && view.Tokens[i].SpaceBefore && view.IsWord(i - 1) && view.IsWord(i + 1) && view.Tokens[i + 1].SpaceBefore
        && (view.StartsUpper(i + 1) || view.StartsUpper(i - 1)) && !view.Span(i).ContainsAny(',', '.');

    /// <summary><c>world's</c>, <c>world’s</c>, and <c>world"s</c> as scraped pages write it.</summary>
    public static bool IsPossessive(string word) =>
        word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’' or '"';

    private static string PhraseText(TokenView view, int first, int last) => view.Key(first, last);

    /// <summary>-ed and -ing words end a noun phrase (<c>seven countries conducted</c>) unless a noun follows (<c>300 recorded songs</c>).</summary>
    private static bool LooksLikeVerb(string word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase);

    private static bool IsModifierBeforeNoun(TokenView view, int next) =>
        view.IsLowerWord(next) && view.Tokens[next].SpaceBefore && !view.In(Lexicon.PhraseBreakers, next) && LooksPlural(view.Text(next));

    public static bool LooksPlural(string word) =>
        !IsPossessive(word) && word.Length > 2 && (word.EndsWith('s') || word.EndsWith('S')) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
        && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase)
        || word.Equals("people", StringComparison.OrdinalIgnoreCase) || word.EndsWith("men", StringComparison.OrdinalIgnoreCase)
        || word.Equals("children", StringComparison.OrdinalIgnoreCase) || word.Equals("police", StringComparison.OrdinalIgnoreCase)
        || word.Equals("staff", StringComparison.OrdinalIgnoreCase) || word.Equals("personnel", StringComparison.OrdinalIgnoreCase);
}
