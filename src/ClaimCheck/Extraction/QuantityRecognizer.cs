using System.Collections.Frozen;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Finds the quantities of one sentence: the number, its range partner, its unit or counted noun,
/// its qualifier or change verb. Things that look like numbers but state no quantity are skipped:
/// ordinals, times of day, phone numbers, model names (<c>iPhone 11</c>), file names, handles, ranks.
/// </summary>
internal static class QuantityRecognizer
{
    public static List<Quantity> Recognize(TokenView view, IReadOnlyList<DateMention> dates)
    {
        var taken = new bool[view.Count];
        NonClaimSpans.Mark(view, taken);
        var results = new List<Quantity>();
        foreach (var date in dates)
        {
            Take(taken, date.First, date.Last);
            if (date.IsClaim && !NonClaimSpans.InAddress(view, date.First))
            {
                results.Add(new Quantity(date.First, date.Last, ClaimKind.Date, null, null, null, Qualifier.Exact, null, null, date.DateText, date.Period));
            }
        }

        var i = 0;
        while (i < view.Count)
        {
            if (taken[i] || !TryAt(view, i, taken, out var quantity, out var end))
            {
                i++;
                continue;
            }

            if (quantity is not null)
            {
                results.Add(quantity);
                Take(taken, quantity.First, quantity.Last);
            }

            Take(taken, i, end);
            i = end + 1;
        }

        results.Sort((a, b) => a.First.CompareTo(b.First));
        InheritHedgesIntoConversions(view, results);
        InheritUnitsIntoBareNumbers(view, results);
        ParallelFigures.CarryUnits(view, results);
        InheritGappedChanges(view, results);
        return results;
    }

    /// <summary>
    /// Gapping: <c>A was down 2.3%, B by 2.6% and C down 1.9%</c>. A figure after a bare <c>by</c>, with no verb
    /// of its own, repeats the change of the figure before it in the same list.
    /// </summary>
    private static void InheritGappedChanges(TokenView view, List<Quantity> results)
    {
        for (var k = 1; k < results.Count; k++)
        {
            var current = results[k];
            var previous = results[k - 1];
            if (current.Qualifier == Qualifier.Exact && view.Is(current.First - 1, "by") && (view.StartsUpper(current.First - 2) || view.IsSymbol(current.First - 2, ','))
                && previous.Qualifier is Qualifier.Increase or Qualifier.Decrease && previous.Unit == current.Unit)
            {
                results[k] = current with { Qualifier = previous.Qualifier };
            }
        }
    }

    /// <summary>
    /// A bare number takes the unit of the figure it is part of or goes on to: <c>280 million of the 1.5 billion
    /// shekels</c>, <c>from about 14-18 mpg to 24</c>.
    /// </summary>
    private static void InheritUnitsIntoBareNumbers(TokenView view, List<Quantity> results)
    {
        for (var k = 0; k < results.Count; k++)
        {
            var bare = results[k];
            if (bare.Unit is not null || bare.Kind != ClaimKind.Count)
            {
                continue;
            }

            // "280 million of the 1.5 billion shekels"
            var of = bare.Last + 1;
            var next = view.Is(of, "of") ? (view.Is(of + 1, "the") ? of + 2 : of + 1) : -1;
            if (next > 0 && k + 1 < results.Count && results[k + 1].First == next && results[k + 1].Unit is { } total && results[k + 1].Kind != ClaimKind.Date)
            {
                results[k] = bare with { Unit = total, Kind = results[k + 1].Kind };
                continue;
            }

            if ((FromModel(view, results, k) ?? ComparedModel(view, results, k) ?? ParallelModel(view, results, k) ?? FollowingModel(results, k)) is { } model)
            {
                results[k] = bare with { Unit = model.Unit, Kind = model.Kind };
            }
        }
    }

    /// <summary>
    /// <c>from 20 mpg to 24</c>, <c>from 21 mpg combined to 23</c>, <c>from 20 mpg in 2008 to 29</c>, <c>fell to 4.1 percent
    /// from 4.3</c>: one end of a from-to statement takes the unit of the other, across a short modifier or time reference.
    /// </summary>
    private static Quantity? FromModel(TokenView view, List<Quantity> results, int k)
    {
        var connector = results[k].First - 1;
        var opener = view.Is(connector, "to") ? "from" : view.Is(connector, "from") ? "to" : null;
        if (opener is null)
        {
            return null;
        }

        for (var j = k - 1; j >= 0; j--)
        {
            var model = results[j];
            if (model.Kind == ClaimKind.Date)
            {
                continue; // "in 2008"
            }

            var opened = view.Is(model.First - 1, opener) || view.Is(model.First, opener);
            return opened && model.Unit is not null && connector - model.Last <= 4 && !HasPunctuation(view, model.Last + 1, connector - 1) ? model : null;
        }

        return null;
    }

