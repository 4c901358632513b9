using ClaimCheck.Matching;

namespace ClaimCheck.Consistency;

/// <summary>
/// What the verdict rules decided about a group, before any wording: the verdict, the conflicts found within one time,
/// the series of figures across times, and what else a reader should know.
/// </summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Conflicts">Pairs of claims matched to each other, of one time, whose figures cannot both be true.</param>
/// <param name="Series">One figure per dated time, earliest first: the points of a change.</param>
/// <param name="Independent">The claims that are not copies of another's passage, in group order.</param>
/// <param name="Repeats">Copies of a passage: the copy's id to the original's.</param>
/// <param name="Sources">Documents among the independent claims.</param>
/// <param name="AllSame">Whether every independent figure states the same figure (not only compatible ones).</param>
/// <param name="ChangedOverTime">Whether figures of two dated times cannot both be true: the figure changed.</param>
/// <param name="UndatedDiffers">Whether an undated figure differs from the others (its time unknown, it is no discrepancy).</param>
/// <param name="Undated">Independent claims with no known time.</param>
internal sealed record VerdictDecision(
    Verdict Verdict,
    IReadOnlyList<(GroupedClaim Left, GroupedClaim Right)> Conflicts,
    IReadOnlyList<GroupedClaim> Series,
    IReadOnlyList<GroupedClaim> Independent,
    IReadOnlyDictionary<string, string> Repeats,
    int Sources,
    bool AllSame,
    bool ChangedOverTime,
    bool UndatedDiffers,
    IReadOnlyList<GroupedClaim> Undated);
