using ClaimCheck.Consistency;
using ClaimCheck.Review;

namespace ClaimCheck.Cli.Commands;

/// <summary>The decisions asked for on the command line of <c>claimcheck review</c>.</summary>
internal sealed record ReviewRequest(
    string Reviewer,
    string? Note,
    string? Accept,
    string? Override,
    string? Verdict,
    IReadOnlyList<string> Split,
    IReadOnlyList<string> Merge,
    IReadOnlyList<string> Ignore)
{
    public bool HasActions => Accept is not null || Override is not null || Split.Count > 0 || Merge.Count > 0 || Ignore.Count > 0;

    /// <summary>Turns the request into decisions, checking every id exists; returns what is wrong, or null.</summary>
    public string? Build(AnalysisResult analysis, string date, List<ReviewDecision> decisions)
    {
        var groups = analysis.Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var claims = analysis.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        string? MissingClaim(IEnumerable<string> ids) => ids.FirstOrDefault(id => !claims.Contains(id)) is { } missing
            ? $"no claim {missing} in this corpus; see the ids in analysis.json or claims.csv."
            : null;

        if (Accept is not null)
        {
            if (!groups.TryGetValue(Accept, out var group))
            {
                return $"no group {Accept} in this corpus; run 'claimcheck review' to list the groups.";
            }

            decisions.Add(new ReviewDecision(ReviewAction.Confirm, group.Id, [], group.Review?.MachineVerdict ?? group.Verdict, Note, Reviewer, date));
        }

        if (Override is not null)
        {
            if (!groups.ContainsKey(Override))
            {
                return $"no group {Override} in this corpus; run 'claimcheck review' to list the groups.";
            }

            if (Verdict is null || !Enum.TryParse<Verdict>(Verdict, ignoreCase: true, out var verdict))
            {
                return "--override needs --verdict agreement|change|discrepancy|single.";
            }

            decisions.Add(new ReviewDecision(ReviewAction.Override, Override, [], verdict, Note, Reviewer, date));
        }

        if (Split.Count > 0)
        {
            if (MissingClaim(Split) is { } problem)
            {
                return problem;
            }

            var others = Split.Count > 1 ? Split : [.. Split, .. analysis.Groups.FirstOrDefault(g => g.ClaimIds.Contains(Split[0]))?.ClaimIds.Where(id => id != Split[0]) ?? []];
            if (others.Count < 2)
            {
                return $"claim {Split[0]} is alone in its group; there is nothing to split it from.";
            }

            decisions.Add(new ReviewDecision(ReviewAction.Split, null, others, null, Note, Reviewer, date));
        }

        if (Merge.Count > 0)
        {
            if (Merge.Count < 2)
            {
                return "--merge needs two or more claim ids, separated by commas.";
            }

            if (MissingClaim(Merge) is { } problem)
            {
                return problem;
            }

            decisions.Add(new ReviewDecision(ReviewAction.Merge, null, Merge, null, Note, Reviewer, date));
        }

        if (Ignore.Count > 0)
        {
            if (MissingClaim(Ignore) is { } problem)
            {
                return problem;
            }

            decisions.Add(new ReviewDecision(ReviewAction.Ignore, null, Ignore, null, Note, Reviewer, date));
        }

        return null;
    }
}
