using ClaimCheck.Diffing;

namespace ClaimCheck.Comparison;

/// <summary>
/// The lines (paragraphs, in news text) of a whole-text diff that have edits, with counts of the unchanged lines between
/// them: what the terminal and Markdown reports show, so one edited figure in a long article is found at a glance. A line
/// whose only edits are white space counts as unchanged.
/// </summary>
/// <param name="Changed">The lines with edits, in order.</param>
/// <param name="UnchangedAfter">Unchanged lines (blank ones aside) after the last changed one.</param>
public sealed record DiffLines(IReadOnlyList<DiffLine> Changed, int UnchangedAfter)
{
    /// <summary>The changed lines of <paramref name="diff"/>, each with its word diff and the unchanged lines before it.</summary>
    public static DiffLines Of(IReadOnlyList<TextSegment> diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var changed = new List<DiffLine>();
        var unchanged = 0;
        foreach (var line in Lines(diff))
        {
            if (line.Any(s => s.Kind != DiffKind.Same && !string.IsNullOrWhiteSpace(s.Text)))
            {
                changed.Add(new DiffLine(line, unchanged));
                unchanged = 0;
            }
            else if (line.Any(s => !string.IsNullOrWhiteSpace(s.Text)))
            {
                unchanged++;
            }
        }

        return new DiffLines(changed, unchanged);
    }

    /// <summary>The diff cut at every line end, each line's runs in order.</summary>
    private static List<List<DiffSegment>> Lines(IReadOnlyList<TextSegment> diff)
    {
        var lines = new List<List<DiffSegment>> { new() };
        foreach (var segment in diff)
        {
            var kind = DiffSegments.ToDiff(segment).Kind;
            var pieces = segment.Text.Split('\n');
            for (var p = 0; p < pieces.Length; p++)
            {
                if (p > 0)
                {
                    lines.Add([]);
                }

                if (pieces[p].Length > 0)
                {
                    lines[^1].Add(new DiffSegment(kind, pieces[p]));
                }
            }
        }

        return lines;
    }
}
