using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>
/// What makes two claims different quantities whatever else they share: another modality (a plan is not a result), a
/// denial, another predicate (<c>hired 300</c> is not <c>cut 300 jobs</c>), a new thing against an old one of the same
/// name, other stories, history against the present, and units narrowed differently. A group
/// never holds two claims that one of these keeps apart, so groups cannot chain across them.
/// </summary>
internal static class MatchGates
{
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

        if (a.Claim.DocumentId != b.Claim.DocumentId && !Shares(a.Topic, b.Topic))
        {
            return "their documents are about different things";
        }

        if ((a.IsHistorical || b.IsHistorical) && a.Period is { } p && b.Period is { } q && p.DaysApart(q) > settings.HistoryYears * 365.25)
        {
            return "one is history, the other of another time";
        }

        return UnitsApart(a.Concept, b.Concept);
    }

    /// <summary>
    /// Whether a generic noun has what it needs to join another claim: <c>people</c> or <c>units</c> say little of what is
    /// counted, so the predicate and the subject must both match (<c>the plant built 200,000 units</c>), or the two must
    /// state the same figure for the same time (<c>610,000 people flew</c> is the year's 610,000 passengers).
    /// </summary>
    public static bool GenericHasEvidence(ClaimProfile a, ClaimProfile b, AnalysisSettings settings)
    {
        if (a.Concept.Generic == GenericNoun.None && b.Concept.Generic == GenericNoun.None)
        {
            return true;
        }

        var sameFrame = a.Frame.Predicate != Predicate.None && a.Frame.Predicate == b.Frame.Predicate && a.About is not null && a.About == b.About;
        return sameFrame || (SameFigure(a.Claim, b.Claim) && SameTime(a, b, settings));
    }

    /// <summary>The same figure, give or take rounding: within 5% of each other.</summary>
    public static bool SameFigure(Claim a, Claim b) =>
        Central(a) is { } x && Central(b) is { } y && Math.Abs(x - y) <= 0.05 * Math.Max(Math.Abs(x), Math.Abs(y));

    private static double? Central(Claim claim) =>
        claim.Low is { } low && claim.High is { } high ? (low + high) / 2 : claim.Value;

    /// <summary>Overlapping times, two days within the time window, or a time unknown.</summary>
    private static bool SameTime(ClaimProfile a, ClaimProfile b, AnalysisSettings settings) =>
        a.Period is not { } p || b.Period is not { } q || p.DaysApart(q) == 0 || (p.From == p.To && q.From == q.To && p.DaysApart(q) <= settings.TimeWindowDays);

    /// <summary>Units that cannot count the same thing: a generic noun that cannot stand for the other, or two narrowings with nothing in common.</summary>
    private static string? UnitsApart(UnitConcept a, UnitConcept b)
    {
        if (a.Generic != GenericNoun.None || b.Generic != GenericNoun.None)
        {
            return a.Generic == b.Generic || a.CanStandFor(b) || b.CanStandFor(a) ? null : $"'{a.Unit}' cannot stand for '{b.Unit}'";
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
