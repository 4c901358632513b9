using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ClaimCheck.Diffing;

/// <summary>
/// A word-level diff of two sentences or two whole texts (DiffPlex, split into words), as runs of same, removed and added text.
/// Short runs of common text between two edits (spaces, punctuation, words like "of" and "to") are folded into the edits,
/// so a reworded phrase reads as one removal and one addition instead of alternating words, while common words that
/// carry meaning ("weapons", "countries") stay visible as common.
/// </summary>
public static class WordDiff
{
    // DiffPlex's word separators plus the line end, so a whole text splits into words and its line ends stay pieces of their own.
    private static readonly DelimiterChunker TextChunker = new([' ', '\t', '\n', '.', '(', ')', '{', '}', ',', '!', '?', ';']);

    /// <summary>Common runs of at most this many characters (spaces aside) between two edits are folded into them.</summary>
    public const int FoldLength = 3;

    /// <summary>
    /// Whether a word diff reads as an edit of one sentence into the other: at least half the words of the longer
    /// sentence are kept. Below that the two are different sentences, and marking every word says nothing.
    /// </summary>
    public static bool IsParaphrase(IReadOnlyList<DiffSegment> diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var (same, removed, added) = (0, 0, 0);
        foreach (var segment in diff)
        {
            var words = CountWords(segment.Text);
            _ = segment.Kind switch
            {
                DiffKind.Removed => removed += words,
                DiffKind.Added => added += words,
                _ => same += words,
            };
        }

        var longer = same + Math.Max(removed, added);
        return longer == 0 || same * 2 >= longer;
    }

    private static int CountWords(string text)
    {
        var (count, inWord) = (0, false);
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    /// <summary>Two sentences (or any one-line texts), word by word.</summary>
    public static IReadOnlyList<DiffSegment> Compute(string from, string to) => FoldShortEqualities(Words(from, to, WordChunker.Instance));

    /// <summary>
    /// Two whole texts, word by word, line ends kept: the segments put together give <paramref name="from"/> (same and
    /// removed) and <paramref name="to"/> (same and added). Paragraphs are lined up first, so a paragraph added or removed
    /// is one edit and words are only compared within paragraphs that changed; each insertion or deletion then slides to
    /// the word and sentence boundaries it reads best at. A common run that holds a line end is never folded into the
    /// edits around it, so each paragraph keeps its own edits.
    /// </summary>
    public static IReadOnlyList<DiffSegment> ComputeText(string from, string to)
    {
        var paragraphs = Differ.Instance.CreateDiffs(from, to, ignoreWhiteSpace: false, ignoreCase: false, ParagraphChunker.Instance);
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in paragraphs.DiffBlocks)
        {
            Add(segments, DiffKind.Same, Join(paragraphs.PiecesOld, a, block.DeleteStartA - a));
            var removed = Join(paragraphs.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            var added = Join(paragraphs.PiecesNew, block.InsertStartB, block.InsertCountB);
            if (removed.Length > 0 && added.Length > 0)
            {
                foreach (var segment in Words(removed, added, TextChunker))
                {
                    Add(segments, segment.Kind, segment.Text);
                }
            }
            else
            {
                Add(segments, DiffKind.Removed, removed);
                Add(segments, DiffKind.Added, added);
            }

            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffKind.Same, Join(paragraphs.PiecesOld, a, paragraphs.PiecesOld.Count - a));
        return FoldShortEqualities(DiffAlignment.Slide(segments));
    }

    private static List<DiffSegment> Words(string from, string to, IChunker chunker)
    {
        var diff = Differ.Instance.CreateDiffs(from, to, ignoreWhiteSpace: false, ignoreCase: false, chunker);
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
        return segments;
    }

    // One pass: a short common run between two edits joins them, all removed text first, then all added text, each in its
    // order. Folding one run never changes whether another run lies between two edits, so one pass folds every run that can be.
    private static List<DiffSegment> FoldShortEqualities(List<DiffSegment> segments)
    {
        var result = new List<DiffSegment>(segments.Count);
        var removed = new StringBuilder();
        var added = new StringBuilder();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            switch (segment.Kind)
            {
                case DiffKind.Removed:
                    removed.Append(segment.Text);
                    break;
                case DiffKind.Added:
                    added.Append(segment.Text);
                    break;
                default:
                    var betweenEdits = (removed.Length > 0 || added.Length > 0) && i + 1 < segments.Count && segments[i + 1].Kind != DiffKind.Same;
                    if (betweenEdits && segment.Text.Trim().Length <= FoldLength && !segment.Text.Contains('\n', StringComparison.Ordinal))
                    {
                        removed.Append(segment.Text);
                        added.Append(segment.Text);
                    }
                    else
                    {
                        Flush();
                        Add(result, DiffKind.Same, segment.Text);
                    }

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
