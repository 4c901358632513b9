using ClaimCheck.Consistency;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Baseline;

/// <summary>
/// Compares a corpus's analysis with its baseline. Claims are matched by id first (ids survive unrelated
/// edits); claims whose id changed are paired by document, kind, unit and a similar sentence, so an edited
/// figure is one <c>changed-value</c>, not a removal and an addition. Groups are matched by shared claims.
/// </summary>
public static class BaselineComparer
{
    /// <summary>Sentences at least this similar (FuzzySharp ratio, normalised text) can hold the same claim after an edit.</summary>
    private const int SameSentence = 60;

    /// <summary>What changed from <paramref name="baseline"/> to <paramref name="current"/>: claims added, removed or changed, and verdicts that moved.</summary>
    public static CheckResult Compare(BaselineSnapshot baseline, AnalysisResult current)
    {
        var now = current.Claims.Where(c => c.Kind != ClaimKind.Date).ToList();
        var before = baseline.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var unchanged = now.Where(c => before.ContainsKey(c.Id)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var moved = baseline.RecordsDocuments ? DocumentPairing.Pair(baseline, current.Documents, current.Claims) : new Dictionary<string, string>();
        var pairs = PairEdited([.. baseline.Claims.Where(c => !unchanged.Contains(c.Id))], [.. now.Where(c => !unchanged.Contains(c.Id))], moved);

        // Current claim id → the baseline claim it continues.
        var previousOf = unchanged.ToDictionary(id => id, id => before[id], StringComparer.Ordinal);
        foreach (var (old, @new) in pairs)
        {
            previousOf[@new.Id] = old;
        }

        var baselineGroupOf = baseline.Groups.SelectMany(g => g.ClaimIds.Select(id => (id, g))).ToDictionary(x => x.id, x => x.g, StringComparer.Ordinal);
        var currentGroupOf = current.Groups.SelectMany(g => g.ClaimIds.Select(id => (id, g))).ToDictionary(x => x.id, x => x.g, StringComparer.Ordinal);
        var groupBefore = current.Groups.ToDictionary(g => g.Id, g => PreviousGroup(g, previousOf, baselineGroupOf), StringComparer.Ordinal);

        var findings = baseline.RecordsDocuments ? DocumentFindings(baseline, current, moved) : [];
        foreach (var (old, @new) in pairs.Where(p => Figure(p.Old) != Figure(p.New)))
        {
            var group = currentGroupOf.GetValueOrDefault(@new.Id);
            var was = group is null ? null : groupBefore[group.Id];
            findings.Add(new CheckFinding(FindingKind.ChangedValue, @new.DocumentId,
                $"\"{@new.Text}\" changed: {old.Figure} → {Figure(@new)}{VerdictNote(was?.Verdict, group?.Verdict)}",
                old, @new, group?.Id, group?.Label, was?.Verdict, group?.Verdict));
        }

        var paired = pairs.Select(p => p.New.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var claim in now.Where(c => !unchanged.Contains(c.Id) && !paired.Contains(c.Id)))
        {
            var group = currentGroupOf.GetValueOrDefault(claim.Id);
            findings.Add(new CheckFinding(FindingKind.NewClaim, claim.DocumentId, $"new figure \"{claim.Text}\": {Figure(claim)}", null, claim, group?.Id, group?.Label, null, group?.Verdict));
        }

        var continued = previousOf.Values.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var old in baseline.Claims.Where(c => !continued.Contains(c.Id)))
        {
            var group = baselineGroupOf.GetValueOrDefault(old.Id);
            findings.Add(new CheckFinding(FindingKind.RemovedClaim, old.DocumentId, $"figure \"{old.Text}\" is gone: {old.Figure}", old, null, group?.Id, group?.Label, group?.Verdict, null));
        }

        var checkedGroups = new List<CheckedGroup>();
        foreach (var group in current.Groups)
        {
            var was = groupBefore[group.Id];
            checkedGroups.Add(new CheckedGroup(group.Id, group.Label, was?.Verdict, group.Verdict));
            if (was?.Verdict == group.Verdict || (was is null && group.Verdict != Verdict.Discrepancy))
            {
                continue;
            }

            var anchor = group.Conflicts.Count > 0 ? group.Conflicts[0].RightClaimId : group.ClaimIds[0];
            var claim = now.First(c => c.Id == anchor);
            var kind = group.Verdict == Verdict.Discrepancy ? FindingKind.NewDiscrepancy : FindingKind.VerdictChanged;
            var message = kind == FindingKind.NewDiscrepancy
                ? $"new discrepancy in \"{group.Label}\": {group.Explanation}"
                : $"verdict of \"{group.Label}\" changed: {Name(was?.Verdict)} → {Name(group.Verdict)}";
            findings.Add(new CheckFinding(kind, claim.DocumentId, message, previousOf.GetValueOrDefault(claim.Id), claim, group.Id, group.Label, was?.Verdict, group.Verdict));
        }

        var matchedBefore = groupBefore.Values.OfType<BaselineGroup>().Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        checkedGroups.AddRange(baseline.Groups.Where(g => !matchedBefore.Contains(g.Id)).Select(g => new CheckedGroup(g.Id, g.Label, g.Verdict, null)));

        var ordered = findings
            .OrderBy(f => f.DocumentId, StringComparer.Ordinal)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.New?.Start ?? int.MaxValue)
            .ThenBy(f => f.Old?.Id ?? f.New?.Id, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(ordered, [.. checkedGroups.OrderBy(g => g.Id, StringComparer.Ordinal)], unchanged.Count);
    }