    private static readonly HashSet<string> ComparisonOpeners = new(StringComparer.OrdinalIgnoreCase) { "than", "against", "versus", "vs" };

    /// <summary>
    /// A bare figure a sentence compares with an earlier one counts what that one counts: <c>handled 912,000 containers in 2016,
    /// up from 870,000 the year before</c>, <c>640 pupils compared with 590</c>, <c>41,000 visitors, against 38,000</c>.
    /// The earlier figure is the nearest one before (dates passed over), of the same order.
    /// </summary>
    private static Quantity? ComparedModel(TokenView view, List<Quantity> results, int k)
    {
        var bare = results[k];
        var before = bare.First - 1;
        if (view.Is(before, "the"))
        {
            before--; // "more than the 260 it grew"
        }

        var compared = view.IsWord(before) && (ComparisonOpeners.Contains(view.Text(before))
            || (view.Is(before, "from") && (view.Is(before - 1, "up") || view.Is(before - 1, "down")))
            || (view.Is(before, "with") && (view.Is(before - 1, "compared") || view.Is(before - 1, "comparing"))));
        if (!compared || bare.Value is not { } value || value == 0)
        {
            return null;
        }

        for (var j = k - 1; j >= 0; j--)
        {
            var model = results[j];
            if (model.Kind == ClaimKind.Date)
            {
                continue;
            }

            return model.Unit is not null && model.Value is { } modelValue && modelValue != 0 && SameOrder(value, modelValue) ? model : null;
        }

        return null;
    }

    /// <summary>
    /// The unit stated once, with the last of parallel figures: <c>Texas had the most strikes at 2483805 while Florida came
    /// second with 1385710 lightning strikes</c>. Only large figures of the same order borrow forward, so that
    /// <c>he was 25 when he bought 30 shares</c> keeps its ages and shares apart.
    /// </summary>
    private static Quantity? FollowingModel(List<Quantity> results, int k)
    {
        var bare = results[k];
        for (var j = k + 1; j < results.Count; j++)
        {
            var model = results[j];
            if (model.Kind == ClaimKind.Date)
            {
                continue;
            }

            var large = bare.Value >= 100 && model.Value >= 100;
            return model.Unit is not null && model.Kind == ClaimKind.Count && model.Qualifier != Qualifier.Range && large && SameOrder(bare.Value!.Value, model.Value!.Value) ? model : null;
        }

        return null;
    }

    /// <summary>Parallel figures measure the same thing, so they are within a factor of ten of each other.</summary>
    private static bool SameOrder(double a, double b) => Math.Abs(a / b) is > 0.1 and < 10;

