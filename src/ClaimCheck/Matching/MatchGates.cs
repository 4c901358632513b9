using ClaimCheck.Extraction;
using ClaimCheck.Vocabulary;

namespace ClaimCheck.Matching;

/// <summary>
/// What makes two claims different quantities whatever else they share: another modality (a plan is not a result), a
/// denial, another predicate (<c>hired 300</c> is not <c>cut 300 jobs</c>), a new thing against an old one of the same
/// name, history against the present, and units narrowed differently. A group
/// never holds two claims that one of these keeps apart, so groups cannot chain across them.
/// </summary>
internal static class MatchGates
{
    /// <summary>How much of the context a generic noun's match must share when nothing else speaks for it.</summary>
    public const double GenericContext = 50;

    /// <summary>Why the two claims cannot be one quantity, or null when nothing keeps them apart.</summary>
    public static string? Apart(ClaimProfile a, ClaimProfile b, AnalysisSettings settings)
    {
        var (x, y) = (a.Frame, b.Frame);
        if (x.Modality != y.Modality)
        {
            return $"one is {Describe(x.Modality)}, the other {Describe(y.Modality)}";
        }

        if (x.Negated != y.Negated)
        {
            return "one of them is denied";
        }

        if (x.Predicate != Predicate.None && y.Predicate != Predicate.None && x.Predicate != y.Predicate)
        {
            return $"different things are said of them ('{x.PredicateWord}' / '{y.PredicateWord}')";
        }

        if (AgeConflict(x, y) is { } noun)
        {
            return $"one is about a new {noun}, the other about an old one";
        }

        // History is compared only with figures known to be of its own time; an undated page speaks of its present.
        if ((a.IsHistorical || b.IsHistorical) && (a.Period is not { } p || b.Period is not { } q || p.DaysApart(q) > settings.HistoryYears * 365.25))
        {
            return "one is history, the other of another time";
        }

        return UnitsApart(a.Concept, b.Concept, x, y);
    }

    /// <summary>
    /// People counted by the verb that names the other unit: <c>arrested 38 people</c> counts arrests, <c>evacuated 300
    /// people</c> evacuations, <c>injured 40 people</c> injuries.
    /// </summary>
    private static bool VerbNamesUnit(ClaimFrame frame, UnitConcept other)
    {
        if (frame.Governor is not { } verb || other.Head.Length < 4)
        {
            return false;
        }

        var (a, b) = (ClaimProfiler.Stem(verb), ClaimProfiler.Stem(other.Head));
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= 5 && common * 5 >= Math.Min(a.Length, b.Length) * 4;
    }

    /// <summary>
    /// What a generic noun needs to join another claim. <c>people</c> or <c>units</c> say little of what is counted: two claims
    /// with one are the same quantity when they state the same figure for the same time (<c>610,000 people flew</c> is the
    /// year's 610,000 passengers), or when their figures are of one order (a visitor centre's 90,000 people are not a
    /// park's 1.25 million visits) and the same predicate frames them (<c>drew 41,000 people</c>, <c>attended by 49,500</c>)
    /// or, failing that, much of their context is shared.
    /// </summary>
    public static GenericEvidence Generic(ClaimProfile a, ClaimProfile b, AnalysisSettings settings)
    {
        if (a.Concept.Generic == GenericNoun.None && b.Concept.Generic == GenericNoun.None)
        {
            return GenericEvidence.NotNeeded;
        }

        if (SameFigure(a.Claim, b.Claim) && SameTime(a, b, settings))
        {
            return GenericEvidence.Enough;
        }

        if (!SameOrder(a.Claim, b.Claim))
        {
            return GenericEvidence.Missing;
        }

        return a.Frame.Predicate != Predicate.None && a.Frame.Predicate == b.Frame.Predicate ? GenericEvidence.Enough : GenericEvidence.NeedsContext;
    }

    /// <summary>Figures within a factor of five of each other: reports of one population over time rarely differ more.</summary>
    private static bool SameOrder(Claim a, Claim b) =>
        Central(a) is { } x && Central(b) is { } y && x != 0 && y != 0 && Math.Abs(x / y) is >= 0.2 and <= 5;

