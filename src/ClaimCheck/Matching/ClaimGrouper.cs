using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>
/// Matching end to end: let the matcher prepare its comparisons, score the candidate pairs, and cluster pairs at or
/// above the threshold, strongest first, never joining two claims of the same sentence and time, nor two claims the
/// matcher keeps apart (single linkage with cannot-link constraints). Every claim ends in exactly one group; unmatched
/// claims are groups of one. Scoring runs in parallel; everything that decides the result runs in a fixed order, so
/// the groups are the same on any number of cores.
/// </summary>
internal sealed class ClaimGrouper(IClaimMatcher? matcher, AnalysisSettings settings, GroupingConstraints? constraints = null)
{
    private readonly GroupingConstraints _constraints = constraints ?? GroupingConstraints.None;

    private readonly IClaimMatcher _matcher = matcher ?? ClaimMatchers.Frame;

    /// <summary>Above this many member pairs, a merge is checked against the gates of a sample of each group (the first members), not every pair.</summary>
    private const int MaxGatePairs = 4096;

    public IReadOnlyList<MatchGroup> Group(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, DocumentContext>? documents = null)
    {
        var comparisons = _matcher.Prepare(claims, documents ?? new Dictionary<string, DocumentContext>(), settings);
        var items = Items(claims);
        var candidates = comparisons.Candidates().ToList();
        var scores = new double[candidates.Count];
        Parallel.For(0, candidates.Count, k => scores[k] = comparisons.Score(candidates[k].Left, candidates[k].Right));

        var edges = Enumerable.Range(0, candidates.Count).Where(k => scores[k] >= settings.Threshold).ToArray();
        Array.Sort(edges, (x, y) => scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : candidates[x].CompareTo(candidates[y]));

        var groups = new Groups(items);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var reasonLists = new HashSet<string[]>(ReasonListComparer.Instance);
        foreach (var k in edges)
        {
            var (left, right) = (items[candidates[k].Left], items[candidates[k].Right]);
            var (a, b) = (groups.Find(left.Index), groups.Find(right.Index));
            if (a == b)
            {
                groups.AddScore(a, scores[k]);
                continue;
            }

            // A group never holds two claims that the gates keep apart: a claim joins because it fits the group, not one member.
            if (groups.CannotLink(a, b) || Rejected(groups.Members(a), groups.Members(b)) || KeptApart(comparisons, groups, a, b))
            {
                continue;
            }

            groups.Union(a, b, new MatchEvidence(left.Claim.Id, right.Claim.Id, scores[k], Shared(comparisons.Explain(left.Index, right.Index), reasons, reasonLists)), left.Index);
        }

        // Merges decided by people join whatever the scores said.
        var indexOf = _constraints.MustLink.Count == 0 ? [] : items.ToDictionary(p => p.Claim.Id, p => p.Index, StringComparer.Ordinal);
        foreach (var (ids, reason) in _constraints.MustLink)
        {
            var present = ids.Where(indexOf.ContainsKey).ToList();
            for (var k = 1; k < present.Count; k++)
            {
                var a = groups.Find(indexOf[present[0]]);
                var b = groups.Find(indexOf[present[k]]);
                if (a != b)
                {
                    groups.Union(a, b, new MatchEvidence(present[0], present[k], 100, [reason]), indexOf[present[0]]);
                }
            }
        }

        // The best score each group had with a claim left outside it: how sure the grouping is that it ends there.
        var nearestOutside = new Dictionary<int, double>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var (rootLeft, rootRight) = (groups.Find(candidates[k].Left), groups.Find(candidates[k].Right));
            if (rootLeft != rootRight && scores[k] > 0)
            {
                nearestOutside[rootLeft] = Math.Max(nearestOutside.GetValueOrDefault(rootLeft), scores[k]);
                nearestOutside[rootRight] = Math.Max(nearestOutside.GetValueOrDefault(rootRight), scores[k]);
            }
        }

        // Which claims of each group matched each other directly: only those are compared for a conflict.
        var matchedByRoot = new Dictionary<int, List<(int, int)>>();
        foreach (var k in edges)
        {
            var (left, right) = candidates[k];
            var root = groups.Find(left);
            if (root == groups.Find(right))
            {
                if (!matchedByRoot.TryGetValue(root, out var list))
                {
                    matchedByRoot[root] = list = [];
                }

                list.Add((left, right));
            }
        }

