using System.Globalization;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using Humanizer;

namespace ClaimCheck.Consistency;

/// <summary>
/// The verdicts in plain English: one explanation per group, and the summary of a change. Kept apart from the rules
/// (<see cref="VerdictRules"/>) and the confidence (<see cref="VerdictConfidence"/>), so the wording can change without
/// touching a decision.
/// </summary>
internal sealed class VerdictWording(Func<string, string> documentName)
{
    public string Explanation(VerdictDecision decision, IReadOnlyList<Conflict> conflicts, ChangeSummary? change, IReadOnlyDictionary<string, Figure> figures, int documents)
    {
        var independent = decision.Independent;
        var repeatNote = decision.Repeats.Count > 0 ? $" Copies of the same passage ({Counted("claim", decision.Repeats.Count)}) were counted once." : string.Empty;
        var undatedNote = UndatedNote(decision);
        switch (decision.Verdict)
        {
            case Verdict.Single:
                return documents > 1
                    ? $"Only one independent source states {Quote(independent[0].Claim)}: the same passage appears in {Counted("document", documents)}, counted once."
                    : $"Only {documentName(independent[0].Claim.DocumentId)} states {Quote(independent[0].Claim)}.";

            case Verdict.Discrepancy:
                var first = decision.Conflicts[0];
                var when = first.Left.Claim.AsOf ?? first.Right.Claim.AsOf;
                var more = conflicts.Count > 1 ? $" ({Counted("conflicting pair", conflicts.Count)} in all)" : string.Empty;
                var alsoChanged = change is not null ? $" Across times the figure also changed: {change.Description}." : string.Empty;
                return $"Discrepancy{(when is null ? string.Empty : " on " + when)}: {conflicts[0].Reason}{more}{alsoChanged}{repeatNote}{undatedNote}";

            case Verdict.Change:
                if (change is null)
                {
                    return $"{Counted("source", decision.Sources)} {Verb(decision.Sources, "gives", "give")} different figures, and at least one is undated: when each held is unknown.{repeatNote}";
                }

                var size = change.RelativeChange is { } r ? " by " + FigureText.Percent(Math.Abs(r) * 100) : string.Empty;
                return $"{Counted("source", decision.Sources)}{Span(independent)} {Verb(decision.Sources, "gives", "give")} figures that differ between times but agree within each time: "
                    + $"the figure {(change.Direction == "up" ? "rose" : "fell")}{size} ({Series(decision, figures)}).{repeatNote}{undatedNote}";

            default:
                if (decision.Sources <= 1)
                {
                    return $"{documentName(independent[0].Claim.DocumentId)} states {Quote(independent[0].Claim)} {Counted("time", independent.Count)}, consistently.{repeatNote}";
                }

                if (decision.AllSame)
                {
                    return $"{Counted("source", decision.Sources)}{Span(independent)} {Verb(decision.Sources, "agrees", "agree")} on {Quote(independent[0].Claim)}.{repeatNote}{undatedNote}";
                }

                var distinct = independent.DistinctBy(m => m.Claim.Text, StringComparer.OrdinalIgnoreCase).Select(m => Quote(m.Claim)).ToList();
                return $"{Counted("source", decision.Sources)}{Span(independent)} {Verb(decision.Sources, "gives", "give")} compatible figures, not the same one: {distinct.Humanize()}"
                    + $"{Common(independent, figures)}.{repeatNote}{undatedNote}";
        }
    }

