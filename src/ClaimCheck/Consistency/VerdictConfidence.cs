using ClaimCheck.Matching;

namespace ClaimCheck.Consistency;

/// <summary>
/// How sure a verdict is: how sure the grouping is, times how sure the verdict is given the grouping. The grouping of
/// several claims is as sure as their match scores; a claim left alone is never certain to be alone (another source may
/// say it in words the matcher did not see), and less so when a near miss came close. A discrepancy is surer the wider
/// the gap between the figures; a change surer between named years than between publication dates; an agreement surer
/// when the figures are the same than when they are only compatible, and an agreement of one source with itself is
/// no surer than a lone claim.
/// </summary>
internal static class VerdictConfidence
{
    /// <summary>The most a lone claim's grouping can be trusted.</summary>
    private const double AloneCeiling = 0.9;

    /// <summary>A gap of this share of the figure between two conflicting figures is beyond doubt.</summary>
    private const double ClearGap = 0.1;

    public static double For(VerdictDecision decision, MatchGroup group, IReadOnlyDictionary<string, Figure> figures)
    {
        var alone = AloneCeiling * (1 - (group.NearestOutside / 100));
        var grouping = group.MeanScore is { } mean ? mean / 100 : 1;
        // One source agreeing with itself (a figure repeated in one article, or in copies of one passage) is confirmed
        // by nobody else: it is no surer than a lone claim, and less sure than two sources that agree.
        if (decision.Verdict == Verdict.Single || (decision.Verdict == Verdict.Agreement && decision.Sources < 2))
        {
            grouping = Math.Min(grouping, alone);
        }

        var verdict = decision.Verdict switch
        {
            Verdict.Discrepancy => 0.7 + (0.3 * Math.Min(1, Gap(decision, figures) / ClearGap)),
            Verdict.Change when decision.UndatedDiffers && decision.Series.Count < 2 => 0.6,
            Verdict.Change => decision.Series.All(m => m.Period is { } p && p.From != p.To) ? 0.9 : 0.75,
            Verdict.Agreement => decision.AllSame ? 0.95 : 0.8,
            _ => 1.0,
        };
        return Math.Round(Math.Clamp(grouping * verdict, 0, 1), 2);
    }

    /// <summary>The widest gap between the values two conflicting claims allow, as a share of the larger figure.</summary>
    private static double Gap(VerdictDecision decision, IReadOnlyDictionary<string, Figure> figures)
    {
        var widest = 0.0;
        foreach (var (left, right) in decision.Conflicts)
        {
            var (a, b) = (figures[left.Claim.Id], figures[right.Claim.Id]);
            var gap = Math.Max(b.Allowed.Low - a.Allowed.High, a.Allowed.Low - b.Allowed.High);
            var scale = Math.Max(1, Math.Max(Math.Abs(a.Central), Math.Abs(b.Central)));
            widest = Math.Max(widest, gap / scale);
        }

        return widest;
    }
}
