namespace ClaimCheck.Comparison;

/// <summary>
/// Where an offset of the old text lands in the new one, read off a word diff: inside common text, at the same character;
/// inside deleted text, where the deletion was (and where its replacement, if any, starts).
/// </summary>
internal sealed class OffsetMap
{
    // For each run that is in the old text (equal or deleted): where it starts in the old text and in the new one.
    private readonly List<(int Old, int New, bool Equal)> runs = [];

    public OffsetMap(IReadOnlyList<TextSegment> diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        int old = 0, @new = 0;
        foreach (var segment in diff)
        {
            switch (segment.Kind)
            {
                case TextSegmentKind.Equal:
                    runs.Add((old, @new, true));
                    old += segment.Text.Length;
                    @new += segment.Text.Length;
                    break;
                case TextSegmentKind.Deleted:
                    runs.Add((old, @new, false));
                    old += segment.Text.Length;
                    break;
                default:
                    @new += segment.Text.Length;
                    break;
            }
        }
    }

    public int ToNew(int oldOffset)
    {
        // The last run starting at or before the offset.
        int low = 0, high = runs.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (runs[mid].Old <= oldOffset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (found < 0)
        {
            return 0;
        }

        var run = runs[found];
        return run.Equal ? run.New + (oldOffset - run.Old) : run.New;
    }
}
