using System.Collections.Concurrent;
using System.Globalization;
using ClaimCheck.Vocabulary;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Matching;

/// <summary>
/// The default matcher: two claims are one quantity when nothing keeps them apart (<see cref="MatchGates"/>) and enough
/// speaks for it: what is counted (the folded unit), what is said about it (the predicate class), what it is about (the
/// subject's head noun) and the words around the figure, weighted by rarity. A generic noun (<c>people</c>) also needs the
/// same predicate and subject, or the same figure at the same time. Numbers otherwise only add a little: a discrepancy
/// must stay findable.
/// </summary>
internal sealed class FrameMatcher(AnalysisSettings settings)
{
    public static FrameMatcher Default { get; } = new(AnalysisSettings.Default);

    private const double UnitWeight = 35;
    private const double PredicateWeight = 25;
    private const double AboutWeight = 15;
    private const double ContextWeight = 25;

    /// <summary>
    /// How much of the context score is left when both sentences name someone or somewhere and share none of the names:
    /// "Arselia built 500 schools" and "Belaria built 300 schools" say the same about different places.
    /// </summary>
    private const double NamePenalty = 0.3;

    /// <summary>What sharing a rare unit adds (<c>volunteers</c> counted by three claims of a hundred): its rarity times this.</summary>
    private const double RareUnitWeight = 20;

    /// <summary>What the same figure for the same unit adds: evidence, never enough alone.</summary>
    private const double SameFigureBonus = 10;

    /// <summary>
    /// Two reports of one figure rarely share more than half their context words (different wording, different
    /// sentence lengths), so the overlap is stretched: sharing half the weight already counts as full agreement.
    /// </summary>
    private const double ContextStretch = 2.0;

    /// <summary>Shared rare-word weight (beyond the strongest word) at which the evidence reaches 63/100: half a rare word.</summary>
    private const double EvidenceScale = 0.5;

    /// <summary>A corpus has few distinct units, so each pair of different units is scored once.</summary>
    private readonly ConcurrentDictionary<(string, string), double> _unitScores = new();

    public double Score(ClaimProfile left, ClaimProfile right)
    {
        if (SameSentenceAndTime(left, right) || MatchGates.DifferentStories(left, right) || MatchGates.Apart(left, right, settings) is not null)
        {
            return 0;
        }

        var generic = MatchGates.Generic(left, right, settings);
        var context = ContextScore(left, right, shared: null) * (DifferentNames(left, right) ? NamePenalty : 1);
        if (generic == GenericEvidence.Missing || (generic == GenericEvidence.NeedsContext && context < MatchGates.GenericContext))
        {
            return 0;
        }

        var score = (UnitWeight * UnitScore(left, right)) + (PredicateWeight * PredicateScore(left, right)) + (AboutWeight * AboutScore(left, right))
            + (ContextWeight * context / 100) + (SameFigure(left, right) ? SameFigureBonus : 0) + RareUnit(left, right);
        return Math.Round(Math.Min(100, score), 1);
    }

    public IReadOnlyList<string> Explain(ClaimProfile left, ClaimProfile right)
    {
        if (SameSentenceAndTime(left, right))
        {
            return ["same sentence and same time: two different figures"];
        }

        if (MatchGates.Apart(left, right, settings) is { } apart)
        {
            return [apart];
        }

        if (MatchGates.DifferentStories(left, right))
        {
            return ["their documents are about different things"];
        }

        var reasons = new List<string>(4);
        reasons.Add(left.Unit == right.Unit
            ? left.Unit.Length == 0 ? "neither names a unit" : $"same unit ({left.Unit})"
            : string.Create(CultureInfo.InvariantCulture, $"units '{left.Unit}' ~ '{right.Unit}' ({100 * UnitScore(left, right):0})"));
        if (left.Frame.Predicate != Predicate.None && left.Frame.Predicate == right.Frame.Predicate)
        {
            reasons.Add(left.Frame.PredicateWord == right.Frame.PredicateWord
                ? $"both say '{left.Frame.PredicateWord}'"
                : $"'{left.Frame.PredicateWord}' ~ '{right.Frame.PredicateWord}'");
        }

        if (left.About is not null && left.About == right.About)
        {
            reasons.Add($"both about a {left.About}");
        }

        if (SameFigure(left, right))
        {
            reasons.Add("the same figure");
        }

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

    /// <summary>
    /// Both count the same unit, and few other claims do, and nothing different is said of them: what few claims count, two
    /// claims of one story counting it likely mean alike.
    /// </summary>
    private static double RareUnit(ClaimProfile left, ClaimProfile right) =>
        left.Concept.Unit == right.Concept.Unit && left.Frame.Predicate == right.Frame.Predicate ? RareUnitWeight * Math.Min(left.UnitRarity, right.UnitRarity) : 0;

    /// <summary>Names that differ between two sentences of one document (a headline and its story) do not tell two stories apart.</summary>
    private static bool DifferentNames(ClaimProfile left, ClaimProfile right) =>
        left.Claim.DocumentId != right.Claim.DocumentId && MatchGates.DifferentNames(left, right);

    /// <summary>1 for the same unit; less for a unit narrowed on one side only (<c>volunteer rangers</c> / <c>rangers</c>) or for a generic noun.</summary>
    private double UnitScore(ClaimProfile left, ClaimProfile right)
    {
        var (a, b) = (left.Concept, right.Concept);
        if (a.Unit == b.Unit)
        {
            return 1;
        }

        if (a.Generic != GenericNoun.None || b.Generic != GenericNoun.None)
        {
            return 0.7;
        }

        if (a.Head == b.Head && (a.Modifiers.Length == 0 || b.Modifiers.Length == 0))
        {
            return 0.6;
        }

        var key = string.CompareOrdinal(a.Unit, b.Unit) < 0 ? (a.Unit, b.Unit) : (b.Unit, a.Unit);
        return _unitScores.GetOrAdd(key, static k => Fuzz.TokenSortRatio(k.Item1, k.Item2, PreprocessMode.None) / 100.0);
    }

    /// <summary>
    /// The same class of predicate speaks for a match; an unknown one hardly at all, so that two claims that share only a
    /// unit and a figure, and no word of context, stay apart.
    /// </summary>
    private static double PredicateScore(ClaimProfile left, ClaimProfile right) =>
        (left.Frame.Predicate, right.Frame.Predicate) switch
        {
            (Predicate.None, Predicate.None) => 0.3,
            (Predicate.None, _) or (_, Predicate.None) => 0.4,
            _ => 1,
        };

    /// <summary>The same subject speaks for a match; another subject only a little against it (<c>airlines fly 14 routes</c>, <c>the airport serves 24 routes</c>).</summary>
    private static double AboutScore(ClaimProfile left, ClaimProfile right) =>
        left.About is null || right.About is null ? 0.3 : left.About == right.About ? 1 : 0.25;

    /// <summary>The same figure for the same unit, said of the same subject as far as we can tell, or framed by the same predicate.</summary>
    private static bool SameFigure(ClaimProfile left, ClaimProfile right) =>
        (left.Concept.Unit == right.Concept.Unit || left.Concept.Generic != GenericNoun.None || right.Concept.Generic != GenericNoun.None)
        && (left.About is null || right.About is null || left.About == right.About || (left.Frame.Predicate != Predicate.None && left.Frame.Predicate == right.Frame.Predicate))
        && MatchGates.SameFigure(left.Claim, right.Claim);

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

    private static bool SameSentenceAndTime(ClaimProfile left, ClaimProfile right) =>
        left.SentenceId == right.SentenceId && (left.Period is not { } a || right.Period is not { } b || a.DaysApart(b) == 0);
}
