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

    /// <summary>Candidate pairs as profile indices, the lower first, each pair once, in a stable order.</summary>
    public static List<(int Left, int Right)> Find(IReadOnlyList<ClaimProfile> profiles)
    {
        var pairs = new List<(int, int)>();
        foreach (var block in profiles.GroupBy(p => p.BlockKey, StringComparer.Ordinal).OrderBy(b => b.Key, StringComparer.Ordinal))
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

        return pairs;
    }

    private static void ByRareTerms(IReadOnlyList<ClaimProfile> profiles, int[] members, List<(int, int)> pairs)
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
        foreach (var member in members)
        {
            var keys = profiles[member].Terms.Where(t => frequency[t] is > 1 and <= MaxPosting)
                .OrderBy(t => frequency[t]).ThenBy(t => t).Take(KeyTerms);
            foreach (var key in keys)
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(member);
            }
        }

        var seen = new HashSet<(int, int)>();
        foreach (var posting in postings.OrderBy(p => p.Key).Select(p => p.Value))
        {
            for (var i = 0; i < posting.Count; i++)
            {
                for (var j = i + 1; j < posting.Count; j++)
                {
                    // Members were filed in ascending order, so posting[i] < posting[j].
                    if (seen.Add((posting[i], posting[j])))
                    {
                        pairs.Add((posting[i], posting[j]));
                    }
                }
            }
        }
    }
}