    /// <summary>The figure of a current claim in the baseline's words.</summary>
    private static string Figure(Claim claim) => FigureText.Of(claim);

    private static string Figure(BaselineClaim claim) => claim.Figure;

    /// <summary>Documents that are gone, moved, or dated differently than in the baseline.</summary>
    private static List<CheckFinding> DocumentFindings(BaselineSnapshot baseline, AnalysisResult current, IReadOnlyDictionary<string, string> moved)
    {
        var findings = new List<CheckFinding>();
        var now = current.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var figures = baseline.Claims.CountBy(c => c.DocumentId, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        foreach (var old in baseline.Documents)
        {
            var id = moved.GetValueOrDefault(old.Id, old.Id);
            if (!now.TryGetValue(id, out var document))
            {
                var count = figures.GetValueOrDefault(old.Id);
                findings.Add(Document(FindingKind.RemovedDocument, old.Id, $"{old.Id} is gone from the corpus (deleted, unreadable, or changed beyond recognition under another name): {(count == 1 ? "its figure is" : $"its {count} figures are")} no longer checked"));
                continue;
            }

            if (id != old.Id)
            {
                findings.Add(Document(FindingKind.MovedDocument, id, $"{old.Id} is now {id}; its figures are compared with the old file's"));
            }

            if (old.Published != document.Published)
            {
                findings.Add(Document(FindingKind.ChangedDate, id, $"{id}: published {Day(old.Published)} → {Day(document.Published)}; every figure in it now refers to another time"));
            }
        }

        return findings;
    }

    private static CheckFinding Document(FindingKind kind, string documentId, string message) =>
        new(kind, documentId, message, null, null, null, null, null, null);

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>Pairs claims whose id changed: same document (or its moved self), kind and folded unit, most similar sentence first.</summary>
    private static List<(BaselineClaim Old, Claim New)> PairEdited(List<BaselineClaim> removed, List<Claim> added, IReadOnlyDictionary<string, string> moved)
    {
        var candidates = new List<(BaselineClaim Old, Claim New, int Score)>();
        foreach (var old in removed)
        {
            foreach (var @new in added)
            {
                if (moved.GetValueOrDefault(old.DocumentId, old.DocumentId) != @new.DocumentId || old.Kind != @new.Kind || UnitSynonyms.Fold(old.Unit) != UnitSynonyms.Fold(@new.Unit))
                {
                    continue;
                }

                var score = Fuzz.Ratio(ClaimProfiler.Normalize(old.Sentence), ClaimProfiler.Normalize(@new.Sentence), PreprocessMode.None);
                if (score >= SameSentence)
                {
                    candidates.Add((old, @new, score));
                }
            }
        }

        var usedOld = new HashSet<string>(StringComparer.Ordinal);
        var usedNew = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<(BaselineClaim, Claim)>();
        foreach (var (old, @new, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Old.Id, StringComparer.Ordinal).ThenBy(c => c.New.Id, StringComparer.Ordinal))
        {
            if (!usedOld.Contains(old.Id) && !usedNew.Contains(@new.Id))
            {
                usedOld.Add(old.Id);
                usedNew.Add(@new.Id);
                pairs.Add((old, @new));
            }
        }

        return pairs;
    }

    /// <summary>The baseline group holding most of this group's claims (by the baseline claims they continue).</summary>
    private static BaselineGroup? PreviousGroup(ClaimGroup group, Dictionary<string, BaselineClaim> previousOf, Dictionary<string, BaselineGroup> baselineGroupOf) =>
        group.ClaimIds
            .Select(id => previousOf.GetValueOrDefault(id))
            .OfType<BaselineClaim>()
            .Select(c => baselineGroupOf.GetValueOrDefault(c.Id))
            .OfType<BaselineGroup>()
            .GroupBy(g => g.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .FirstOrDefault();

    private static string VerdictNote(Verdict? before, Verdict? after) =>
        before == after || after is null ? string.Empty : $" (verdict {Name(before)} → {Name(after)})";

    private static string Name(Verdict? verdict) => verdict?.ToString().ToLowerInvariant() ?? "none";
}
