using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ClaimCheck.Reporting;

/// <summary>
/// A word-level diff of two sentences (DiffPlex with its word chunker), as runs of same, removed and added text.
/// Short runs of common text between two edits (spaces, punctuation, words like "of" and "to") are folded into the edits,
/// so a reworded phrase reads as one removal and one addition instead of alternating words, while common words that
/// carry meaning ("weapons", "countries") stay visible as common.
/// </summary>
internal static class WordDiff
{
    public static IReadOnlyList<DiffSegment> Compute(string from, string to)
    {
        var diff = Differ.Instance.CreateDiffs(from, to, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(segments, DiffKind.Same, Join(diff.PiecesOld, a, block.DeleteStartA - a));
            Add(segments, DiffKind.Removed, Join(diff.PiecesOld, block.DeleteStartA, block.DeleteCountA));
            Add(segments, DiffKind.Added, Join(diff.PiecesNew, block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffKind.Same, Join(diff.PiecesOld, a, diff.PiecesOld.Count - a));
        return FoldShortEqualities(segments);
    }

    /// <summary>Common runs of at most this many characters (spaces aside) between two edits are folded into them.</summary>
    public const int FoldLength = 3;

    // Repeated until nothing changes, since each fold can bring two edits together.
    private static List<DiffSegment> FoldShortEqualities(List<DiffSegment> segments)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 1; i < segments.Count - 1; i++)
            {
                if (segments[i].Kind != DiffKind.Same)
                {
                    continue;
                }

                if (segments[i].Text.Trim().Length <= FoldLength && segments[i - 1].Kind != DiffKind.Same && segments[i + 1].Kind != DiffKind.Same)
                {
                    var text = segments[i].Text;
                    segments[i] = new DiffSegment(DiffKind.Removed, text);
                    segments.Insert(i + 1, new DiffSegment(DiffKind.Added, text));
                    segments = Regroup(segments);
                    changed = true;
                    break;
                }
            }
        }

        return segments;
    }

    // Between two common runs, all removed text first, then all added text, each in its order.
    private static List<DiffSegment> Regroup(List<DiffSegment> segments)
    {
        var result = new List<DiffSegment>();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        foreach (var segment in segments)
        {
            switch (segment.Kind)
            {
                case DiffKind.Removed:
                    removed.Append(segment.Text);
                    break;
                case DiffKind.Added:
                    added.Append(segment.Text);
                    break;
                default:
                    Flush();
                    Add(result, DiffKind.Same, segment.Text);
                    break;
            }
        }

        Flush();
        return result;

        void Flush()
        {
            Add(result, DiffKind.Removed, removed.ToString());
            Add(result, DiffKind.Added, added.ToString());
            removed.Clear();
            added.Clear();
        }
    }

    private static string Join(IReadOnlyList<string> pieces, int start, int count)
    {
        var text = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            text.Append(pieces[i]);
        }

        return text.ToString();
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        // Merge with the previous run of the same kind, so markup wraps whole phrases.
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
