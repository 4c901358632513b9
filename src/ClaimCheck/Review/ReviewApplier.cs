using ClaimCheck.Consistency;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;

namespace ClaimCheck.Review;

/// <summary>
/// Applies analyst decisions on every run: ignores, splits and merges shape the groups before verdicts; confirmations
/// and overrides are attached to the groups after, with the machine's own verdict kept beside the person's. A
/// decision about a claim or group that no longer exists is reported as stale, never dropped silently.
/// </summary>
public static class ReviewApplier
{
    /// <summary>The grouping constraints of the decisions; decisions naming claims that no longer exist are reported.</summary>
    public static GroupingConstraints Constraints(IReadOnlyList<ReviewDecision> decisions, IReadOnlyList<Claim> claims, string decisionsPath, List<Diagnostic> diagnostics)
    {
        var known = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var cannotLink = new List<(string, string)>();
        var mustLink = new List<(IReadOnlyList<string>, string)>();
        foreach (var decision in decisions.Where(d => d.Action is ReviewAction.Ignore or ReviewAction.Split or ReviewAction.Merge))
        {
            var missing = decision.Claims.Where(id => !known.Contains(id)).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Add(Stale(decisionsPath, decision, $"claim {string.Join(", ", missing)} no longer exists in the corpus"));
                continue;
            }

            switch (decision.Action)
            {
                case ReviewAction.Ignore:
                    excluded.UnionWith(decision.Claims);
                    break;
                case ReviewAction.Split:
                    // The first claim is not the same claim as any of the others.
                    cannotLink.AddRange(decision.Claims.Skip(1).Select(other => (decision.Claims[0], other)));
                    break;
                default:
                    mustLink.Add((decision.Claims, $"merged by {decision.Reviewer ?? "a reviewer"}{(decision.Note is null ? string.Empty : ": " + decision.Note)}"));
                    break;
            }
        }

        return new GroupingConstraints(excluded, cannotLink, mustLink);
    }

    /// <summary>Attaches confirmations, overrides, splits and merges to the groups they concern and re-orders the groups by their final verdict.</summary>
    public static AnalysisResult ApplyVerdicts(AnalysisResult analysis, IReadOnlyList<ReviewDecision> decisions, string decisionsPath, List<Diagnostic> diagnostics)
    {
        var groups = analysis.Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);

        // The machine's explanations, for a confirmation that follows an override of the same group; made only when a
        // confirmation or override is applied, as most runs have none and a corpus can have a million groups.
        Dictionary<string, string>? explanations = null;
        var groupOfClaim = analysis.Groups.SelectMany(g => g.ClaimIds.Select(id => (id, g.Id))).ToDictionary(x => x.id, x => x.Id, StringComparer.Ordinal);

        // Splits and merges first, so that a later confirmation or override of the resulting group wins.
        foreach (var decision in decisions.Where(d => d.Action is ReviewAction.Split or ReviewAction.Merge))
        {
            foreach (var groupId in decision.Claims.Select(id => groupOfClaim.GetValueOrDefault(id)).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                var group = groups[groupId];
                groups[groupId] = group with { Review = new GroupReview(decision.Action, group.Verdict, group.Verdict, decision.Note, decision.Reviewer, decision.Date) };
            }
        }

        foreach (var decision in decisions.Where(d => d.Action is ReviewAction.Confirm or ReviewAction.Override))
        {
            if (decision.Group is null || !groups.TryGetValue(decision.Group, out var group))
            {
                diagnostics.Add(Stale(decisionsPath, decision, $"group {decision.Group} no longer exists (its claims changed); review it again"));
                continue;
            }

            var machine = group.Review?.MachineVerdict ?? group.Verdict;
            if (decision.Action == ReviewAction.Confirm && decision.Verdict is { } confirmed && confirmed != machine)
            {
                diagnostics.Add(Stale(decisionsPath, decision, $"group {group.Id} was confirmed as {Name(confirmed)} but ClaimCheck now says {Name(machine)}; review it again"));
                continue;
            }

            var verdict = decision.Action == ReviewAction.Override ? decision.Verdict!.Value : machine;
            var overridden = verdict != machine;
            groups[group.Id] = group with
            {
                Verdict = verdict,

                // Every report shows the explanation as the reason for the verdict: once a person changes the verdict,
                // the reason is theirs.
                Explanation = overridden ? ReviewWording.Explanation(verdict, machine, decision.Note)
                    : (explanations ??= analysis.Groups.ToDictionary(g => g.Id, g => g.Explanation, StringComparer.Ordinal))[group.Id],
                Review = new GroupReview(decision.Action, verdict, machine, decision.Note, decision.Reviewer, decision.Date),
            };
        }

        var ordered = CorpusAnalyzer.Order(groups.Values);
        return analysis with { Groups = ordered, Summary = CorpusAnalyzer.Summarize(analysis.Documents.Count, analysis.Claims.Count, ordered) };
    }

    private static Diagnostic Stale(string path, ReviewDecision decision, string why) =>
        new(DiagnosticSeverity.Warning, path, decision.Line == 0 ? null : decision.Line, $"stale {ReviewFile.Name(decision.Action)} decision: {why}. Remove or update it.");

    private static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
