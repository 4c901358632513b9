namespace ClaimCheck.Comparison;

/// <summary>How many claims were added, removed, changed and left unchanged between two versions of a text.</summary>
public sealed record ComparisonSummary(int Added, int Removed, int Changed, int Unchanged)
{
    /// <summary>The counts of each kind of change in <paramref name="changes"/>.</summary>
    public static ComparisonSummary Of(IEnumerable<ClaimChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        int added = 0, removed = 0, changed = 0, unchanged = 0;
        foreach (var change in changes)
        {
            switch (change.Change)
            {
                case ClaimChangeKind.Added:
                    added++;
                    break;
                case ClaimChangeKind.Removed:
                    removed++;
                    break;
                case ClaimChangeKind.Changed:
                    changed++;
                    break;
                default:
                    unchanged++;
                    break;
            }
        }

        return new(added, removed, changed, unchanged);
    }
}
