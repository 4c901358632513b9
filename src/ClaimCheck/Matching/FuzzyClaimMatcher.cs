using System.Globalization;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Matching;

/// <summary>
/// The default matcher: what is counted (the folded unit) and what is said about it (the context words
/// around the figure), compared with FuzzySharp on text we prepared ourselves (its own preprocessing
/// drops non-ASCII letters and splits <c>1,000</c>). Numbers are never compared: a discrepancy must be findable.
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

    public (double Score, IReadOnlyList<string> Reasons) Score(ClaimProfile left, ClaimProfile right)
    {
        if (left.Claim.DocumentId == right.Claim.DocumentId && left.SentenceKey == right.SentenceKey && SameTime(left, right))
        {
            return (0, ["same sentence and same time: two different figures"]);
        }

        var reasons = new List<string>(3);
        double unitScore;
        if (left.Unit == right.Unit)
        {
            unitScore = 100;
            reasons.Add(left.Unit.Length == 0 ? "neither names a unit" : $"same unit ({left.Unit})");
        }
        else
        {
            unitScore = left.Unit.Length == 0 || right.Unit.Length == 0 ? 50 : Fuzz.TokenSetRatio(left.Unit, right.Unit, PreprocessMode.None);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"units '{left.Unit}' ~ '{right.Unit}' ({unitScore:0})"));
        }

        double contextScore;
        if (left.TotalWeight == 0 || right.TotalWeight == 0)
        {
            contextScore = 50;
            reasons.Add("no context words to compare");
        }
        else
        {
            // Two views of the shared context words, rare words counting most: the weighted Dice overlap (how much
            // of what is said is shared), and the shared weight itself beyond the strongest shared word (several rare
            // words in common are strong evidence even in long sentences that say much else; one can be chance).
            var shared = left.Terms.Where(right.Terms.Contains).ToList();
            var overlap = shared.Sum(t => left.Weights[t] + right.Weights[t]);
            var dice = Math.Min(100, 100 * overlap / (left.TotalWeight + right.TotalWeight) * ContextStretch);
            var sharedWeights = shared.Select(t => Math.Min(left.Weights[t], right.Weights[t])).ToList();
            var beyondStrongest = sharedWeights.Count < 2 ? 0 : sharedWeights.Sum() - sharedWeights.Max();
            var evidence = 100 * (1 - Math.Exp(-beyondStrongest / EvidenceScale));
            contextScore = Math.Max(dice, evidence);
            var named = shared.OrderByDescending(t => left.Weights[t]).ThenBy(t => t, StringComparer.Ordinal).Take(5).Select(t => left.Words[t]);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"context {contextScore:0}/100{(shared.Count > 0 ? " (shared: " + string.Join(", ", named) + ")" : string.Empty)}"));
        }

        var score = Math.Round((UnitWeight * unitScore) + ((1 - UnitWeight) * contextScore), 1);
        return (score, reasons);
    }

    private static bool SameTime(ClaimProfile left, ClaimProfile right) =>
        left.Period is not { } a || right.Period is not { } b || a.DaysApart(b) == 0;
}