    /// <summary>
    /// How the figure moved: from the first time's figure to the last one's, with its size when both are stated points
    /// (a vague or open figure such as <c>dozens of</c> or <c>more than 50</c> has no size to compare), in points for
    /// percentages, and the series between.
    /// </summary>
    public static ChangeSummary? Change(VerdictDecision decision, IReadOnlyDictionary<string, Figure> figures)
    {
        if (decision.Series.Count < 2)
        {
            return null;
        }

        var (from, to) = (decision.Series[0], decision.Series[^1]);
        var (a, b) = (figures[from.Claim.Id], figures[to.Claim.Id]);
        var direction = b.Central >= a.Central ? "up" : "down";
        var comparable = a.IsPoint && b.IsPoint;
        double? relative = comparable && a.Central != 0 ? Math.Round((b.Central - a.Central) / Math.Abs(a.Central), 4) : null;
        var verb = direction == "up" ? "rose" : "fell";
        var size = !comparable ? "no size, as one end is a bound or a vague amount"
            : from.Claim.Kind == ClaimKind.Percent ? (b.Central >= a.Central ? "+" : string.Empty) + FigureText.Number(Math.Round(b.Central - a.Central, 1, MidpointRounding.AwayFromZero)) + " points"
            : relative is { } r ? (r >= 0 ? "+" : string.Empty) + FigureText.Percent(r * 100)
            : "from zero";
        var span = from.Period is { } p && to.Period is { } q ? " over " + Years(p.Middle, q.Middle) : string.Empty;
        var description = $"{verb} from {Quote(from.Claim)} ({from.Claim.AsOf ?? "undated"}) to {Quote(to.Claim)} ({to.Claim.AsOf ?? "undated"}): {size}{span}";
        return new ChangeSummary(from.Claim.Id, to.Claim.Id, direction, relative, description);
    }

    /// <summary>The series as figures and times: <c>118,000 (2015) → more than 150,000 (2016) → 142,000 (2020)</c>.</summary>
    private static string Series(VerdictDecision decision, IReadOnlyDictionary<string, Figure> figures) =>
        string.Join(" → ", decision.Series.Select(m => $"{m.Claim.Text} ({m.Claim.AsOf})"));

    /// <summary>What all the compatible figures allow together, in words: <c>(both allow 440–495 jobs)</c>, <c>(all allow more than 60 routes)</c>.</summary>
    private static string Common(IReadOnlyList<GroupedClaim> members, IReadOnlyDictionary<string, Figure> figures)
    {
        var allowed = members.Select(m => figures[m.Claim.Id].Allowed).ToList();
        var low = allowed.MaxBy(i => (i.Low, i.LowOpen))!;
        var high = allowed.MinBy(i => (i.High, !i.HighOpen))!;
        if (low.Low > high.High)
        {
            return string.Empty;
        }

        var all = members.Count == 2 ? "both" : "all";
        var first = members[0].Claim;
        return $" ({all} allow {FigureText.Window(new Interval(low.Low, high.High, low.LowOpen, high.HighOpen), first.Kind, first.Unit)})";
    }

    private static string UndatedNote(VerdictDecision decision) =>
        decision.Undated.Count == 0 || decision.Undated.Count == decision.Independent.Count ? string.Empty
        : decision.UndatedDiffers ? $" {Counted("undated claim", decision.Undated.Count)} (no date in the page or the text) {(decision.Undated.Count == 1 ? "differs" : "differ")} from the dated ones; when {(decision.Undated.Count == 1 ? "it" : "they")} held is unknown, so {(decision.Undated.Count == 1 ? "it makes" : "they make")} no discrepancy."
        : $" {Counted("undated claim", decision.Undated.Count)} (no date in the page or the text) {(decision.Undated.Count == 1 ? "agrees" : "agree")} with the dated ones.";

    private static string Span(IReadOnlyList<GroupedClaim> members)
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
        return days >= 365 ? Counted("year", (int)Math.Round(days / 365.25)) : days >= 60 ? Counted("month", (int)Math.Round(days / 30.44)) : Counted("day", days);
    }

    /// <summary>
    /// The verb agreeing with a count: one source over three years "gives" figures (one source can tell a change as a
    /// series). Humanizer inflects nouns, not verbs.
    /// </summary>
    private static string Verb(int count, string singular, string plural) => count == 1 ? singular : plural;

    public static string Quote(Claim claim) => "\"" + claim.Text + "\"";

    /// <summary>Humanizer's <c>ToQuantity</c> with each plural made once: its rules are regular expressions, and a million groups are worded.</summary>
    private static string Counted(string word, int count) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? word : Plurals.GetOrAdd(word, static w => w.Pluralize(inputIsKnownToBeSingular: true)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Plurals = new(StringComparer.Ordinal);
}
