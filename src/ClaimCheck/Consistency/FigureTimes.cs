using ClaimCheck.Matching;

namespace ClaimCheck.Consistency;

/// <summary>
/// Splits a group's claims into the times they speak of, so each time is judged on its own and the times are then
/// read as a series. Two claims are of one time when they come from one document with the same <c>asOf</c>, when their
/// periods overlap, or when both are single days (publication dates: "now") within the time window. A claim with no
/// known time is of no time but its own document's: it is never compared with other documents' claims for a conflict.
/// </summary>
internal static class FigureTimes
{
    /// <summary>The times, earliest first, each with its claims in group order; the undated times come last.</summary>
    public static List<List<GroupedClaim>> Split(IReadOnlyList<GroupedClaim> members, AnalysisSettings settings)
    {
        var parent = Enumerable.Range(0, members.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (SameTime(members[i], members[j], settings))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return [.. members.Select((m, i) => (Member: m, Root: Find(i)))
            .GroupBy(x => x.Root)
            .Select(g => g.Select(x => x.Member).ToList())
            .OrderBy(t => t[0].Period is null)
            .ThenBy(t => t.Where(m => m.Period is not null).Select(m => m.Period!.Value.From).DefaultIfEmpty(DateOnly.MaxValue).Min())
            .ThenBy(t => t[0].Index)];
    }

    /// <summary>Whether two claims speak of one time.</summary>
    public static bool SameTime(GroupedClaim a, GroupedClaim b, AnalysisSettings settings)
    {
        if (a.Claim.DocumentId == b.Claim.DocumentId && a.Claim.AsOf == b.Claim.AsOf)
        {
            return true;
        }

        if (a.Period is not { } p || b.Period is not { } q)
        {
            return false;
        }

        return p.DaysApart(q) == 0 || (p.From == p.To && q.From == q.To && p.DaysApart(q) <= settings.TimeWindowDays);
    }
}
