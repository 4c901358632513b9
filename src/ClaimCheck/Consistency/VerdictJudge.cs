using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using ClaimCheck.Vocabulary;
using Humanizer;

namespace ClaimCheck.Consistency;

/// <summary>
/// Judges one group: reads its figures (<see cref="Figure"/>), lets the rules decide (<see cref="VerdictRules"/>), rates
/// how sure the verdict is (<see cref="VerdictConfidence"/>) and words it (<see cref="VerdictWording"/>).
/// </summary>
internal sealed class VerdictJudge(AnalysisSettings settings, IReadOnlyDictionary<string, DocumentSummary> documents)
{
    /// <summary>Humanizer's plural rules are regular expressions; a corpus has few units, each pluralised once.</summary>
    private static readonly ConcurrentDictionary<string, string> Plurals = new(StringComparer.Ordinal);

    /// <summary>
    /// One string per distinct interval, shared by every member that allows it: a million members have tens of
    /// thousands of distinct intervals. Keyed by the bounds' bits, so only identical intervals share their text.
    /// </summary>
    private readonly ConcurrentDictionary<(long Low, long High, bool LowOpen, bool HighOpen), string> _intervalTexts = new();

    /// <summary>One instance of each figure's reading in conflicts (<c>about 95 million euros (85–105 million)</c>), shared by every conflict that names it, as the intervals are.</summary>
    private readonly ConcurrentDictionary<string, string> _readings = new(StringComparer.Ordinal);

    private VerdictWording? _wording;

    private VerdictWording Wording => _wording ??= new VerdictWording(DocumentName);

    public ClaimGroup Judge(MatchGroup group)
    {
        var figures = group.Members.ToDictionary(m => m.Claim.Id, m => Figure.Of(m.Claim, settings), StringComparer.Ordinal);
        var ordered = group.Members.Count == 1 ? [group.Members[0]] : group.Members.OrderBy(m => m.Period?.From ?? DateOnly.MaxValue).ThenBy(m => m.Index).ToList();
        var decision = VerdictRules.Decide(group, ordered, figures, settings);
        var members = ordered.Select(m => new GroupMember(m.Claim.Id, Text(figures[m.Claim.Id].Allowed), m.Claim.AsOf, decision.Repeats.GetValueOrDefault(m.Claim.Id))).ToArray();
        // A group of n claims may list up to n² conflicting pairs: each claim is worded once per group, not once per pair.
        var readings = new Dictionary<(string ClaimId, int Decimals), string>();
        var conflicts = decision.Conflicts.Select(c => Conflict(c.Left, c.Right, figures, readings)).ToArray();
        // A discrepancy at one time may sit in a series that changed across times: the group says both.
        var change = decision.ChangedOverTime ? VerdictWording.Change(decision, figures) : null;
        var documentCount = ordered.Select(m => m.Claim.DocumentId).Distinct(StringComparer.Ordinal).Count();
        var explanation = Wording.Explanation(decision, conflicts, change, figures, documentCount);
        var claimIds = ordered.Select(m => m.Claim.Id).ToArray();
        var confidence = VerdictConfidence.For(decision, group, figures);
        return new ClaimGroup(GroupId(claimIds), Label(ordered, group.LabelWords), claimIds, decision.Verdict, confidence, explanation, members, conflicts,
            change,
            group.Evidence.OrderByDescending(e => e.Score).ThenBy(e => e.LeftClaimId, StringComparer.Ordinal).ThenBy(e => e.RightClaimId, StringComparer.Ordinal).ToArray(),
            decision.Sources);
    }

    private Conflict Conflict(GroupedClaim a, GroupedClaim b, Dictionary<string, Figure> figures, Dictionary<(string, int), string> readings)
    {
        var (left, right) = (figures[a.Claim.Id], figures[b.Claim.Id]);
        var decimals = FigureText.ConflictDecimals(left, right);
        return new(a.Claim.Id, b.Claim.Id, new ConflictWording(
            a.Claim, DocumentName(a.Claim.DocumentId), Reading(left, decimals, readings), b.Claim, DocumentName(b.Claim.DocumentId), Reading(right, decimals, readings)));
    }

    private string Reading(Figure figure, int decimals, Dictionary<(string, int), string> readings)
    {
        if (!readings.TryGetValue((figure.Claim.Id, decimals), out var reading))
        {
            var text = FigureText.Reading(figure, decimals);
            reading = _readings.GetOrAdd(text, text);
            readings[(figure.Claim.Id, decimals)] = reading;
        }

        return reading;
    }

    private string Text(Interval interval) =>
        _intervalTexts.GetOrAdd(
            (BitConverter.DoubleToInt64Bits(interval.Low), BitConverter.DoubleToInt64Bits(interval.High), interval.LowOpen, interval.HighOpen),
            static (_, interval) => interval.ToString(),
            interval);

    private string DocumentName(string documentId) =>
        documents.TryGetValue(documentId, out var document) ? document.ShortName() : documentId;

    private static string Label(List<GroupedClaim> members, IReadOnlyList<string> words)
    {
        var unit = members.GroupBy(m => m.Claim.Unit ?? string.Empty, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var kind = members[0].Claim.Kind;
        var name = unit.Length == 0 ? kind.ToString().ToLowerInvariant()
            : kind == ClaimKind.Count ? Plurals.GetOrAdd(unit, static u => u.Pluralize(inputIsKnownToBeSingular: false)) : unit;
        // "rose 5%" is a change of a level; "cut 450 jobs" counts jobs cut.
        var first = members[0].Claim;
        var change = first.Qualifier is Qualifier.Increase or Qualifier.Decrease && FrameReader.Read(first).Predicate is not (Predicate.Addition or Predicate.Removal)
            ? "change in "
            : string.Empty;
        var category = words.Count == 0 ? change + name : $"{change}{name} · {string.Join(", ", words)}";
        return GroupTitle.For([.. members.Select(m => m.Claim)], words, category);
    }

    private static string GroupId(IEnumerable<string> claimIds)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', claimIds.Order(StringComparer.Ordinal))));
        return "g" + Convert.ToHexStringLower(hash, 0, 6);
    }
}
