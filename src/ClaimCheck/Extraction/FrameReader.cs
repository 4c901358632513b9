using System.Collections.Frozen;
using ClaimCheck.Vocabulary;

namespace ClaimCheck.Extraction;

/// <summary>
/// Reads the frame of a figure (<see cref="ClaimFrame"/>) from the words of its sentence, without a parser: the
/// predicate is the nearest telling verb before the figure in its clause (<c>exports to about 40 countries</c>), or
/// after it when the figure opens its clause (<c>610,000 people flew in or out of Merrowby</c>); a figure compared
/// with another (<c>up from 371,000</c>) shares that figure's predicate. Modality and negation come from the words
/// between the clause's start and the figure; what the figure is about is the phrase before the predicate, or the
/// object of the preposition after it.
/// </summary>
internal static class FrameReader
{
    /// <summary>How many words before the figure the predicate may be: beyond that it governs something else.</summary>
    private const int LeftWords = 7;

    /// <summary>How many words after a clause-opening figure its predicate may be (<c>More than 440 people now work on</c>).</summary>
    private const int RightWords = 5;

    /// <summary>How many words a comparison looks back for the figure it is compared with (<c>handled 412,000 passengers in 2015, up from 371,000</c>).</summary>
    private const int ComparisonWords = 14;

    /// <summary>Words that open a clause of their own: the figure's clause starts after them.</summary>
    internal static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "which", "who", "whom", "whose", "that", "where", "because", "although", "though", "while",
        "whereas", "if", "unless", "so");

    /// <summary>Words that may stand between the start of a clause and a figure that is its subject.</summary>
    private static readonly FrozenSet<string> SubjectLead = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "the", "a", "an", "some", "its", "their", "his", "her", "our", "all", "only", "just", "another",
        "and", "but", "today", "now", "this", "these", "those", "last", "year", "in", "by", "more", "than", "over", "about", "around",
        "nearly", "almost", "roughly", "approximately", "up", "to", "under", "fewer", "less", "least", "at", "well", "half", "quarter",
        "estimated", "of", "much", "many", "most", "close", "barely", "exactly", "precisely");

    /// <summary>Auxiliaries, adverbs and particles passed over on the way from a figure to its predicate or from a predicate to its subject.</summary>
    private static readonly FrozenSet<string> Skippable = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
        "can", "could", "may", "might", "must", "do", "does", "did", "not", "never", "to", "now", "also", "still", "currently",
        "already", "reportedly", "recently", "then", "just", "only", "since", "once", "again", "each", "every", "annually", "together",
        "altogether", "so", "far", "yet", "even", "both", "all", "’ll", "'ll", "today");

    /// <summary>Prepositions that end the head of a noun phrase (<c>a parts warehouse on the same site</c> is about a warehouse).</summary>
    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "in", "at", "on", "of", "for", "with", "from", "near", "across", "by", "under", "to", "through",
        "into", "onto", "over", "inside", "outside", "around", "throughout", "out", "or", "beside", "behind", "within", "along");

    /// <summary>Words that end the phrase after a preposition: time words and the like (<c>came to the park last year</c>).</summary>
    private static readonly FrozenSet<string> PhraseEnds = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "last", "this", "next", "year", "years", "month", "week", "today", "yesterday", "now", "and",
        "but", "which", "who", "that", "where", "when", "while", "after", "before", "during", "since", "said", "says", "according", "as");

    /// <summary>Words that name no kind of thing: a phrase headed by one says nothing about what the figure is about.</summary>
    private static readonly FrozenSet<string> NotHeads = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "it", "they", "he", "she", "we", "you", "i", "this", "that", "these", "those", "there", "one",
        "which", "who", "what", "all", "both", "each", "some", "others", "other", "same", "whole", "total", "number", "figure",
        "figures", "year", "years", "company", "group", "firm", "authority", "government", "officials", "spokesperson", "spokesman",
        "spokeswoman", "statement", "report", "data", "people", "a", "an", "the", "its", "their", "his", "her", "our", "my", "your",
        "record");

    /// <summary>Time words are not things that are new or old: <c>the previous year</c>.</summary>
    private static readonly FrozenSet<string> TimeNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "year", "years", "month", "months", "week", "weeks", "day", "days", "season", "seasons", "era", "period",
        "decade", "decades", "century", "quarter", "term", "summer", "winter", "spring", "autumn");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those");

    /// <summary>Words after <c>to</c> that make the infinitive a purpose or result, not an intention: <c>used to build</c>, <c>able to</c>.</summary>
    private static readonly FrozenSet<string> AbilityBeforeTo = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "able", "enough", "capable", "designed", "built");

    private static readonly FrozenSet<string> ComparisonLead = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "compared", "comparing", "against", "up", "down", "from", "than", "with", "versus", "vs", "more", "less", "fewer");

    /// <summary>Words that compare the figure with an earlier one: <c>up from 371,000</c>, <c>compared with 300</c>, <c>than 20</c>.</summary>
    private static readonly FrozenSet<string> ComparisonWordsBefore = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "from", "than", "against", "versus", "vs");

    /// <summary>The frame of the figure written at characters [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="sentence"/>.</summary>
    public static ClaimFrame Read(string sentence, Text.Token[] tokens, int start, int end) => Read(new TokenView(sentence, tokens), start, end);

    /// <summary>The frame of the figure written at characters [<paramref name="start"/>, <paramref name="end"/>) of the sentence <paramref name="view"/> holds (one view serves all its figures).</summary>
    public static ClaimFrame Read(TokenView view, int start, int end)
    {
        var tokens = view.Tokens;
        var first = 0;
        while (first < tokens.Length && tokens[first].End <= start)
        {
            first++;
        }

        var last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].Start < end)
        {
            last++;
        }

        return first >= tokens.Length ? ClaimFrame.Unknown : ReadTokens(view, first, last);
    }

    /// <summary>The frame of a claim, read from its sentence.</summary>
    public static ClaimFrame Read(Claim claim)
    {
        var offset = claim.Sentence.IndexOf(claim.Text, StringComparison.Ordinal);
        return offset < 0
            ? ClaimFrame.Unknown
            : Read(claim.Sentence, Text.Tokenizer.Tokenize(claim.Sentence, 0, claim.Sentence.Length), offset, offset + claim.Text.Length);
    }

    /// <summary>The frame of the figure made of tokens [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public static ClaimFrame ReadTokens(TokenView view, int first, int last)
    {
        var clauseStart = ClauseStart(view, first);
        var comparing = IsComparison(view, first);
        var (predicate, word, verb, light) = FindLeft(view, first, clauseStart, comparing);
        var subjectFigure = false;
        if (NounAfter(view, last) is { } noun)
        {
            (predicate, word) = noun;
        }
        else if (view.IsWord(last) && view.TryGet(PredicateWords.FrameNouns, last, out var unitFrame))
        {
            (predicate, word) = (unitFrame, Lower(view, last)); // "a 60,000-capacity site": the unit is the frame
        }
        else if (predicate == Predicate.None && (light < 0 ? OpensClause(view, clauseStart, first) || InSubjectPhrase(view, first) : IsExistential(view, light)))
        {
            (predicate, word, verb) = FindRight(view, last);
            subjectFigure = verb >= 0;
        }

        // "five new routes", "260 new staff": what is new was added, whatever verb we could not read.
        if (predicate == Predicate.None && HasNewBeforeUnit(view, first, last))
        {
            (predicate, word) = (Predicate.Addition, "new");
        }

        var modality = ReadModality(view, verb >= 0 ? verb : light >= 0 ? light : first, clauseStart, first);
        if (subjectFigure && modality == Modality.Actual)
        {
            modality = ReadModality(view, verb, last + 1, verb);
        }

        if (predicate == Predicate.Capacity || (modality != Modality.Actual && AbleOrRate(view, clauseStart, verb, last, predicate)))
        {
            (predicate, modality) = (Predicate.Capacity, Modality.Potential);
        }

        // A figure written as an adjective is about the noun after it: "the 60,000-capacity site", "a 62,000-hectare park".
        var about = IsAdjectival(view, first, last) ? Lower(view, last + 1)
            : subjectFigure ? ObjectHead(view, verb) : SubjectHead(view, verb >= 0 ? verb : light);
        var governor = verb >= 0 ? view.Text(verb) : light >= 0 ? view.Text(light) : null;
        var negated = Negated(view, clauseStart, first);
        var ages = view.Ages ??= Ages(view);
        if (predicate == Predicate.None && modality == Modality.Actual && !negated && about is null && ages.Count == 0 && governor is null)
        {
            return ClaimFrame.Unknown; // a frame with nothing known is shared: a million claims hold one
        }

        return new ClaimFrame(predicate, word, modality, negated, about, ages) { Governor = governor is null ? null : Intern(governor.ToLowerInvariant()) };
    }

    /// <summary>
    /// One string per distinct word a frame keeps (verbs, subjects, nouns): a million claims say "handled" and "plant" a
    /// few thousand ways, not a million.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);

    /// <summary>The cache stops growing here, so hostile or endless input cannot make it a leak.</summary>
    private const int MaxInterned = 200_000;

    private static string Intern(string word) => Words.Count < MaxInterned ? Words.GetOrAdd(word, word) : Words.GetValueOrDefault(word, word);

    /// <summary>Token <paramref name="k"/> in lower case, one string per distinct word.</summary>
    private static string Lower(TokenView view, int k)
    {
        var span = view.Span(k);
        Span<char> buffer = stackalloc char[32];
        if (span.Length <= buffer.Length && span.ToLowerInvariant(buffer) == span.Length
            && Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..span.Length], out var known))
        {
            return known;
        }

        return Intern(view.Text(k).ToLowerInvariant());
    }

    /// <summary>The first token of the figure's clause: after a hard boundary, a clause opener or a reporting verb.</summary>
    private static int ClauseStart(TokenView view, int first)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            if (IsHardBoundary(view, k) || (view.IsWord(k) && (ClauseOpeners.Contains(view.Text(k)) || IsReporting(view, k))))
            {
                return k + 1;
            }
        }

        return 0;
    }

    private static bool IsReporting(TokenView view, int k) =>
        view.Is(k, "said") || view.Is(k, "says") || view.Is(k, "told") || view.Is(k, "according") || view.Is(k, "say");

    private static bool IsHardBoundary(TokenView view, int k)
    {
        if (view.Tokens[k].Kind != Text.TokenKind.Symbol)
        {
            return false;
        }

        var c = view.Source[view.Tokens[k].Start];
        if (c is ';' or ':' or '(' or ')' or '"' or '“' or '”' or '«' or '»' or '[' or ']' or '|' or '?' or '!' or '•')
        {
            return true;
        }

        // A dash with space on both sides separates clauses ("MERROWBY (NPA) - The airport ..."); a joined one is a hyphen.
        return view.IsDash(k) && view.Tokens[k].SpaceBefore && k + 1 < view.Count && view.Tokens[k + 1].SpaceBefore;
    }

    /// <summary><c>up from 371,000</c>, <c>compared with 300</c>, <c>than 20</c>; not <c>buyers from 40 countries</c>.</summary>
    private static bool IsComparison(TokenView view, int first) =>
        view.IsWord(first - 1) && ((ComparisonWordsBefore.Contains(view.Text(first - 1)) && !view.Is(first - 1, "from"))
            || (view.Is(first - 1, "from") && (view.In(Lexicon.IncreaseWords, first - 2) || view.In(Lexicon.DecreaseWords, first - 2)))
            || (view.Is(first - 1, "with") && (view.Is(first - 2, "compared") || view.Is(first - 2, "comparing"))));

    /// <summary>The nearest predicate before the figure in its clause, and the light verb that stopped the search (else -1).</summary>
    private static (Predicate Predicate, string? Word, int Verb, int Light) FindLeft(TokenView view, int first, int clauseStart, bool comparing)
    {
        var words = 0;
        for (var k = first - 1; k >= (comparing ? 0 : clauseStart); k--)
        {
            if (!view.IsWord(k))
            {
                if (comparing ? IsHardBoundary(view, k) : view.IsSymbol(k, ',') || view.IsNumber(k) || IsHardBoundary(view, k))
                {
                    break;
                }

                continue;
            }

            if (++words > (comparing ? ComparisonWords : LeftWords))
            {
                break;
            }

            // The words of the comparison itself ("up from", "compared with") lead back to the figure compared with.
            if (comparing && ComparisonLead.Contains(view.Text(k)))
            {
                continue;
            }

            // After an article or possessive a word is a noun, not the verb: "handled a record 780,000 passengers", "a budget of".
            var noun = view.In(Determiners, k - 1);
            if (Match(view, k, leftOfFigure: true, nounOnly: noun, adjacent: OnlyLeadBetween(view, k + 1, first)) is { } predicate)
            {
                return (predicate, Lower(view, k), k, -1);
            }

            // A light verb, or a verb we do not know ("received", "closed"), governs the figure and says nothing of it.
            if (!noun && (view.In(PredicateWords.Light, k) || LooksLikePastVerb(view, k)))
            {
                return (Predicate.None, null, -1, k);
            }
        }

        return (Predicate.None, null, -1, -1);
    }

    /// <summary>The predicate after a figure that opens its clause: <c>Some 610,000 people flew in or out of the town</c>.</summary>
    private static (Predicate Predicate, string? Word, int Verb) FindRight(TokenView view, int last)
    {
        var words = 0;
        for (var k = last + 1; k < view.Count; k++)
        {
            if (!view.IsWord(k))
            {
                if (view.IsSymbol(k, ',') || view.IsNumber(k) || IsHardBoundary(view, k))
                {
                    break;
                }

                continue;
            }

            if (++words > RightWords)
            {
                break;
            }

            if (view.In(Skippable, k))
            {
                continue;
            }

            if (Match(view, k, leftOfFigure: false) is { } predicate)
            {
                return (predicate, Lower(view, k), k);
            }

            if (view.In(PredicateWords.Light, k) || IsReporting(view, k))
            {
                break;
            }
        }

        return (Predicate.None, null, -1);
    }

    /// <summary>A framing noun right after the figure: <c>a 9 million euro budget</c>.</summary>
    private static (Predicate, string)? NounAfter(TokenView view, int last)
    {
        var k = last + 1;
        return view.IsWord(k) && view.TryGet(PredicateWords.FrameNouns, k, out var predicate) ? (predicate, Lower(view, k)) : null;
    }

    /// <summary>A verb or participle, which ends the noun phrase before it: <c>a new bridge designed for</c>.</summary>
    private static bool IsVerbForm(TokenView view, int k) =>
        LooksLikePastVerb(view, k) || view.Span(k).EndsWith("ing", StringComparison.Ordinal) || view.In(PredicateWords.Light, k)
        || (view.TryGet(PredicateWords.Forms, k, out var entries) && entries.Any(e => !e.IsNoun));

    private static bool HasNewBeforeUnit(TokenView view, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (view.Is(k, "new"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case word in <c>-ed</c>: most likely the verb of the clause.</summary>
    private static bool LooksLikePastVerb(TokenView view, int k) =>
        view.IsLowerWord(k) && view.Tokens[k].Length > 4 && view.Span(k).EndsWith("ed", StringComparison.Ordinal);

    /// <summary>The class of token <paramref name="k"/> as a predicate: a verb with its particle, or a noun (before <c>of</c> when it stands left of the figure).</summary>
    private static Predicate? Match(TokenView view, int k, bool leftOfFigure, bool nounOnly = false, bool adjacent = false)
    {
        if (!view.TryGet(PredicateWords.Forms, k, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if ((nounOnly && !entry.IsNoun) || (entry.FigureFirst && leftOfFigure) || (entry.Adjacent && !adjacent))
            {
                continue;
            }

            if (entry.IsNoun)
            {
                // "a budget of 9.4 million", "raise its capacity to 65,000", "output at 150,000".
                if (!leftOfFigure || view.Is(k + 1, "of") || view.Is(k + 1, "to") || view.Is(k + 1, "at"))
                {
                    return entry.Predicate;
                }

                continue;
            }

            // "built for 150,000 passengers" is what a building can take, not what was built.
            if (entry.Predicate == Predicate.Addition && view.Is(k + 1, "for") && (view.Is(k, "built") || view.Is(k, "build")))
            {
                return Predicate.Capacity;
            }

            if (entry.Particles is null || (view.IsWord(k + 1) && entry.Particles.Contains(view.Text(k + 1))))
            {
                return entry.Predicate;
            }
        }

        return null;
    }

    /// <summary>A figure joined to its unit by a hyphen and followed by a common noun: <c>60,000-capacity site</c>.</summary>
    private static bool IsAdjectival(TokenView view, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (view.IsHyphenJoined(k) && view.IsNumber(k - 1))
            {
                return view.IsLowerWord(last + 1) && !view.In(Prepositions, last + 1) && !Lexicon.PhraseBreakers.Contains(view.Text(last + 1));
            }
        }

        return false;
    }

    /// <summary>A figure after a preposition inside the phrase before the verb: <c>buyers from 40 countries want to buy</c>.</summary>
    private static bool InSubjectPhrase(TokenView view, int first) =>
        view.Is(first - 1, "from") || view.Is(first - 1, "of") || view.Is(first - 1, "in");

    /// <summary><c>there are more than 30 countries willing to buy</c>: after an existential <c>there is</c> the figure is the subject.</summary>
    private static bool IsExistential(TokenView view, int light) =>
        view.Is(light - 1, "there") && (view.Is(light, "are") || view.Is(light, "is") || view.Is(light, "were") || view.Is(light, "was"));

    /// <summary>Whether only lead words (articles, hedges) stand between token <paramref name="from"/> and the figure: a verb right before its object.</summary>
    private static bool OnlyLeadBetween(TokenView view, int from, int first)
    {
        for (var k = from; k < first; k++)
        {
            if (!view.IsWord(k) || !(view.In(SubjectLead, k) || (k == from && view.In(Prepositions, k))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only lead words (articles, conjunctions, time words, hedges inside the figure) stand between the clause start and the figure.</summary>
    private static bool OpensClause(TokenView view, int clauseStart, int first)
    {
        for (var k = clauseStart; k < first; k++)
        {
            if (view.IsWord(k) && !view.In(SubjectLead, k))
            {
                return false;
            }

            if (view.IsNumber(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Planned when an auxiliary of the future (<c>will</c>, <c>would</c>), an intention before <c>to</c> (<c>plans to</c>), a headline
    /// infinitive (<c>Korvel to cut 450 jobs</c>) or an adjective of intention (<c>a planned 600 jobs</c>) governs the predicate;
    /// potential when an ability does (<c>can hold</c>, <c>able to handle</c>).
    /// </summary>
    private static Modality ReadModality(TokenView view, int anchor, int clauseStart, int first)
    {
        for (var k = Math.Max(first - 3, clauseStart); k < first; k++)
        {
            if (view.In(PredicateWords.IntentionAdjectives, k))
            {
                return Modality.Planned;
            }
        }

        var words = 0;
        for (var k = anchor - 1; k >= clauseStart && words < 6; k--)
        {
            if (!view.IsWord(k))
            {
                if (view.IsSymbol(k, ','))
                {
                    break;
                }

                continue;
            }

            words++;
            if (view.In(PredicateWords.AbilityMarkers, k))
            {
                return Modality.Potential;
            }

            if (view.In(PredicateWords.FutureAuxiliaries, k))
            {
                return Modality.Planned;
            }

            if (view.Is(k, "to"))
            {
                if (view.In(AbilityBeforeTo, k - 1))
                {
                    return Modality.Potential;
                }

                // "plans to create", "is set to", "a bid to"; a name or noun before "to" in a headline: "Korvel to cut 450 jobs".
                if (view.In(PredicateWords.IntentionsBeforeTo, k - 1) || view.StartsUpper(k - 1) || view.Is(k - 1, "is") || view.Is(k - 1, "are"))
                {
                    return Modality.Planned;
                }
            }
            else if (!view.In(Skippable, k) && k < anchor - 1)
            {
                break;
            }
        }

        return Modality.Actual;
    }

    /// <summary>
    /// A planned rate of traffic (<c>will handle 1.5 million passengers a year</c>, <c>will carry 40,000 vehicles a day</c>) states
    /// what a thing is built to take, as does any traffic one is able to take.
    /// </summary>
    private static bool AbleOrRate(TokenView view, int clauseStart, int verb, int last, Predicate predicate)
    {
        if (predicate != Predicate.Activity)
        {
            return false;
        }

        for (var k = Math.Max(clauseStart, verb - 3); k < verb; k++)
        {
            if (view.In(PredicateWords.AbilityMarkers, k))
            {
                return true;
            }
        }

        // The rate may be part of the claim's unit ("passengers a year") or follow it ("passengers annually").
        for (var k = Math.Max(0, last - 2); k <= Math.Min(view.Count - 1, last + 2); k++)
        {
            if (view.Is(k, "annually") || view.Is(k, "yearly") || view.Is(k, "daily") || view.Is(k, "weekly")
                || ((view.Is(k, "a") || view.Is(k, "an") || view.Is(k, "per") || view.Is(k, "each"))
                    && (view.Is(k + 1, "year") || view.Is(k + 1, "day") || view.Is(k + 1, "week") || view.Is(k + 1, "month") || view.Is(k + 1, "hour"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negation between the start of the clause and the figure (the figure's own hedge, <c>not more than</c>, is part of it).</summary>
    private static bool Negated(TokenView view, int clauseStart, int first)
    {
        for (var k = Math.Max(clauseStart, first - 6); k < first; k++)
        {
            if (view.In(PredicateWords.Negations, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The head noun of the phrase before the predicate: <c>The plant, which employs 3,200 people</c> is about a plant,
    /// <c>A parts warehouse on the same site, employing about 150 people</c> about a warehouse. Auxiliaries, relative
    /// pronouns and a parenthetical clause between the phrase and its verb are passed over.
    /// </summary>
    private static string? SubjectHead(TokenView view, int verb)
    {
        if (verb < 0)
        {
            return null;
        }

        var p = verb - 1;
        var relative = false;
        while (p >= 0 && view.IsWord(p) && (view.In(Skippable, p) || view.In(PredicateWords.IntentionsBeforeTo, p) || view.In(PredicateWords.FutureAuxiliaries, p) || ClauseOpeners.Contains(view.Text(p))))
        {
            relative |= ClauseOpeners.Contains(view.Text(p));
            p--;
        }

        if (view.IsSymbol(p, ','))
        {
            // "Korvel's plant, which built 200,000 units last year, now exports to 40 countries": skip the parenthetical.
            var q = PreviousComma(view, p - 1);
            if (!relative && q >= 0 && IsParenthetical(view, q + 1))
            {
                p = q;
            }

            p--;
        }

        return PhraseHead(view, p, leftward: true);
    }

    private static int PreviousComma(TokenView view, int from)
    {
        for (var k = from; k >= 0 && from - k < 30; k--)
        {
            if (view.IsSymbol(k, ','))
            {
                return k;
            }

            if (IsHardBoundary(view, k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A clause set off by commas that describes what precedes it: <c>, which opened in June,</c>, <c>, opened in 1968,</c>, <c>, employing 150 people,</c>.</summary>
    private static bool IsParenthetical(TokenView view, int k) =>
        view.IsWord(k) && (ClauseOpeners.Contains(view.Text(k)) || view.Text(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || view.Text(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    /// <summary>The head noun of the object of the first preposition after a verb: <c>work on the airport site</c> is about a site.</summary>
    private static string? ObjectHead(TokenView view, int verb)
    {
        var k = verb + 1;
        var sawPreposition = false;
        while (k < view.Count && view.IsWord(k) && (view.In(Prepositions, k) || (!sawPreposition && view.In(Skippable, k))))
        {
            sawPreposition |= view.In(Prepositions, k);
            k++;
        }

        if (!sawPreposition)
        {
            return null;
        }

        var end = k;
        while (end < view.Count && view.IsWord(end) && !view.In(Prepositions, end) && !view.In(PhraseEnds, end) && !view.In(PredicateWords.Light, end) && end - k < 6)
        {
            end++;
        }

        return PhraseHead(view, end - 1, leftward: false, start: k);
    }

    /// <summary>
    /// The head of the noun phrase ending at <paramref name="end"/>: its last word when that is a common noun written in
    /// lower case (a name says who, not what kind of thing; a pronoun says nothing). Walking left, the phrase is cut at
    /// a preposition (the head comes before it) or at a participle after a noun (<c>cars built at the plant</c>).
    /// </summary>
    private static string? PhraseHead(TokenView view, int end, bool leftward, int start = 0)
    {
        if (end < 0 || !view.IsWord(end))
        {
            return null;
        }

        if (leftward)
        {
            // Find where the phrase begins, then its head: the last word before any preposition or participle.
            var begin = end;
            var words = 0;
            while (begin - 1 >= 0 && words < 8 && (view.IsWord(begin - 1) || view.IsSymbol(begin - 1, '\'') || view.IsSymbol(begin - 1, '’') || view.IsHyphenJoined(begin - 1))
                && !ClauseOpeners.Contains(view.Text(begin - 1)) && !view.In(PredicateWords.Light, begin - 1) && !IsReporting(view, begin - 1)
                && Match(view, begin - 1, leftOfFigure: true) is null)
            {
                begin--;
                words++;
            }

            for (var k = begin + 1; k <= end; k++)
            {
                var participle = view.IsLowerWord(k) && k > begin && (view.Text(k).EndsWith("ed", StringComparison.Ordinal) || view.Text(k) is "built" or "made" or "sold");
                if ((view.IsWord(k) && view.In(Prepositions, k)) || participle)
                {
                    end = k - 1;
                    break;
                }
            }

            start = begin;
        }

        while (end >= start && !view.IsWord(end))
        {
            end--;
        }

        if (end < start)
        {
            return null;
        }

        // A name's last word is its head when it names a kind of thing ("Skarn Highlands National Park" is a park), not when
        // the name is one word ("Merrowby"). A capitalised first word is a common noun when it looks plural ("Cars built at").
        var word = view.Text(end);
        var sentenceInitial = end == 0 && CountedNoun.LooksPlural(word.ToLowerInvariant());
        var nameHead = !view.IsLowerWord(end) && end > start && view.StartsUpper(end - 1) && !IsAllCaps(view, end);
        if ((!view.IsLowerWord(end) && !sentenceInitial && !nameHead) || NotHeads.Contains(word) || CountedNoun.IsPossessive(word) || view.In(PredicateWords.Light, end)
            || view.In(Prepositions, end) || Lexicon.PhraseBreakers.Contains(word))
        {
            return null;
        }

        return Intern(word.ToLowerInvariant());
    }

    private static bool IsAllCaps(TokenView view, int k)
    {
        foreach (var c in view.Span(k))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Nouns the sentence calls new or old: <c>the new terminal</c>, <c>the present terminal</c>, <c>the old estate</c>.</summary>
    private static IReadOnlyList<(string Noun, bool IsNew)> Ages(TokenView view)
    {
        List<(string, bool)>? ages = null;
        for (var k = 0; k < view.Count; k++)
        {
            if (!view.IsLowerWord(k) || !view.TryGet(PredicateWords.AgeMarkers, k, out var isNew))
            {
                continue;
            }

            // The noun it qualifies: the last of the lower-case words after it ("the former royal hunting estate", "new second shift").
            string? noun = null;
            for (var n = k + 1; n < view.Count && n - k <= 5; n++)
            {
                if (view.IsHyphenJoined(n))
                {
                    continue;
                }

                if (!view.IsLowerWord(n) || view.In(Prepositions, n) || Lexicon.PhraseBreakers.Contains(view.Text(n)) || IsVerbForm(view, n))
                {
                    break;
                }

                noun = Lower(view, n);
            }

            if (noun is not null && !TimeNouns.Contains(noun))
            {
                (ages ??= []).Add((noun, isNew));
            }
        }

        return ages is null ? Array.Empty<(string, bool)>() : ages;
    }
}