    private static bool HasPunctuation(TokenView view, int first, int last)
    {
        for (var j = first; j <= last; j++)
        {
            if (view.Tokens[j].Kind == Text.TokenKind.Symbol)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ParallelPrepositions = new(StringComparer.OrdinalIgnoreCase) { "by", "at", "to" };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "but" };

    /// <summary>
    /// Ellipsis in parallel clauses: <c>the DAX rose by 2 percent but the Nasdaq fell by 1</c>, <c>ended at 1,463.78 points,
    /// while the TA-125 ended at 1,334.20</c>. A bare figure after the same preposition as an earlier figure of the
    /// sentence, or after a conjunction, repeats its unit, when the two are of the same order (a parallel figure
    /// measures the same thing).
    /// </summary>
    private static Quantity? ParallelModel(TokenView view, List<Quantity> results, int k)
    {
        var bare = results[k];
        var preposition = bare.First - 1;
        if (!view.IsWord(preposition) || bare.Value is not { } value || value == 0)
        {
            return null;
        }

        // "a minus-1.4 degree angle in 2018 and 2.1 last year": after a conjunction, the nearest figure is the model.
        var conjunction = Conjunctions.Contains(view.Text(preposition));
        if (!conjunction && !ParallelPrepositions.Contains(view.Text(preposition)))
        {
            return null;
        }

        for (var j = k - 1; j >= 0; j--)
        {
            var model = results[j];
            if (model.Kind == ClaimKind.Date || model.Value is not { } modelValue || modelValue == 0)
            {
                continue;
            }

            if (!conjunction && (model.Unit is null || !view.Is(model.First - 1, view.Text(preposition))))
            {
                continue;
            }

            return model.Unit is not null && model.Last < preposition - 2 && SameOrder(value, modelValue) ? model : null;
        }

        return null;
    }

    /// <summary>
    /// <c>more than 7.5 million Danish crowns (US $1.1 million)</c>: a figure in parentheses right after
    /// another restates it in other units, so it carries the same hedge.
    /// </summary>
    private static void InheritHedgesIntoConversions(TokenView view, List<Quantity> results)
    {
        for (var k = 1; k < results.Count; k++)
        {
            var (previous, current) = (results[k - 1], results[k]);
            var joined = (view.IsSymbol(current.First - 1, '(') || view.IsSymbol(current.First - 1, '/')) && current.First - 2 == previous.Last;
            if (joined && current.Kind != ClaimKind.Date && previous.Kind != ClaimKind.Date && current.Qualifier == Qualifier.Exact
                && previous.Qualifier is not (Qualifier.Exact or Qualifier.Range))
            {
                results[k] = current with { Qualifier = previous.Qualifier };
            }
        }
    }

    private static void Take(bool[] taken, int first, int last)
    {
        for (var k = Math.Max(0, first); k <= last && k < taken.Length; k++)
        {
            taken[k] = true;
        }
    }

    /// <summary>Tries a quantity starting at token <paramref name="i"/>. Returns true when tokens were consumed; <paramref name="quantity"/> is null when they state no quantity.</summary>
    private static bool TryAt(TokenView view, int i, bool[] taken, out Quantity? quantity, out int end)
    {
        quantity = null;
        end = i;
        var currency = Currency.TryPrefix(view, i, out var numberIndex);
        var negative = false;
        if (currency is null)
        {
            numberIndex = i;
        }

        if (view.IsHyphenJoined(numberIndex) && view.IsNumber(numberIndex + 1) && currency is not null)
        {
            negative = true; // "$-50.8bn"
            numberIndex++;
        }

        if (numberIndex >= view.Count || taken[numberIndex] || !NumberParser.TryParse(view, numberIndex, currency is not null, out var number))
        {
            return false;
        }

        end = number.Last;
        if (currency is null && (IsGluedIdentifier(view, numberIndex) || Lexicon.Labels.Contains(PreviousWord(view, numberIndex))))
        {
            return true; // "S22", "category 4", "No. 1"
        }

        if (currency is null && view.IsDash(numberIndex - 1) && !view.Tokens[numberIndex].SpaceBefore && (numberIndex - 1 == 0 || view.Tokens[numberIndex - 1].SpaceBefore) && !view.IsNumber(numberIndex - 2))
        {
            if (view.IsWord(numberIndex - 2) && HasUpper(view.Text(numberIndex - 2)))
            {
                return true; // "COVID -19": a name written with a stray space
            }

            negative = true; // "-5 yards", but not "2014-15"
        }

        var first = currency is null ? numberIndex : i;
        if (view.Is(numberIndex - 1, "minus") || (view.IsHyphenJoined(numberIndex - 1) && view.Is(numberIndex - 2, "minus")))
        {
            negative = true;
            first = view.Is(numberIndex - 1, "minus") ? numberIndex - 1 : numberIndex - 2;
        }
        else if (negative && currency is null && view.IsDash(numberIndex - 1))
        {
            first = numberIndex - 1;
        }

        if (currency is null && TryProportion(view, number, out quantity, out end))
        {
            return true;
        }

        var unit = currency is not null ? Units.AfterCurrency(view, number.Last + 1, currency) : Units.OneWordMultiple(view, number) ?? Units.Find(view, number.Last + 1);
        var last = unit?.Last ?? number.Last;
        double? low = number.Low, high = number.High;
        var value = number.Value;
        var isRange = false;

        // Ranges: "12 to 15 days", "between 10 and 20", "from 47 percent to 86 percent", "$89 to $93 billion", "5-10W".
        var fromWord = view.Is(first - 1, "from") || view.Is(first - 1, "between");
        // "increased by $43.6 billion to $419.2 billion" is a change and a level; "dropped by 1 to 1.5 degrees" is a range of changes.
        var afterChange = !fromWord && unit is not null && Hedges.Change(view, Hedges.Before(view, first)?.First ?? first, numberIndex) is not null;
        if (!number.IsVague && !afterChange && TryRangePartner(view, last + 1, fromWord ? view.Text(first - 1) : null, currency, unit, number, out var partner))
        {
            var lowValue = number.HasScale || !partner.Number.HasScale || value >= partner.RawValue ? value : value * partner.Scale;
            if (lowValue < partner.Number.Value || (view.Is(first - 1, "from") && lowValue != partner.Number.Value))
            {
                low = Math.Min(lowValue, partner.Number.Value);
                high = Math.Max(lowValue, partner.Number.Value);
                value = low.Value;
                unit = partner.Unit ?? unit;
                last = partner.Last;
                isRange = true;
                if (fromWord)
                {
                    first--;
                }
            }
        }

        if (!isRange && unit is null && number.Form == NumberForm.Integer && view.IsHyphenJoined(number.Last + 1) && view.IsNumber(number.Last + 2))
        {
            end = number.Last + 2;
            return true; // "2-0 down", "89-89": a score, not a figure
        }

        end = Math.Max(end, last);
        var counted = default((string Unit, string? Classifier, int Last));
        var hasNoun = false;
        var kind = unit?.Info.Kind ?? ClaimKind.Count;
        if (unit is null && currency is null && view.IsAttachedWord(last + 1))
        {
            return true; // "5G", "4K", "3D": digits glued to letters we do not know as a unit name a thing
        }

        if (unit is null && Units.OnScale(view, last + 1) is { } scale)
        {
            unit = scale; // "between 50 and 70 on the GPa scale"
            kind = scale.Info.Kind;
            last = scale.Last;
        }

        if (unit is null && (number.IsVague || IsFraction(number)))
        {
            unit = Units.Find(view, OfObject(view, last + 1)); // "hundreds of miles", "1/16 of a US pint"
            kind = unit?.Info.Kind ?? kind;
            last = unit?.Last ?? last;
        }

        if (unit is null)
        {
            hasNoun = FindCounted(view, number, last, out counted);
            if (hasNoun && (IsNameAfterNumber(view, number, last + 1, counted.Last) || IsModelNumber(view, numberIndex, number, last + 1)
                || IsNamedModel(view, numberIndex, number)))
            {
                return true; // "575 Wilbraham Road", "iPhone 11 Pro cameras", "Fokker 100 jets": the number is part of a name
            }

            if (hasNoun && view.TryGet(UnitLexicon.Forms, counted.Last, out var head) && head.Kind != ClaimKind.Count && counted.Classifier is null)
            {
                // "517 rushing yards", "50 previous years": the head noun is a unit.
                unit = Units.Complete(view, new UnitMatch(head, counted.Last));
                kind = head.Kind;
                last = unit.Last;
                hasNoun = false;
            }
            else if (hasNoun)
            {
                last = counted.Last;
                if (Units.TryRate(view, last + 1, out var rate, out var rateLast))
                {
                    counted = (counted.Unit + " per " + rate, counted.Classifier, rateLast); // "3,000 tests per day"
                    last = rateLast;
                }
            }
            else if (IsAge(view, numberIndex, number))
            {
                unit = new UnitMatch(new UnitInfo("year of age", ClaimKind.Measure), number.Last);
                kind = ClaimKind.Measure;
            }
            else if (!KeepBare(view, numberIndex, number))
            {
                return true;
            }
        }

        if (IsFraction(number) && unit is null)
        {
            kind = ClaimKind.Ratio;
        }

        // Qualifiers before ("more than", "nearly", "up to") and change verbs ("rose 5%", "up 19 cents").
        var qualifier = isRange || number.IsVague ? Qualifier.Range : Qualifier.Exact;
        var hedge = Hedges.Before(view, first);
        if (hedge is { } h)
        {
            if (!isRange && !number.IsVague)
            {
                qualifier = h.Qualifier;
            }

            first = h.First;
        }

        // A change verb makes the figure a change, unless it is hedged: "up about 19 per cent" is approximate,
        // and the hedge is what decides whether two sources agree.
        var change = Hedges.Change(view, first, numberIndex);
        if (change is { } c && !isRange && qualifier == Qualifier.Exact)
        {
            qualifier = c;
        }

        var after = Hedges.After(view, last + 1);
        if (after is { } a && qualifier == Qualifier.Exact)
        {
            qualifier = a.Qualifier;
            last = a.Last;
        }

        if (negative)
        {
            value = -value;
            (low, high) = low is null ? (low, high) : (-high, -low);
        }

        var unitName = unit is not null ? unit.Name : hasNoun ? counted.Unit : null;
        quantity = new Quantity(first, last, kind, value, low, high, qualifier, unitName, hasNoun ? counted.Classifier : null, null, null);
        end = Math.Max(end, last);
        return true;
    }

    /// <summary><c>S22</c>, <c>F-150</c>, <c>COVID-19</c>, <c>TA-35</c>: digits glued to a word name a thing, they do not count it.</summary>
    private static bool IsGluedIdentifier(TokenView view, int n)
    {
        var token = view.Tokens[n];
        if (token.SpaceBefore || n == 0)
        {
            return false;
        }

        if (view.IsWord(n - 1))
        {
            return !view.Is(n - 1, "sub") && !view.Is(n - 1, "minus");
        }

        if (view.IsDash(n - 1) && !view.Tokens[n - 1].SpaceBefore && view.IsWord(n - 2))
        {
            var word = view.Text(n - 2);
            return HasUpper(word) || Lexicon.Labels.Contains(word) || word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("top", StringComparison.OrdinalIgnoreCase);
        }

        return view.IsNumber(n - 1) || view.IsSymbol(n - 1, '/') || view.IsSymbol(n - 1, '.') || view.IsSymbol(n - 1, ':') || view.IsSymbol(n - 1, '#') || view.IsSymbol(n - 1, '@');
    }

    /// <summary><c>one out of three Germans</c>, <c>one in five adults</c>: a proportion, N/M of what follows.</summary>
    private static bool TryProportion(TokenView view, ParsedNumber number, out Quantity? quantity, out int end)
    {
        quantity = null;
        end = number.Last;
        var at = number.Last + 1;
        var outOf = view.Is(at, "out") && view.Is(at + 1, "of");
        var oneIn = view.Is(at, "in") && number.Value == 1 && number.Form is NumberForm.Words or NumberForm.Integer;
        if (number.IsVague || !(outOf || oneIn) || !NumberParser.TryParse(view, at + (outOf ? 2 : 1), false, out var whole)
            || whole.IsVague || whole.Value <= number.Value || whole.Value > 1000 || view.IsNumber(whole.Last + 1))
        {
            return false;
        }

        var last = whole.Last;
        string? unit = null;
        if (CountedNoun.TryFind(view, whole.Last + 1, singular: false, out var counted))
        {
            unit = counted.Unit;
            last = counted.Last;
        }

        quantity = new Quantity(number.First, last, ClaimKind.Ratio, number.Value / whole.Value, null, null, Qualifier.Exact, unit, null, null, null);
        end = last;
        return true;
    }

    private static bool IsPronounOne(TokenView view, int first) => view.IsWord(first - 1) && view.In(Lexicon.PronounOneContext, first - 1);

    private static bool IsFraction(ParsedNumber number) => number.Form == NumberForm.Words && number.Value is > 0 and < 1;

    /// <summary>The token after <c>of</c> and an article: where the counted thing of <c>hundreds of</c> or <c>a third of</c> starts.</summary>
    private static int OfObject(TokenView view, int next)
    {
        var at = view.Is(next, "of") ? next + 1 : next;
        return view.In(Determiners, at) || view.Is(at, "a") || view.Is(at, "an") ? at + 1 : at;
    }

    private static bool FindCounted(TokenView view, ParsedNumber number, int last, out (string Unit, string? Classifier, int Last) counted)
    {
        var next = last + 1;
        if (number.IsVague || (number.Form == NumberForm.Words && number.Value < 1))
        {
            // "hundreds of people", "two-thirds of the voters"
            return CountedNoun.TryFind(view, OfObject(view, next), singular: false, out counted);
        }

        var one = number.Value == 1 && number.Form is NumberForm.Words or NumberForm.Integer;
        if (one && number.Form == NumberForm.Words && (IsPronounOne(view, number.First) || view.Is(next, "by") || view.Is(next, "another")))
        {
            counted = default;
            return false; // "on the one hand", "each one", "one by one", "one another"
        }

        // "a six-cylinder engine", "a 10-point lead": the compound's noun is what is counted.
        if (IsCompoundNoun(view, next))
        {
            counted = (UnitNames.FromPhrase(view.Text(next + 1)), null, next + 1);
            return true;
        }

        // "four-, five- and six-cylinder engines": the noun comes with the last number of the list.
        if (view.IsDash(next) && !view.Tokens[next].SpaceBefore && (view.IsSymbol(next + 1, ',') || view.Is(next + 1, "and") || view.Is(next + 1, "or")))
        {
            for (var k = next + 2; k < Math.Min(view.Count - 1, next + 12); k++)
            {
                if (view.IsNumber(k - 1) || (view.IsWord(k - 1) && view.TryGet(NumberWords.Cardinals, k - 1, out _)))
                {
                    if (IsCompoundNoun(view, k))
                    {
                        counted = (UnitNames.FromPhrase(view.Text(k + 1)), null, next);
                        return true;
                    }
                }
            }
        }

        if (one && view.Is(next, "of") && view.Is(next + 1, "the"))
        {
            return CountedNoun.TryFind(view, next + 2, singular: false, out counted); // "one of the best wireless speakers"
        }

        // "40 of the company's stores", "9 of its branches": a part of a group counts what the group holds. "one of his
        // speeches" is a way of speaking, not a count, so one is left to the rule above.
        if (!one && view.Is(next, "of") && view.In(Determiners, next + 1))
        {
            return CountedNoun.TryFind(view, AfterPossessor(view, next + 2), singular: false, out counted) && !view.IsNumber(counted.Last + 1);
        }

        // "14 other people", "300 more homes", "40 fewer cars": the comparison word stands between the number and its noun.
        if (view.In(CountComparisons, next) && CountedNoun.TryFind(view, next + 1, singular: false, out counted) && !view.IsNumber(counted.Last + 1))
        {
            return true;
        }

        // "two new 737 jets": the phrase goes on past another number, so it is not what this number counts.
        return CountedNoun.TryFind(view, next, singular: one, out counted) && !view.IsNumber(counted.Last + 1);
    }

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "the", "its", "their", "his", "her", "our", "your", "these", "those");

