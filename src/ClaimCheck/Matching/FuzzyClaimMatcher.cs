using System.Collections.Concurrent;
using System.Globalization;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Matching;

/// <summary>
/// The default matcher: what is counted (the folded unit) and what is said about it (the context words
/// around the figure, weighted by rarity). Units that differ are compared with FuzzySharp on text we prepared
/// ourselves (its own preprocessing drops non-ASCII letters and splits <c>1,000</c>), once per pair of units.
/// Numbers are never compared: a discrepancy must be findable.
/// </summary>
internal sealed class FuzzyClaimMatcher : IClaimMatcher
{
    public static FuzzyClaimMatcher Default { get; } = new();

    /// <summary>How much the unit weighs against the context; the context separates "65 countries exported to" from "30 countries want to buy".</summary>
    private const double UnitWeight = 0.35;

    /// <summary>
    /// Two reports of one figure rarely share more than half their context words (different wording, different
    /// sentence lengths), so the overlap is stretched: sharing half the weight already counts as full agreement.
    /// </summary>
    private const double ContextStretch = 2.0;

    /// <summary>Shared rare-word weight (beyond the strongest word) at which the evidence reaches 63/100: half a rare word.</summary>
    private const double EvidenceScale = 0.5;

    /// <summary>
    /// How much of the context score is left when both claims name someone or somewhere and share none of the names:
    /// "Arselia built 500 schools" and "Belaria built 300 schools" say the same about different places.
    /// </summary>
    private const double NamePenalty = 0.3;

    /// <summary>A corpus has few distinct units, so each pair of different units is scored once.</summary>
    private readonly ConcurrentDictionary<(string, string), double> _unitScores = new();

    public double Score(ClaimProfile left, ClaimProfile right)
    {
        if (SameSentenceAndTime(left, right))
        {
            return 0;
        }

        var unitScore = UnitScore(left, right);
        var contextScore = ContextScore(left, right, shared: null) * (DifferentNames(left, right) ? NamePenalty : 1);
        return Math.Round((UnitWeight * unitScore) + ((1 - UnitWeight) * contextScore), 1);
    }

    public IReadOnlyList<string> Explain(ClaimProfile left, ClaimProfile right)
    {
        if (SameSentenceAndTime(left, right))
        {
            return ["same sentence and same time: two different figures"];
        }

        var reasons = new List<string>(2);
        var unitScore = UnitScore(left, right);
        reasons.Add(left.Unit == right.Unit
            ? left.Unit.Length == 0 ? "neither names a unit" : $"same unit ({left.Unit})"
            : string.Create(CultureInfo.InvariantCulture, $"units '{left.Unit}' ~ '{right.Unit}' ({unitScore:0})"));
        if (left.TotalWeight == 0 || right.TotalWeight == 0)
        {
            reasons.Add("no context words to compare");
            return reasons;
        }

        var shared = new List<(int Term, double Weight)>();
        var contextScore = ContextScore(left, right, shared);
        if (DifferentNames(left, right))
        {
            contextScore *= NamePenalty;
            reasons.Add($"about different names ({string.Join(", ", left.Names.Select(left.Vocabulary.Word))} / {string.Join(", ", right.Names.Select(right.Vocabulary.Word))})");
        }

        var vocabulary = left.Vocabulary;
        var named = shared.OrderByDescending(t => t.Weight).ThenBy(t => vocabulary.Stem(t.Term), StringComparer.Ordinal).Take(5).Select(t => vocabulary.Word(t.Term));
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"context {contextScore:0}/100{(shared.Count > 0 ? " (shared: " + string.Join(", ", named) + ")" : string.Empty)}"));
        return reasons;
    }

    private double UnitScore(ClaimProfile left, ClaimProfile right)
    {
        if (left.Unit == right.Unit)
        {
            return 100;
        }

        if (left.Unit.Length == 0 || right.Unit.Length == 0)
        {
            return 50;
        }

        var key = string.CompareOrdinal(left.Unit, right.Unit) < 0 ? (left.Unit, right.Unit) : (right.Unit, left.Unit);
        return _unitScores.GetOrAdd(key, static k => Fuzz.TokenSetRatio(k.Item1, k.Item2, PreprocessMode.None));
    }

    /// <summary>
    /// Two views of the shared context words, rare words counting most: the weighted Dice overlap (how much of
    /// what is said is shared), and the shared weight itself beyond the strongest shared word (several rare words
    /// in common are strong evidence even in long sentences that say much else; one can be chance).
    /// </summary>
    private static double ContextScore(ClaimProfile left, ClaimProfile right, List<(int Term, double Weight)>? shared)
    {
        if (left.TotalWeight == 0 || right.TotalWeight == 0)
        {
            return 50;
        }

        double sharedSum = 0, sharedMax = 0;
        var sharedCount = 0;
        var (a, b) = (left.Terms, right.Terms);
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                // One weight per term for the whole analysis, so both sides weigh a shared word alike.
                var weight = left.Vocabulary.Weight(a[i]);
                sharedSum += weight;
                sharedMax = Math.Max(sharedMax, weight);
                sharedCount++;
                shared?.Add((a[i], weight));
                i++;
                j++;
            }
        }

        var dice = Math.Min(100, 100 * 2 * sharedSum / (left.TotalWeight + right.TotalWeight) * ContextStretch);
        var beyondStrongest = sharedCount < 2 ? 0 : sharedSum - sharedMax;
        var evidence = 100 * (1 - Math.Exp(-beyondStrongest / EvidenceScale));
        return Math.Max(dice, evidence);
    }

    /// <summary>Both name someone or somewhere, and no name is shared.</summary>
    private static bool DifferentNames(ClaimProfile left, ClaimProfile right)
    {
        var (a, b) = (left.Names, right.Names);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                return false;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return true;
    }

    private static bool SameSentenceAndTime(ClaimProfile left, ClaimProfile right) =>
        left.SentenceId == right.SentenceId && (left.Period is not { } a || right.Period is not { } b || a.DaysApart(b) == 0);
}