        // What the verdicts need of the matcher is taken now, so its profiles go when matching returns.
        var found = groups.All();
        var roots = found.Select(f => groups.Find(f.Members[0].Index)).ToArray();
        var result = new MatchGroup[found.Count];
        Parallel.For(0, found.Count, g =>
        {
            var (members, links, mean) = found[g];
            var claims = new GroupedClaim[members.Length];
            for (var m = 0; m < members.Length; m++)
            {
                claims[m] = new GroupedClaim(members[m].Claim, members[m].Index, members[m].Period);
            }

            var root = roots[g];
            (int, int)[] matched = members.Length < 2 || !matchedByRoot.TryGetValue(root, out var pairs) ? [] : [.. pairs];

            result[g] = new MatchGroup(claims, links, mean, comparisons.Label([.. members.Select(m => m.Index)])) { Matched = matched, NearestOutside = nearestOutside.GetValueOrDefault(root) };
        });

        return result;
    }

    /// <summary>Each claim with what grouping needs of it: its sentence (two figures of one sentence and time are never one) and its time.</summary>
    private static Item[] Items(IReadOnlyList<Claim> claims)
    {
        var sentences = new Dictionary<(string Document, string Sentence), int>();
        var items = new Item[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            var key = (claims[i].DocumentId, claims[i].Sentence);
            if (!sentences.TryGetValue(key, out var sentence))
            {
                sentences[key] = sentence = sentences.Count;
            }

            items[i] = new Item(claims[i], i, sentence, AsOfPeriod.Parse(claims[i].AsOf));
        }

        return items;
    }

    /// <summary>
    /// The reasons as a shared array of shared strings: links repeat their reasons (<c>same unit (company)</c> on most
    /// links, the same shared words within a group), and at a million claims the 800,000 links' reasons were the
    /// largest part of what matching kept; one copy of each distinct reason is a third of them.
    /// </summary>
    private static string[] Shared(IReadOnlyList<string> reasons, Dictionary<string, string> seen, HashSet<string[]> lists)
    {
        var shared = new string[reasons.Count];
        for (var r = 0; r < shared.Length; r++)
        {
            if (!seen.TryGetValue(reasons[r], out shared[r]!))
            {
                seen[reasons[r]] = shared[r] = reasons[r];
            }
        }

        if (lists.TryGetValue(shared, out var same))
        {
            return same;
        }

        lists.Add(shared);
        return shared;
    }

    /// <summary>Lists of reasons are the same when they read the same, reason by reason.</summary>
    private sealed class ReasonListComparer : IEqualityComparer<string[]>
    {
        public static ReasonListComparer Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(string[] reasons)
        {
            var hash = default(HashCode);
            foreach (var reason in reasons)
            {
                hash.Add(reason, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>Whether the matcher keeps some claim of one group apart from some claim of the other.</summary>
    private static bool KeptApart(IClaimComparisons comparisons, Groups groups, int a, int b)
    {
        var left = groups.Members(a).Take(MaxGatePairs / 64).ToArray();
        var right = groups.Members(b).Take(MaxGatePairs / 64).ToArray();
        foreach (var x in left)
        {
            foreach (var y in right)
            {
                if (comparisons.KeepApart(x.Index, y.Index) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A person said two of these claims are not the same claim.</summary>
    private bool Rejected(IEnumerable<Item> left, IEnumerable<Item> right)
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
    /// Union-find over the claims with each root's size, links and scores. The smaller group always joins the
    /// larger, so chains of merges stay near-linear. A group's members are a circular list threaded through one
    /// array (joining two groups splices two lists), and the links are one list for the whole run, sorted into
    /// their groups at the end: at a million claims, per-group lists and sets of sentences were hundreds of
    /// megabytes of small objects and of copies left behind by merges.
    /// </summary>
    private sealed class Groups
    {
        private readonly int[] _parent;
        private readonly int[] _size;
        private readonly int[] _nextMember;
        private readonly int[] _firstOfSentence;
        private readonly int[] _nextOfSentence;
        private readonly double[] _scoreSum;
        private readonly int[] _scoreCount;
        private readonly List<(int Left, MatchEvidence Link)> _links = [];
        private readonly IReadOnlyList<Item> _items;

        public Groups(IReadOnlyList<Item> items)
        {
            var n = items.Count;
            _items = items;
            _parent = new int[n];
            _size = new int[n];
            _nextMember = new int[n];
            _scoreSum = new double[n];
            _scoreCount = new int[n];
            var sentences = 0;
            for (var i = 0; i < n; i++)
            {
                (_parent[i], _size[i], _nextMember[i]) = (i, 1, i);
                sentences = Math.Max(sentences, items[i].SentenceId + 1);
            }

            // The claims of each sentence, chained: the only claims a group can share a sentence with.
            _firstOfSentence = new int[sentences];
            _nextOfSentence = new int[n];
            Array.Fill(_firstOfSentence, -1);
            for (var i = n - 1; i >= 0; i--)
            {
                _nextOfSentence[i] = _firstOfSentence[items[i].SentenceId];
                _firstOfSentence[items[i].SentenceId] = i;
            }
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

        /// <summary>The members of the group whose root is <paramref name="root"/>, in no particular order.</summary>
        public IEnumerable<Item> Members(int root)
        {
            var i = root;
            do
            {
                yield return _items[i];
                i = _nextMember[i];
            }
            while (i != root);
        }

        public void AddScore(int root, double score)
        {
            _scoreSum[root] += score;
            _scoreCount[root]++;
        }

        public void Union(int a, int b, MatchEvidence link, int left)
        {
            var (root, child) = _size[a] >= _size[b] ? (a, b) : (b, a);
            _parent[child] = root;
            _size[root] += _size[child];
            (_nextMember[root], _nextMember[child]) = (_nextMember[child], _nextMember[root]);
            _links.Add((left, link));
            _scoreSum[root] += _scoreSum[child] + link.Score;
            _scoreCount[root] += _scoreCount[child] + 1;
        }

        /// <summary>Two figures of one sentence for the same time are different claims (<c>72 employees fought, 3 employees died</c>).</summary>
        public bool CannotLink(int a, int b)
        {
            var (small, large) = _size[a] <= _size[b] ? (a, b) : (b, a);
            var x = small;
            do
            {
                // Sharing a sentence is rare: only the other claims of x's sentence can be in the larger group.
                var profile = _items[x];
                for (var y = _firstOfSentence[profile.SentenceId]; y >= 0; y = _nextOfSentence[y])
                {
                    if (y != x && Find(y) == large && SameTime(profile, _items[y]))
                    {
                        return true;
                    }
                }

                x = _nextMember[x];
            }
            while (x != small);

            return false;
        }

        /// <summary>The groups in order of their roots, members in analysis order, each with its links and mean score.</summary>
        public List<(Item[] Members, MatchEvidence[] Links, double? MeanScore)> All()
        {
            var n = _parent.Length;

            // Each root's position in the list; claims are then dealt out in ascending order, so members need no sorting.
            // Every claim is pointed straight at its root first, so the loops below read roots without searching.
            var slot = new int[n];
            var count = 0;
            for (var i = 0; i < n; i++)
            {
                _parent[i] = Find(i);
                if (_parent[i] == i)
                {
                    slot[i] = count++;
                }
            }

            var members = new Item[count][];
            var filled = new int[count];
            var linkCounts = new int[count];
            for (var i = 0; i < n; i++)
            {
                if (_parent[i] == i)
                {
                    members[slot[i]] = new Item[_size[i]];
                }
            }

            for (var i = 0; i < n; i++)
            {
                var s = slot[_parent[i]];
                members[s][filled[s]++] = _items[i];
            }

            foreach (var (left, _) in _links)
            {
                linkCounts[slot[_parent[left]]]++;
            }

            var links = new MatchEvidence[count][];
            for (var s = 0; s < count; s++)
            {
                links[s] = linkCounts[s] == 0 ? [] : new MatchEvidence[linkCounts[s]];
                linkCounts[s] = 0;
            }

            foreach (var (left, link) in _links)
            {
                var s = slot[_parent[left]];
                links[s][linkCounts[s]++] = link;
            }

            var groups = new List<(Item[], MatchEvidence[], double?)>(count);
            for (var i = 0; i < n; i++)
            {
                if (_parent[i] == i)
                {
                    groups.Add((members[slot[i]], links[slot[i]], _scoreCount[i] == 0 ? null : _scoreSum[i] / _scoreCount[i]));
                }
            }

            return groups;
        }

        private static bool SameTime(Item x, Item y) =>
            x.Period is not { } p || y.Period is not { } q || p.DaysApart(q) == 0;
    }

    /// <summary>A claim as grouping sees it.</summary>
    /// <param name="Claim">The claim.</param>
    /// <param name="Index">Its position in the analysed list.</param>
    /// <param name="SentenceId">The same number for claims of one sentence of one document.</param>
    /// <param name="Period">Its time.</param>
    private readonly record struct Item(Claim Claim, int Index, int SentenceId, AsOfPeriod? Period);
}
