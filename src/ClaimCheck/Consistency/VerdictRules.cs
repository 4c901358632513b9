using ClaimCheck.Matching;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Consistency;

/// <summary>
/// Decides a group's verdict by reading its figures as a series over time. Copies of one passage count once. Each time
/// is judged on its own: two claims matched to each other, of one time, whose figures cannot both be true are a
/// conflict. Then the times are compared: figures that differ between times are a change. Any conflict makes a
/// <b>discrepancy</b> (the group may also have changed between times); otherwise a difference between times a
/// <b>change</b>; otherwise two or more independent claims an <b>agreement</b>; one alone is <b>single</b>. An undated
/// figure is never in conflict with another document's: if it differs, the group changed at a time unknown.
/// </summary>
internal static class VerdictRules
{
    /// <summary>Sentences this similar (FuzzySharp ratio on normalised text) in two documents are one passage copied.</summary>
    private const int CopiedPassage = 95;

    private static readonly Dictionary<string, string> EmptyRepeats = new(StringComparer.Ordinal);

    /// <param name="group">The group.</param>
    /// <param name="ordered">Its members by time, then analysis order.</param>
    /// <param name="figures">Each member's figure, by claim id.</param>
    /// <param name="settings">The settings.</param>
    public static VerdictDecision Decide(MatchGroup group, List<GroupedClaim> ordered, IReadOnlyDictionary<string, Figure> figures, AnalysisSettings settings)
    {
        if (ordered.Count == 1)
        {
            // Most groups are one claim: nothing to compare.
            var alone = ordered[0];
            return new VerdictDecision(Verdict.Single, [], alone.Period is null ? [] : [alone], ordered, EmptyRepeats, 1, true, false, false, alone.Period is null ? ordered : []);
        }

        var repeats = FindRepeats(ordered);
        var independent = ordered.Where(m => !repeats.ContainsKey(m.Claim.Id)).ToList();
        var sources = independent.Select(m => m.Claim.DocumentId).Distinct(StringComparer.Ordinal).Count();
        var matched = MatchedFamilies(group, ordered, repeats);
        var times = FigureTimes.Split(independent, settings);
        var dated = times.Where(t => t[0].Period is not null || t.Exists(m => m.Period is not null)).ToList();
        var undated = independent.Where(m => m.Period is null).ToList();

        var conflicts = new List<(GroupedClaim, GroupedClaim)>();
        foreach (var time in times)
        {
            for (var i = 0; i < time.Count; i++)
            {
                for (var j = i + 1; j < time.Count; j++)
                {
                    if (matched(time[i], time[j]) && Compare(time[i], time[j]) == FigureMatch.Incompatible)
                    {
                        conflicts.Add((time[i], time[j]));
                    }
                }
            }
        }

        var differsOverTime = false;
        var undatedDiffers = false;
        var allSame = true;
        for (var i = 0; i < independent.Count; i++)
        {
            for (var j = i + 1; j < independent.Count; j++)
            {
                var (a, b) = (independent[i], independent[j]);
                var match = Compare(a, b);
                allSame &= match == FigureMatch.Same;
                if (match != FigureMatch.Incompatible || FigureTimes.SameTime(a, b, settings))
                {
                    continue;
                }

                if (a.Period is null || b.Period is null)
                {
                    undatedDiffers = true;
                }
                else
                {
                    differsOverTime = true;
                }
            }
        }

        var verdict = conflicts.Count > 0 ? Verdict.Discrepancy
            : differsOverTime || undatedDiffers ? Verdict.Change
            : independent.Count > 1 ? Verdict.Agreement
            : Verdict.Single;
        var series = dated.Select(t => Representative(t, figures)).ToList();
        return new VerdictDecision(verdict, conflicts, series, independent, repeats, sources, allSame, differsOverTime, undatedDiffers, undated);

        FigureMatch Compare(GroupedClaim a, GroupedClaim b) => FigureComparer.Compare(figures[a.Claim.Id], figures[b.Claim.Id], settings);
    }

    /// <summary>The figure that speaks for a time: the most precisely written stated point, else the first claim.</summary>
    private static GroupedClaim Representative(List<GroupedClaim> time, IReadOnlyDictionary<string, Figure> figures)
    {
        var points = time.Where(m => figures[m.Claim.Id].IsPoint).OrderByDescending(m => m.Claim.Qualifier == Extraction.Qualifier.Exact)
            .ThenByDescending(m => figures[m.Claim.Id].SignificantDigits).ThenBy(m => m.Index).ToList();
        return points.Count > 0 ? points[0] : time[0];
    }

    /// <summary>
    /// Whether two claims were matched to each other, directly or through copies of their passages. A group people merged
    /// has no matches of its own: all its claims are compared.
    /// </summary>
    private static Func<GroupedClaim, GroupedClaim, bool> MatchedFamilies(MatchGroup group, List<GroupedClaim> ordered, Dictionary<string, string> repeats)
    {
        if (group.Matched.Count == 0)
        {
            return (_, _) => true;
        }

        var indexOf = ordered.ToDictionary(m => m.Claim.Id, m => m.Index, StringComparer.Ordinal);
        int Family(int index, string id) => repeats.TryGetValue(id, out var original) ? indexOf[original] : index;
        var familyOf = ordered.ToDictionary(m => m.Index, m => Family(m.Index, m.Claim.Id));
        var pairs = new HashSet<(int, int)>();
        foreach (var (left, right) in group.Matched)
        {
            var (x, y) = (familyOf.GetValueOrDefault(left, left), familyOf.GetValueOrDefault(right, right));
            pairs.Add(x < y ? (x, y) : (y, x));
        }

        return (a, b) =>
        {
            var (x, y) = (familyOf[a.Index], familyOf[b.Index]);
            return pairs.Contains(x < y ? (x, y) : (y, x));
        };
    }

    /// <summary>Claims of other documents whose sentence is a copy of an earlier member's: syndicated or pasted text.</summary>
    private static Dictionary<string, string> FindRepeats(List<GroupedClaim> ordered)
    {
        // Only claims with the same value can be copies; comparing within those keeps large groups cheap.
        var repeats = new Dictionary<string, string>(StringComparer.Ordinal);
        var normalized = new Dictionary<int, string>();
        foreach (var sameValue in ordered.GroupBy(m => m.Claim.Value))
        {
            var candidates = sameValue.ToList();
            for (var j = 1; j < candidates.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    var (original, copy) = (candidates[i], candidates[j]);
                    if (original.Claim.DocumentId != copy.Claim.DocumentId && !repeats.ContainsKey(original.Claim.Id)
                        && SimilarLength(Normalized(original), Normalized(copy)) && Fuzz.Ratio(Normalized(original), Normalized(copy), PreprocessMode.None) >= CopiedPassage)
                    {
                        repeats[copy.Claim.Id] = original.Claim.Id;
                        break;
                    }
                }
            }
        }

        return repeats;

        string Normalized(GroupedClaim member) =>
            normalized.TryGetValue(member.Index, out var text) ? text : normalized[member.Index] = ClaimProfiler.Normalize(member.Claim.Sentence);
    }

    /// <summary>The ratio is at most 200·shorter/(sum of lengths): sentences of very different length cannot be copies, and need no edit distance.</summary>
    private static bool SimilarLength(string a, string b) => 200.0 * Math.Min(a.Length, b.Length) / Math.Max(1, a.Length + b.Length) >= CopiedPassage;
}
