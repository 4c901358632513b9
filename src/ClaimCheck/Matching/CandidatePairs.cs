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

    public static IEnumerable<(ClaimProfile Left, ClaimProfile Right)> Find(IReadOnlyList<ClaimProfile> profiles)
    {
        foreach (var block in profiles.GroupBy(p => p.BlockKey, StringComparer.Ordinal).OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var members = block.OrderBy(p => p.Index).ToList();
            if (members.Count <= SmallBlock)
            {
                for (var i = 0; i < members.Count; i++)
                {
                    for (var j = i + 1; j < members.Count; j++)
                    {
                        yield return (members[i], members[j]);
                    }
                }

                continue;
            }

            foreach (var pair in ByRareTerms(members))
            {
                yield return pair;
            }
        }
    }

    private static IEnumerable<(ClaimProfile, ClaimProfile)> ByRareTerms(List<ClaimProfile> members)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var term in member.Terms)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        var postings = new Dictionary<string, List<ClaimProfile>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var keys = member.Terms.Where(t => frequency[t] is > 1 and <= MaxPosting)
                .OrderBy(t => frequency[t]).ThenBy(t => t, StringComparer.Ordinal).Take(KeyTerms);
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
        foreach (var posting in postings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value))
        {
            for (var i = 0; i < posting.Count; i++)
            {
                for (var j = i + 1; j < posting.Count; j++)
                {
                    var (a, b) = posting[i].Index < posting[j].Index ? (posting[i], posting[j]) : (posting[j], posting[i]);
                    if (seen.Add((a.Index, b.Index)))
                    {
                        yield return (a, b);
                    }
                }
            }
        }
    }
}
