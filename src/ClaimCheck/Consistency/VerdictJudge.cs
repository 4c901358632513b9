using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using ClaimCheck.Reporting;
using FuzzySharp;
using FuzzySharp.PreProcess;
using Humanizer;

namespace ClaimCheck.Consistency;

/// <summary>
/// Decides what a group says. Members are ordered by time; copies of one passage count as one source.
/// Two figures conflict when their intervals do not overlap and they are for the same time (same document,
/// or dated within the time window). Any conflict makes a <b>discrepancy</b>; otherwise figures that differ
/// between times make a <b>change</b>; otherwise the group is an <b>agreement</b>, or <b>single</b> when only one
/// independent claim remains.
/// </summary>
internal sealed class VerdictJudge(AnalysisSettings settings, IReadOnlyDictionary<string, DocumentSummary> documents)
{
    /// <summary>Sentences this similar (FuzzySharp ratio on normalised text) in two documents are one passage copied.</summary>
    private const int CopiedPassage = 95;

    /// <summary>Humanizer's plural rules are regular expressions; a corpus has few units, each pluralised once.</summary>
    private static readonly ConcurrentDictionary<string, string> Plurals = new(StringComparer.Ordinal);

    /// <summary>
    /// One string per distinct interval, shared by every member that allows it: a million members have tens of
    /// thousands of distinct intervals. Keyed by the bounds' bits, so only identical intervals share their text.
    /// </summary>
    private readonly ConcurrentDictionary<(long Low, long High, bool LowOpen, bool HighOpen), string> _intervalTexts = new();

    public ClaimGroup Judge(MatchGroup group)
    {
        var ordered = group.Members
            .OrderBy(m => m.Period?.From ?? DateOnly.MaxValue)
            .ThenBy(m => m.Index)
            .ToList();
        var intervals = ordered.ToDictionary(m => m.Claim.Id, m => IntervalBuilder.For(m.Claim, settings), StringComparer.Ordinal);
        var repeats = FindRepeats(ordered);
        var members = ordered.Select(m => new GroupMember(m.Claim.Id, Text(intervals[m.Claim.Id]), m.Claim.AsOf, repeats.GetValueOrDefault(m.Claim.Id))).ToArray();
        var independent = ordered.Where(m => !repeats.ContainsKey(m.Claim.Id)).ToList();
        var sources = independent.Select(m => m.Claim.DocumentId).Distinct(StringComparer.Ordinal).Count();
        var label = Label(ordered, group.LabelWords);
        var claimIds = ordered.Select(m => m.Claim.Id).ToArray();
        var matchQuality = group.MeanScore is { } mean ? mean / 100.0 : 1.0;

        if (independent.Count == 1)
        {
            var copies = ordered.Select(m => m.Claim.DocumentId).Distinct(StringComparer.Ordinal).Count();
            var explanation = copies > 1
                ? $"Only one independent source states {Quote(ordered[0].Claim)}: the same passage appears in {"document".ToQuantity(copies)}, counted once."
                : $"Only {DocumentName(ordered[0].Claim.DocumentId)} states {Quote(ordered[0].Claim)}.";
            return Build(claimIds, label, Verdict.Single, 1.0, explanation, members, [], null, group.Evidence, sources);
        }

        var conflicts = new List<Conflict>();
        var differsOverTime = false;
        for (var i = 0; i < independent.Count; i++)
        {
            for (var j = i + 1; j < independent.Count; j++)
            {
                var (a, b) = (independent[i], independent[j]);
                var (ia, ib) = (intervals[a.Claim.Id], intervals[b.Claim.Id]);
                if (ia.Overlaps(ib))
                {
                    continue;
                }

                if (SameTime(a, b))
                {
                    conflicts.Add(new Conflict(a.Claim.Id, b.Claim.Id, new ConflictWording(a.Claim, DocumentName(a.Claim.DocumentId), Text(ia), b.Claim, DocumentName(b.Claim.DocumentId), Text(ib))));
                }
                else
                {
                    differsOverTime = true;
                }
            }
        }

        var repeatNote = repeats.Count > 0 ? $" Copies of the same passage ({"claim".ToQuantity(repeats.Count)}) were counted once." : string.Empty;
        if (conflicts.Count > 0)
        {
            var first = conflicts[0];
            var more = conflicts.Count > 1 ? $" ({"conflicting pair".ToQuantity(conflicts.Count)} in all)" : string.Empty;
            return Build(claimIds, label, Verdict.Discrepancy, Math.Round(0.9 * matchQuality, 2), first.Reason + more + repeatNote, members, conflicts, null, group.Evidence, sources);
        }

        if (differsOverTime)
        {
            var change = Describe(independent[0], independent[^1]);
            var size = change.RelativeChange is { } r ? string.Create(CultureInfo.InvariantCulture, $" by {Math.Abs(r) * 100:0.#}%") : string.Empty;
            var explanation = $"{"source".ToQuantity(sources)}{Span(independent)} give figures that differ between times but agree within each time: the figure {(change.Direction == "up" ? "rose" : "fell")}{size}.";
            return Build(claimIds, label, Verdict.Change, Math.Round(0.85 * matchQuality, 2), explanation + repeatNote, members, [], change, group.Evidence, sources);
        }

        var agreement = sources > 1
            ? $"{"source".ToQuantity(sources)}{Span(independent)} agree on {Quote(independent[0].Claim)}."
            : $"{DocumentName(independent[0].Claim.DocumentId)} states {Quote(independent[0].Claim)} {"time".ToQuantity(independent.Count)}, consistently.";
        var hedged = independent.Any(m => m.Claim.Qualifier != Qualifier.Exact) ? 0.95 : 1.0;
        return Build(claimIds, label, Verdict.Agreement, Math.Round(hedged * matchQuality, 2), agreement + repeatNote, members, [], null, group.Evidence, sources);
    }

