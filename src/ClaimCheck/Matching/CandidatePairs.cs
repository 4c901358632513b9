namespace ClaimCheck.Matching;

/// <summary>
/// Blocking: which pairs of claims are worth scoring. Only claims with the same block key (kind,
/// change-or-level, unit head) are compared; inside a large block only claims that share one of their
/// rarest context words. So cost grows with the corpus, not with its square.
/// </summary>
internal static class CandidatePairs
{
    /// <summary>Blocks up to this size are compared all against all.</summary>
    private const int SmallBlock = 64;

    /// <summary>How many of its rarest context words a claim is indexed under in a large block.</summary>
    private const int KeyTerms = 6;

    /// <summary>Words shared by more claims than this are too common to propose candidates.</summary>
    private const int MaxPosting = 200;

    /// <summary>The block of generic nouns (<c>people</c>, <c>units</c>) of a kind: they may stand for any unit of that kind.</summary>
    private const string GenericBlock = "*";

    /// <summary>Candidate pairs as profile indices, the lower first, each pair once, in a stable order.</summary>
    public static List<(int Left, int Right)> Find(IReadOnlyList<ClaimProfile> profiles)
    {
        var pairs = new List<(int, int)>();
        var blocks = profiles.GroupBy(p => p.BlockKey, StringComparer.Ordinal).OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        foreach (var block in blocks)
        {
            var members = block.Select(p => p.Index).Order().ToArray();
            if (members.Length <= SmallBlock)
            {
                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        pairs.Add((members[i], members[j]));
                    }
                }

                continue;
            }

            ByRareTerms(profiles, members, pairs);
        }

        GenericAcrossBlocks(profiles, blocks, pairs);
        return pairs;
    }

    /// <summary>
    /// A generic noun is compared with the claims of every block of its kind and role (<c>610,000 people</c> with
    /// <c>610,000 passengers</c>): all of them in a small corpus, those sharing a rare word in a large one.
    /// </summary>
    private static void GenericAcrossBlocks(IReadOnlyList<ClaimProfile> profiles, List<IGrouping<string, ClaimProfile>> blocks, List<(int, int)> pairs)
    {
        foreach (var generic in blocks.Where(b => b.Key.EndsWith("|" + GenericBlock, StringComparison.Ordinal)))
        {
            var prefix = generic.Key[..^GenericBlock.Length];
            var others = blocks.Where(b => b.Key != generic.Key && b.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(b => b).Select(p => p.Index).Order().ToArray();
            var generics = generic.Select(p => p.Index).Order().ToArray();
            if (others.Length == 0)
            {
                continue;
            }

            if ((long)others.Length * generics.Length <= SmallBlock * SmallBlock * 4)
            {
                foreach (var g in generics)
                {
                    foreach (var o in others)
                    {
                        pairs.Add(g < o ? (g, o) : (o, g));
                    }
                }

                continue;
            }

            ByRareTerms(profiles, [.. generics.Concat(others).Order()], pairs, generics.ToHashSet());
        }
    }

    /// <param name="profiles">All profiles.</param>
    /// <param name="members">The block's members, ascending.</param>
    /// <param name="pairs">Where the pairs go.</param>
    /// <param name="generic">When given, only pairs of a generic and a non-generic member are wanted (the generic block against the others).</param>
    private static void ByRareTerms(IReadOnlyList<ClaimProfile> profiles, int[] members, List<(int, int)> pairs, HashSet<int>? generic = null)
    {
        var frequency = new Dictionary<int, int>();
        foreach (var member in members)
        {
            foreach (var term in profiles[member].Terms)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        // Each claim is filed under its rarest useful words (ties by term number: stable across runs).
        var postings = new Dictionary<int, List<int>>();
        var keys = new List<int>();
        Comparison<int> rarestFirst = (x, y) => frequency[x] != frequency[y] ? frequency[x].CompareTo(frequency[y]) : x.CompareTo(y);
        foreach (var member in members)
        {
            keys.Clear();
            foreach (var term in profiles[member].Terms)
            {
                if (frequency[term] is > 1 and <= MaxPosting)
                {
                    keys.Add(term);
                }
            }

            keys.Sort(rarestFirst);
            for (var k = 0; k < Math.Min(KeyTerms, keys.Count); k++)
            {
                if (!postings.TryGetValue(keys[k], out var list))
                {
                    postings[keys[k]] = list = [];
                }

                list.Add(member);
            }
        }

        // Members were filed in ascending order, so each posting yields (lower, higher) pairs; a pair found
        // under several words is kept once (sorting and skipping repeats needs no set of every pair).
        var found = new List<(int, int)>();
        foreach (var posting in postings.Values)
        {
            for (var i = 0; i < posting.Count; i++)
            {
                for (var j = i + 1; j < posting.Count; j++)
                {
                    if (generic is null || generic.Contains(posting[i]) != generic.Contains(posting[j]))
                    {
                        found.Add((posting[i], posting[j]));
                    }
                }
            }
        }

        found.Sort();
        for (var k = 0; k < found.Count; k++)
        {
            if (k == 0 || found[k] != found[k - 1])
            {
                pairs.Add(found[k]);
            }
        }
    }
}
