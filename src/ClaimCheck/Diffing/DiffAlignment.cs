namespace ClaimCheck.Diffing;

/// <summary>
/// Slides each pure insertion or deletion of a diff to where it reads best. An edit between two common runs can often
/// move without changing what it means: <c>said{+. Exports rose+}.</c> is the same edit as <c>said.{+ Exports rose.+}</c>.
/// Of all such places, the one whose edges fall on the strongest boundaries wins (blank line, line end, end of sentence,
/// space, punctuation), the later one on a tie: the way diff-match-patch cleans up a diff for people.
/// </summary>
internal static class DiffAlignment
{
    public static List<DiffSegment> Slide(List<DiffSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var result = new List<DiffSegment>(segments);
        for (var i = 1; i < result.Count - 1; i++)
        {
            if (result[i].Kind == DiffKind.Same || result[i - 1].Kind != DiffKind.Same || result[i + 1].Kind != DiffKind.Same)
            {
                continue;
            }

            var (before, edit, after) = Best(result[i - 1].Text, result[i].Text, result[i + 1].Text);
            result[i - 1] = result[i - 1] with { Text = before };
            result[i] = result[i] with { Text = edit };
            result[i + 1] = result[i + 1] with { Text = after };
        }

        // A common run slid away entirely leaves nothing; drop it and join what met.
        var joined = new List<DiffSegment>(result.Count);
        foreach (var segment in result)
        {
            if (segment.Text.Length == 0)
            {
                continue;
            }

            if (joined.Count > 0 && joined[^1].Kind == segment.Kind)
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text + segment.Text };
            }
            else
            {
                joined.Add(segment);
            }
        }

        return joined;
    }

    private static (string Before, string Edit, string After) Best(string before, string edit, string after)
    {
        // Slide as far left as the edit can go, then try every place to the right.
        var left = CommonSuffix(before, edit);
        if (left > 0)
        {
            var common = edit[^left..];
            before = before[..^left];
            edit = common + edit[..^left];
            after = common + after;
        }

        var best = (before, edit, after);
        var bestScore = Score(before, edit) + Score(edit, after);
        var shift = 0;
        while (shift < after.Length && shift < edit.Length && edit[shift] == after[shift])
        {
            shift++;
            var candidate = (before + edit[..shift], edit[shift..] + after[..shift], after[shift..]);
            var score = Score(candidate.Item1, candidate.Item2) + Score(candidate.Item2, candidate.Item3);
            if (score >= bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    private static int CommonSuffix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)])
        {
            n++;
        }

        return n;
    }

    /// <summary>How good a boundary between <paramref name="one"/> and <paramref name="two"/> is: 6 (an edge of the text) down to 0 (inside a word).</summary>
    private static int Score(string one, string two)
    {
        if (one.Length == 0 || two.Length == 0)
        {
            return 6;
        }

        var c1 = one[^1];
        var c2 = two[0];
        var punctuation1 = !char.IsLetterOrDigit(c1);
        var punctuation2 = !char.IsLetterOrDigit(c2);
        var space1 = punctuation1 && char.IsWhiteSpace(c1);
        var space2 = punctuation2 && char.IsWhiteSpace(c2);
        var lineEnd1 = c1 == '\n';
        var lineEnd2 = c2 == '\n';
        if ((lineEnd1 && one.EndsWith("\n\n", StringComparison.Ordinal)) || (lineEnd2 && two.StartsWith("\n\n", StringComparison.Ordinal)))
        {
            return 5;
        }

        if (lineEnd1 || lineEnd2)
        {
            return 4;
        }

        if (punctuation1 && !space1 && space2)
        {
            return 3;
        }

        if (space1 || space2)
        {
            return 2;
        }

        return punctuation1 || punctuation2 ? 1 : 0;
    }
}
