using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>
/// Matching end to end: profile the claims, score the candidate pairs, and cluster pairs at or above the
/// threshold, strongest first, never joining two claims of the same sentence and time (single linkage with
/// cannot-link constraints). Every claim ends in exactly one group; unmatched claims are groups of one.
/// </summary>
internal sealed class ClaimGrouper(IClaimMatcher matcher, AnalysisSettings settings)
{
    public IReadOnlyList<MatchGroup> Group(IReadOnlyList<Claim> claims)
    {
        var profiles = ClaimProfiler.Weigh([.. claims.Select(ClaimProfiler.Profile)]);
        var edges = new List<(ClaimProfile Left, ClaimProfile Right, double Score, IReadOnlyList<string> Reasons)>();
        foreach (var (left, right) in CandidatePairs.Find(profiles))
        {
            var (score, reasons) = matcher.Score(left, right);
            if (score >= settings.Threshold)
            {
                edges.Add((left, right, score, reasons));
            }
        }

        edges.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Left.Index != b.Left.Index ? a.Left.Index.CompareTo(b.Left.Index) : a.Right.Index.CompareTo(b.Right.Index));
        var parent = Enumerable.Range(0, profiles.Count).ToArray();
        var members = profiles.Select(p => new List<ClaimProfile> { p }).ToArray();
        var evidence = profiles.Select(_ => new List<MatchEvidence>()).ToArray();
        foreach (var (left, right, score, reasons) in edges)
        {
            var a = Find(parent, left.Index);
            var b = Find(parent, right.Index);
            if (a == b)
            {
                evidence[a].Add(new MatchEvidence(left.Claim.Id, right.Claim.Id, score, reasons));
                continue;
            }

            if (CannotLink(members[a], members[b]))
            {
                continue;
            }

            var (root, child) = a < b ? (a, b) : (b, a);
            parent[child] = root;
            members[root].AddRange(members[child]);
            evidence[root].AddRange(evidence[child]);
            evidence[root].Add(new MatchEvidence(left.Claim.Id, right.Claim.Id, score, reasons));
            members[child] = [];
            evidence[child] = [];
        }

        return [.. Enumerable.Range(0, profiles.Count)
            .Where(i => Find(parent, i) == i)
            .Select(i => new MatchGroup([.. members[i].OrderBy(p => p.Index)], evidence[i]))];
    }

    /// <summary>Two figures of one sentence for the same time are different claims (<c>72 employees fought, 3 employees died</c>).</summary>
    private static bool CannotLink(List<ClaimProfile> left, List<ClaimProfile> right)
    {
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (a.Claim.DocumentId == b.Claim.DocumentId && a.SentenceKey == b.SentenceKey
                    && (a.Period is not { } p || b.Period is not { } q || p.DaysApart(q) == 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
