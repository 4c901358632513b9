using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>
/// Matching end to end: profile the claims, score the candidate pairs, and cluster pairs at or above the
/// threshold, strongest first, never joining two claims of the same sentence and time (single linkage with
/// cannot-link constraints). Every claim ends in exactly one group; unmatched claims are groups of one.
/// Scoring runs in parallel; everything that decides the result runs in a fixed order, so the groups are the
/// same on any number of cores.
/// </summary>
internal sealed class ClaimGrouper(IClaimMatcher matcher, AnalysisSettings settings, GroupingConstraints? constraints = null)
{
    private readonly GroupingConstraints _constraints = constraints ?? GroupingConstraints.None;

    public IReadOnlyList<MatchGroup> Group(IReadOnlyList<Claim> claims)
    {
        var profiles = ClaimProfiler.ProfileAll(claims);
        var candidates = CandidatePairs.Find(profiles);
        var scores = new double[candidates.Count];
        Parallel.For(0, candidates.Count, k => scores[k] = matcher.Score(profiles[candidates[k].Left], profiles[candidates[k].Right]));

        var edges = Enumerable.Range(0, candidates.Count).Where(k => scores[k] >= settings.Threshold).ToArray();
        Array.Sort(edges, (x, y) => scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : candidates[x].CompareTo(candidates[y]));

        var groups = new Groups(profiles);
        foreach (var k in edges)
        {
            var (left, right) = (profiles[candidates[k].Left], profiles[candidates[k].Right]);
            var (a, b) = (groups.Find(left.Index), groups.Find(right.Index));
            if (a == b)
            {
                groups.AddScore(a, scores[k]);
                continue;
            }

            if (groups.CannotLink(a, b) || Rejected(groups.Members(a), groups.Members(b)))
            {
                continue;
            }

            groups.Union(a, b, new MatchEvidence(left.Claim.Id, right.Claim.Id, scores[k], matcher.Explain(left, right)));
        }

        // Merges decided by people join whatever the scores said.
        var indexOf = _constraints.MustLink.Count == 0 ? [] : profiles.ToDictionary(p => p.Claim.Id, p => p.Index, StringComparer.Ordinal);
        foreach (var (ids, reason) in _constraints.MustLink)
        {
            var present = ids.Where(indexOf.ContainsKey).ToList();
            for (var k = 1; k < present.Count; k++)
            {
                var a = groups.Find(indexOf[present[0]]);
                var b = groups.Find(indexOf[present[k]]);
                if (a != b)
                {
                    groups.Union(a, b, new MatchEvidence(present[0], present[k], 100, [reason]));
                }
            }
        }

        return groups.All();
    }

    /// <summary>A person said two of these claims are not the same claim.</summary>
    private bool Rejected(IReadOnlyList<ClaimProfile> left, IReadOnlyList<ClaimProfile> right)
    {
        if (_constraints.CannotLink.Count == 0)
        {
            return false;
        }

        var leftIds = left.Select(p => p.Claim.Id).ToHashSet(StringComparer.Ordinal);
        var rightIds = right.Select(p => p.Claim.Id).ToHashSet(StringComparer.Ordinal);
        return _constraints.CannotLink.Any(pair => (leftIds.Contains(pair.Left) && rightIds.Contains(pair.Right)) || (leftIds.Contains(pair.Right) && rightIds.Contains(pair.Left)));
    }

    /// <summary>
    /// Union-find over the claims with each root's members, links and scores. The smaller group always joins the
    /// larger, so no claim is moved more than log n times and chains of merges stay near-linear.
    /// </summary>
    private sealed class Groups
    {
        private readonly int[] _parent;
        private readonly List<ClaimProfile>?[] _members;
        private readonly List<MatchEvidence>?[] _evidence;
        private readonly HashSet<int>?[] _sentences;
        private readonly double[] _scoreSum;
        private readonly int[] _scoreCount;
        private readonly IReadOnlyList<ClaimProfile> _profiles;

        public Groups(IReadOnlyList<ClaimProfile> profiles)
        {
            _profiles = profiles;
            _parent = [.. Enumerable.Range(0, profiles.Count)];
            _members = new List<ClaimProfile>?[profiles.Count];
            _evidence = new List<MatchEvidence>?[profiles.Count];
            _sentences = new HashSet<int>?[profiles.Count];
            _scoreSum = new double[profiles.Count];
            _scoreCount = new int[profiles.Count];
        }

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        public List<ClaimProfile> Members(int root) => _members[root] ??= [_profiles[root]];

        public void AddScore(int root, double score)
        {
            _scoreSum[root] += score;
            _scoreCount[root]++;
        }

        public void Union(int a, int b, MatchEvidence link)
        {
            var (root, child) = Members(a).Count >= Members(b).Count ? (a, b) : (b, a);
            _parent[child] = root;
            Members(root).AddRange(Members(child));
            var evidence = _evidence[root] ??= [];
            if (_evidence[child] is { } childEvidence)
            {
                evidence.AddRange(childEvidence);
            }

            evidence.Add(link);
            var sentences = _sentences[root] ??= [_profiles[root].SentenceId];
            if (_sentences[child] is { } childSentences)
            {
                sentences.UnionWith(childSentences);
            }
            else
            {
                sentences.Add(_profiles[child].SentenceId);
            }

            _scoreSum[root] += _scoreSum[child] + link.Score;
            _scoreCount[root] += _scoreCount[child] + 1;
            _members[child] = null;
            _evidence[child] = null;
            _sentences[child] = null;
        }

        /// <summary>Two figures of one sentence for the same time are different claims (<c>72 employees fought, 3 employees died</c>).</summary>
        public bool CannotLink(int a, int b)
        {
            var (small, large) = Members(a).Count <= Members(b).Count ? (a, b) : (b, a);
            foreach (var x in Members(small))
            {
                // Sharing a sentence is rare: only then are the larger group's members scanned.
                var shares = _sentences[large]?.Contains(x.SentenceId) ?? _profiles[large].SentenceId == x.SentenceId;
                if (shares && Members(large).Any(y => y.SentenceId == x.SentenceId && SameTime(x, y)))
                {
                    return true;
                }
            }

            return false;
        }

        public List<MatchGroup> All()
        {
            var groups = new List<MatchGroup>();
            for (var i = 0; i < _parent.Length; i++)
            {
                if (Find(i) == i)
                {
                    var members = Members(i).OrderBy(p => p.Index).ToList();
                    groups.Add(new MatchGroup(members, _evidence[i] ?? [], _scoreCount[i] == 0 ? null : _scoreSum[i] / _scoreCount[i]));
                }
            }

            return groups;
        }

        private static bool SameTime(ClaimProfile x, ClaimProfile y) =>
            x.Period is not { } p || y.Period is not { } q || p.DaysApart(q) == 0;
    }
}
