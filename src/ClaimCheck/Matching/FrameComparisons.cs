
namespace ClaimCheck.Matching;

/// <summary>The comparisons of <see cref="FrameClaimMatcher"/>: candidate pairs by block and rare words, frame scores, the gates, label words.</summary>
internal sealed class FrameComparisons(ClaimProfile[] profiles, FrameMatcher matcher, AnalysisSettings settings) : IClaimComparisons
{
    public IEnumerable<(int Left, int Right)> Candidates() => CandidatePairs.Find(profiles);

    public double Score(int left, int right) => matcher.Score(profiles[left], profiles[right]);

    public string? KeepApart(int left, int right) => MatchGates.Apart(profiles[left], profiles[right], settings);

    public IReadOnlyList<string> Explain(int left, int right) => matcher.Explain(profiles[left], profiles[right]);

    /// <summary>
    /// The three context words with the most weight across the members (a word counts once per member that has it),
    /// among words at least two members share unless the group is one claim; ties by stem.
    /// </summary>
    public IReadOnlyList<string> Label(IReadOnlyList<int> members)
    {
        var vocabulary = profiles[members[0]].Vocabulary;
        return [.. members.SelectMany(m => profiles[m].Terms.Select(t => (Term: t, Weight: vocabulary.Weight(t)))).GroupBy(t => t.Term)
            .Where(g => members.Count == 1 || g.Count() > 1)
            .OrderByDescending(g => g.Count() * g.First().Weight).ThenBy(g => vocabulary.Stem(g.Key), StringComparer.Ordinal).Take(3).Select(g => vocabulary.Word(g.Key))];
    }
}
