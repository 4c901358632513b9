using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>
/// Matching end to end: profile the claims, score the candidate pairs, and cluster pairs at or above the
/// threshold, strongest first, never joining two claims of the same sentence and time (single linkage with
/// cannot-link constraints). Every claim ends in exactly one group; unmatched claims are groups of one.
/// </summary>
internal sealed class ClaimGrouper(IClaimMatcher matcher, AnalysisSettings settings, GroupingConstraints? constraints = null)
{
    private readonly GroupingConstraints _constraints = constraints ?? GroupingConstraints.None;

    public IReadOnlyList<MatchGroup> Group(IReadOnlyList<Claim> claims)
    {
        var profiles = ClaimProfiler.Weigh(ClaimProfiler.ProfileAll(claims));
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

            if (CannotLink(members[a], members[b]) || Rejected(members[a], members[b]))
            {
                continue;
            }

            Union(parent, members, evidence, a, b, new MatchEvidence(left.Claim.Id, right.Claim.Id, score, reasons));
        }

        // Merges decided by people join whatever the scores said.
        var indexOf = profiles.ToDictionary(p => p.Claim.Id, p => p.Index, StringComparer.Ordinal);
        foreach (var (ids, reason) in _constraints.MustLink)
        {
            var present = ids.Where(indexOf.ContainsKey).ToList();
            for (var k = 1; k < present.Count; k++)
            {
                var a = Find(parent, indexOf[present[0]]);
                var b = Find(parent, indexOf[present[k]]);
                if (a != b)
                {
                    Union(parent, members, evidence, a, b, new MatchEvidence(present[0], present[k], 100, [reason]));
                }
            }
        }

        return [.. Enumerable.Range(0, profiles.Count)
            .Where(i => Find(parent, i) == i)
            .Select(i => new MatchGroup([.. members[i].OrderBy(p => p.Index)], evidence[i]))];
    }

    private static void Union(int[] parent, List<ClaimProfile>[] members, List<MatchEvidence>[] evidence, int a, int b, MatchEvidence link)
    {
        var (root, child) = a < b ? (a, b) : (b, a);
        parent[child] = root;
        members[root].AddRange(members[child]);
        evidence[root].AddRange(evidence[child]);
        evidence[root].Add(link);
        members[child] = [];
        evidence[child] = [];
    }

    /// <summary>A person said two of these claims are not the same claim.</summary>
    private bool Rejected(List<ClaimProfile> left, List<ClaimProfile> right)
    {
        if (_constraints.CannotLink.Count == 0)
        {
            return false;
        }

        var leftIds = left.Select(p => p.Claim.Id).ToHashSet(StringComparer.Ordinal);
        var rightIds = right.Select(p => p.Claim.Id).ToHashSet(StringComparer.Ordinal);
        return _constraints.CannotLink.Any(pair => (leftIds.Contains(pair.Left) && rightIds.Contains(pair.Right)) || (leftIds.Contains(pair.Right) && rightIds.Contains(pair.Left)));
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