    private static readonly FrozenSet<string> CountComparisons = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "other", "more", "fewer");

    /// <summary>The token after a one-word possessor at <paramref name="k"/> (<c>the company's</c>, <c>the team ’s</c>), else <paramref name="k"/>.</summary>
    private static int AfterPossessor(TokenView view, int k)
    {
        if (view.IsWord(k) && CountedNoun.IsPossessive(view.Text(k)))
        {
            return k + 1;
        }

        return view.IsWord(k) && (view.Is(k + 1, "'s") || view.Is(k + 1, "’s")) ? k + 2 : k;
    }

    private static bool IsCompoundNoun(TokenView view, int dash) =>
        view.IsHyphenJoined(dash) && view.IsLowerWord(dash + 1) && !view.In(Lexicon.PhraseBreakers, dash + 1)
        && !view.IsHyphenJoined(dash + 2) && view.Tokens[dash + 1].Length > 2;

    /// <summary>A plain integer followed by capitalised words whose head is not a plural is a name: <c>575 Wilbraham Road</c>, <c>11 Pro Max</c>.</summary>
    private static bool IsNameAfterNumber(TokenView view, ParsedNumber number, int nounFirst, int nounLast)
    {
        // An acronym after a number is what is counted ("8,000 TEU", "300 MW"), not a street or a brand.
        if (number.Form != NumberForm.Integer || !view.StartsUpper(nounFirst) || (nounFirst == nounLast && IsAcronym(view, nounFirst)))
        {
            return false;
        }

        for (var k = nounFirst; k <= nounLast; k++)
        {
            if (view.IsWord(k) && !view.StartsUpper(k))
            {
                return false;
            }
        }

        return !CountedNoun.LooksPlural(view.Text(nounLast));
    }

    private static bool IsAcronym(TokenView view, int k)
    {
        var span = view.Span(k);
        if (span.Length < 2)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>iPhone 11 Pro cameras</c>, <c>Boeing 737 Max jets</c>: an integer between a name and a capitalised word
    /// names a model unless the capitalised words hold a plural; <c>Police Arrest 300 Protesters</c> (a title-case headline) still counts.
    /// </summary>
    private static bool IsModelNumber(TokenView view, int n, ParsedNumber number, int next)
    {
        if (number.Form != NumberForm.Integer || !view.StartsUpper(next) || !IsNameWord(PreviousWord(view, n)))
        {
            return false;
        }

        for (var k = next; view.IsWord(k) && view.StartsUpper(k); k++)
        {
            if (CountedNoun.LooksPlural(view.Text(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>flies Fokker 100 jets</c>, <c>bought Leopard 2 tanks</c>, <c>older Nokia 3310 handsets</c>, <c>Band 6 nurses</c>: a
    /// capitalised name, a small whole number and a lower-case noun name a model or a grade; nothing counts the noun.
    /// </summary>
    /// <remarks>
    /// The name must be a name: not the first word of the sentence (where every word is capitalised) unless it has a capital
    /// inside (<c>ATR 72 turboprops</c>), not a possessive (<c>Halvard's 300 trucks</c> are counted), not a day (<c>said Monday
    /// 300 jets</c>), not a place or time opening the clause without its comma (<c>In Ostrava 200 buses</c>), and not the
    /// subject of a clause whose verb is left out (<c>Germany sent 30 tanks and France 40 jets</c>).
    /// </remarks>
    private static bool IsNamedModel(TokenView view, int n, ParsedNumber number)
    {
        var brand = n - 1;
        if (number.Form != NumberForm.Integer || number.Last != n || view.Tokens[n].Length > 4 || !view.Tokens[n].SpaceBefore
            || !view.IsLowerWord(n + 1) || !view.IsWord(brand) || !IsNameWord(view.Text(brand))
            || CountedNoun.IsPossessive(view.Text(brand)) || Text.CalendarWords.TryWeekdayName(view.Span(brand), out _))
        {
            return false;
        }

        if (brand == 0)
        {
            return HasUpper(view.Text(brand)[1..]);
        }

        var opener = view.Is(brand - 1, "the") ? brand - 2 : brand - 1;
        if (view.IsSymbol(opener, ',') || view.IsSymbol(opener, ';') || view.IsSymbol(opener, ':') || (view.IsWord(opener) && Conjunctions.Contains(view.Text(opener))))
        {
            return false;
        }

        var clauseStart = opener == 0 || view.IsSymbol(opener - 1, ',') || view.IsSymbol(opener - 1, ';') || (view.IsWord(opener - 1) && Conjunctions.Contains(view.Text(opener - 1)));
        return !(clauseStart && view.In(Lexicon.PlaceAndTimePrepositions, opener));
    }

    /// <summary>A word with a capital that is not a function word or a change verb: <c>iPhone</c>, <c>Boeing</c>, <c>Lang</c>.</summary>
    private static bool IsNameWord(string word) =>
        word.Length > 0 && HasUpper(word) && !Lexicon.PhraseBreakers.Contains(word) && !Lexicon.IncreaseWords.Contains(word) && !Lexicon.DecreaseWords.Contains(word)
        && !Lexicon.Labels.Contains(word) && !CalendarWords.Months.ContainsKey(word);

    private static string PreviousWord(TokenView view, int n) =>
        view.IsWord(n - 1) && view.Tokens[n].SpaceBefore ? view.Text(n - 1)
        : view.IsSymbol(n - 1, '.') && view.IsWord(n - 2) ? view.Text(n - 2) : string.Empty;

    private static readonly FrozenSet<string> PersonPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "i");

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "is", "was", "be", "am", "'s");

    private static readonly FrozenSet<string> AgeVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "aged", "turned", "turns", "turning", "turn");

    /// <summary>
    /// A bare whole number of years that can only be an age: <c>Maddon, 66, has</c> (between commas after a name),
    /// <c>aged 73</c>, <c>turned 60</c>, <c>the age of 21</c>, <c>he will be 35</c> (a person's pronoun and a form of be).
    /// </summary>
    private static bool IsAge(TokenView view, int n, ParsedNumber number)
    {
        if (number.Form != NumberForm.Integer || number.Value is < 1 or >= 120)
        {
            return false;
        }

        if (view.IsSymbol(n - 1, ',') && view.StartsUpper(n - 2) && view.IsSymbol(number.Last + 1, ',') && !view.TryGet(CalendarWords.Months, n - 2, out _))
        {
            return true;
        }

        if (view.In(AgeVerbs, n - 1) || (view.Is(n - 1, "of") && view.Is(n - 2, "age")))
        {
            return true;
        }

        var be = n - 1;
        if (!view.In(BeForms, be))
        {
            return false;
        }

        var subject = view.Is(be - 1, "will") || view.Is(be - 1, "would") ? be - 2 : be - 1;
        return view.In(PersonPronouns, subject);
    }

    /// <summary>Whether a number with neither unit nor counted noun is still a figure worth reporting (<c>rose 8% to 3.65</c>).</summary>
    private static bool KeepBare(TokenView view, int n, ParsedNumber number)
    {
        if (number.Form is NumberForm.Words or NumberForm.Vague)
        {
            // "two" alone is rarely a claim; "three million", "hundreds of" and fractions ("two-thirds of") are.
            return number.Value >= 1000 || number.Value < 1 || number.Form == NumberForm.Vague;
        }

        if (number.Form == NumberForm.Integer && view.StartsUpper(number.Last + 1) && view.Tokens[number.Last + 1].SpaceBefore)
        {
            return false; // "9 E 71st St": part of an address or name
        }

        var previous = n - 1;
        if (view.IsWord(previous))
        {
            var word = view.Text(previous);
            if (Lexicon.Labels.Contains(word))
            {
                return false; // "category 4", "page 12"
            }

            if (IsNameWord(word))
            {
                return false; // "iPhone 11", "Lang 20": a name and a number
            }
        }

        if (view.IsSymbol(previous, '#') || (view.IsSymbol(previous, '.') && view.Is(previous - 1, "no")))
        {
            return false;
        }

        return true;
    }

    private static bool HasUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct RangePartner(ParsedNumber Number, double RawValue, double Scale, UnitMatch? Unit, int Last);

    private static bool TryRangePartner(TokenView view, int c, string? opener, string? currency, UnitMatch? unit, ParsedNumber number, out RangePartner partner)
    {
        partner = default;
        var isConnector = opener?.ToLowerInvariant() switch
        {
            "between" => view.Is(c, "and") || view.Is(c, "to"),
            "from" => view.Is(c, "to") || view.IsDash(c),
            _ => view.IsDash(c) || view.Is(c, "to") || (view.Is(c, "or") && number.Form != NumberForm.FormattedDigits),
        };
        if (!isConnector)
        {
            return false;
        }

        var n = c + 1;
        if (view.IsDash(n))
        {
            n++; // "200,000 to-260,000"
        }

        var secondCurrency = Currency.TryPrefix(view, n, out var afterPrefix);
        if (secondCurrency is not null)
        {
            if (currency is not null && secondCurrency != currency)
            {
                return false;
            }

            n = afterPrefix;
        }

        if (!NumberParser.TryParse(view, n, currency is not null || secondCurrency is not null, out var second) || second.IsVague || IsGluedIdentifier(view, n))
        {
            return false;
        }

        var secondUnit = currency is not null || secondCurrency is not null ? Units.AfterCurrency(view, second.Last + 1, currency ?? secondCurrency!) : Units.Find(view, second.Last + 1);
        if (unit is not null && currency is null && (secondUnit is null ? opener is not "from" : secondUnit.Name != unit.Name))
        {
            return false; // "rose 8.15% to 3.65": a change and a level, not a range; "from 208 pounds to 193" is one
        }

        if (unit is null && currency is null && secondCurrency is not null)
        {
            return false;
        }

        var scale = second.HasScale ? ScaleOf(view, second) : 1;
        partner = new RangePartner(second, second.Value / scale, scale, secondUnit, secondUnit?.Last ?? second.Last);
        return true;
    }

    /// <summary>The product of the scale words of <paramref name="number"/>: 1e6 for <c>5 million</c>, 1 for <c>5</c>.</summary>
    internal static double ScaleOf(TokenView view, ParsedNumber number)
    {
        var scale = 1d;
        for (var k = number.First + 1; k <= number.Last; k++)
        {
            if (view.IsWord(k) && (view.TryGet(NumberWords.Scales, k, out var s) || view.TryGet(NumberWords.ScaleSuffixes, k, out s)))
            {
                scale *= s;
            }
        }

        return scale;
    }
}