    /// <summary>The same figure, give or take rounding: within 1% when both are stated exactly, 4% when one is hedged (<c>about 450</c>, <c>more than 440</c>).</summary>
    public static bool SameFigure(Claim a, Claim b)
    {
        var tolerance = a.Qualifier == Qualifier.Exact && b.Qualifier == Qualifier.Exact ? 0.01 : 0.04;
        return Central(a) is { } x && Central(b) is { } y && Math.Abs(x - y) <= tolerance * Math.Max(Math.Abs(x), Math.Abs(y));
    }

    private static double? Central(Claim claim) =>
        claim.Low is { } low && claim.High is { } high ? (low + high) / 2 : claim.Value;

    /// <summary>Overlapping times, two days within the time window, or a time unknown.</summary>
    private static bool SameTime(ClaimProfile a, ClaimProfile b, AnalysisSettings settings) =>
        a.Period is not { } p || b.Period is not { } q || p.DaysApart(q) == 0 || (p.From == p.To && q.From == q.To && p.DaysApart(q) <= settings.TimeWindowDays);

    /// <summary>Units that cannot count the same thing: a generic noun that cannot stand for the other, or two narrowings with nothing in common.</summary>
    private static string? UnitsApart(UnitConcept a, UnitConcept b, ClaimFrame x, ClaimFrame y)
    {
        if (a.Generic == GenericNoun.Span || b.Generic == GenericNoun.Span)
        {
            return a.Head == b.Head ? null : $"'{a.Unit}' and '{b.Unit}' are other lengths of time";
        }

        if (a.Generic != GenericNoun.None || b.Generic != GenericNoun.None)
        {
            return a.Generic == b.Generic || a.CanStandFor(b) || b.CanStandFor(a) || VerbNamesUnit(x, b) || VerbNamesUnit(y, a) ? null : $"'{a.Unit}' cannot stand for '{b.Unit}'";
        }

        if (a.Head != b.Head)
        {
            return $"'{a.Unit}' and '{b.Unit}' count different things";
        }

        return a.Modifiers.Length > 0 && b.Modifiers.Length > 0 && !a.Modifiers.Intersect(b.Modifiers, StringComparer.Ordinal).Any()
            ? $"'{a.Unit}' and '{b.Unit}' are different kinds of {a.Head}"
            : null;
    }

    /// <summary>A noun one sentence calls new and the other old: <c>the new terminal</c>, <c>the present terminal</c>.</summary>
    private static string? AgeConflict(ClaimFrame x, ClaimFrame y)
    {
        foreach (var (noun, isNew) in x.Ages)
        {
            foreach (var (other, otherIsNew) in y.Ages)
            {
                if (isNew != otherIsNew && noun == other)
                {
                    return noun;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Two documents that name nothing in common are about different stories: their claims are not linked. (A group may
    /// still hold both when a third document names what each names.)
    /// </summary>
    public static bool DifferentStories(ClaimProfile a, ClaimProfile b) =>
        a.Claim.DocumentId != b.Claim.DocumentId && !Shares(a.Topic, b.Topic);

    /// <summary>Both sentences name someone or somewhere, and no name is shared: "Arselia built 500 schools", "Belaria built 300 schools".</summary>
    public static bool DifferentNames(ClaimProfile a, ClaimProfile b) => !Shares(a.Names, b.Names);

    /// <summary>Whether two sorted id lists share an id; an empty list shares with anything (nothing is known).</summary>
    private static bool Shares(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return true;
        }

        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                return true;
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

        return false;
    }

    private static string Describe(Modality modality) => modality switch
    {
        Modality.Planned => "planned or forecast",
        Modality.Potential => "a capacity",
        _ => "actual",
    };
}

/// <summary>Whether a generic noun has what it needs to join another claim.</summary>
internal enum GenericEvidence
{
    /// <summary>Neither unit is generic.</summary>
    NotNeeded,

    /// <summary>The same figure for the same time, or the same predicate for figures of one order.</summary>
    Enough,

    /// <summary>Figures of one order, nothing else: only much shared context can make them one.</summary>
    NeedsContext,

    /// <summary>Figures of different orders: a generic noun does not join.</summary>
    Missing,
}