    private string Text(Interval interval) =>
        _intervalTexts.GetOrAdd(
            (BitConverter.DoubleToInt64Bits(interval.Low), BitConverter.DoubleToInt64Bits(interval.High), interval.LowOpen, interval.HighOpen),
            static (_, interval) => interval.ToString(),
            interval);

    /// <summary>The group, its lists held as arrays of their exact size: a million members are held until the reports are written.</summary>
    private static ClaimGroup Build(
        string[] claimIds, string label, Verdict verdict, double confidence, string explanation, GroupMember[] members,
        List<Conflict> conflicts, ChangeSummary? change, IReadOnlyList<MatchEvidence> evidence, int sources) =>
        new(GroupId(claimIds), label, claimIds, verdict, confidence, explanation, members, conflicts.ToArray(), change,
            evidence.OrderByDescending(e => e.Score).ThenBy(e => e.LeftClaimId, StringComparer.Ordinal).ThenBy(e => e.RightClaimId, StringComparer.Ordinal).ToArray(), sources);

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

    /// <summary>
    /// Same time: the same document and date, an undated figure, overlapping periods, or two single days (figures
    /// dated by publication: "now") at most the time window apart. Two named years or months that do not overlap
    /// ("in 2022", "in 2023") are different times however close they are.
    /// </summary>
    private bool SameTime(GroupedClaim a, GroupedClaim b) =>
        a.Claim.DocumentId == b.Claim.DocumentId && a.Claim.AsOf == b.Claim.AsOf
        || a.Period is not { } p || b.Period is not { } q || p.DaysApart(q) == 0
        || (p.From == p.To && q.From == q.To && p.DaysApart(q) <= settings.TimeWindowDays);

    private static ChangeSummary Describe(GroupedClaim from, GroupedClaim to)
    {
        var (v0, v1) = (from.Claim.Value ?? 0, to.Claim.Value ?? 0);
        var direction = v1 >= v0 ? "up" : "down";
        double? relative = v0 == 0 ? null : Math.Round((v1 - v0) / Math.Abs(v0), 4);
        var verb = direction == "up" ? "rose" : "fell";
        var size = relative is { } r ? string.Create(CultureInfo.InvariantCulture, $"{(r >= 0 ? "+" : string.Empty)}{r * 100:0.#}%") : "from zero";
        var span = from.Period is { } p && to.Period is { } q ? " over " + Years(p.Middle, q.Middle) : string.Empty;
        var description = $"{verb} from {Quote(from.Claim)} ({from.Claim.AsOf ?? "undated"}) to {Quote(to.Claim)} ({to.Claim.AsOf ?? "undated"}): {size}{span}";
        return new ChangeSummary(from.Claim.Id, to.Claim.Id, direction, relative, description);
    }

    private static string Span(List<GroupedClaim> members)
    {
        var periods = members.Select(m => m.Period).OfType<AsOfPeriod>().ToList();
        if (periods.Count < 2)
        {
            return string.Empty;
        }

        var first = periods.Min(p => p.Middle);
        var last = periods.Max(p => p.Middle);
        return last.DayNumber - first.DayNumber < 60 ? string.Empty : " over " + Years(first, last);
    }

    private static string Years(DateOnly from, DateOnly to)
    {
        var days = Math.Abs(to.DayNumber - from.DayNumber);
        return days >= 365 ? "year".ToQuantity((int)Math.Round(days / 365.25)) : days >= 60 ? "month".ToQuantity((int)Math.Round(days / 30.44)) : "day".ToQuantity(days);
    }

    private string DocumentName(string documentId) =>
        documents.TryGetValue(documentId, out var document) && !string.IsNullOrWhiteSpace(document.Source) ? document.Source! : documentId;

    private static string Quote(Claim claim) => "\"" + claim.Text + "\"";

    private static string Label(List<GroupedClaim> members, IReadOnlyList<string> words)
    {
        var unit = members.GroupBy(m => m.Claim.Unit ?? string.Empty, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var kind = members[0].Claim.Kind;
        var name = unit.Length == 0 ? kind.ToString().ToLowerInvariant()
            : kind == ClaimKind.Count ? Plurals.GetOrAdd(unit, static u => u.Pluralize(inputIsKnownToBeSingular: false)) : unit;
        var change = members[0].Claim.Qualifier is Qualifier.Increase or Qualifier.Decrease ? "change in " : string.Empty;
        return words.Count == 0 ? change + name : $"{change}{name} · {string.Join(", ", words)}";
    }

    private static string GroupId(IEnumerable<string> claimIds)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', claimIds.Order(StringComparer.Ordinal))));
        return "g" + Convert.ToHexStringLower(hash, 0, 6);
    }
}
