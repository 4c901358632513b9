using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using ClaimCheck.Text;

namespace ClaimCheck.Comparison;

/// <summary>
/// Pairs the claims of two versions of a text. First the claims that did not move: the same id, or the same text in the
/// same sentence. Then the claims that say the same thing with another figure: same kind, same unit (synonyms folded),
/// and a similar sentence once the figures are left out; the most similar sentences pair first, then the claims that
/// stand nearest each other once the word diff has lined the texts up, then equal figures. Each claim is paired at most
/// once, and the result depends only on the two claim lists and the diff.
/// </summary>
internal static class ClaimPairer
{
    /// <summary>
    /// How alike (<see cref="SentenceKey.Similarity"/>, 0–100) two sentences must be, figures left out, for their claims to
    /// be one claim that changed rather than one removed and one added.
    /// </summary>
    public const int MinSentenceSimilarity = 60;

    /// <param name="old">The claims of the old text, in document order.</param>
    /// <param name="new">The claims of the new text, in document order.</param>
    /// <param name="diff">The word diff of the two texts the claims' offsets point into.</param>
    public static IReadOnlyList<ClaimChange> Pair(IReadOnlyList<Claim> old, IReadOnlyList<Claim> @new, IReadOnlyList<TextSegment> diff)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        ArgumentNullException.ThrowIfNull(diff);
        var oldToNew = Enumerable.Repeat(-1, old.Count).ToArray();
        var newToOld = Enumerable.Repeat(-1, @new.Count).ToArray();
        PairUnmoved(old, @new, oldToNew, newToOld);
        PairSimilar(old, @new, new OffsetMap(diff), oldToNew, newToOld);
        return Order(old, @new, oldToNew, newToOld);
    }

    /// <summary>The same id (same document, sentence, text and occurrence), then the same text in the same sentence, in order.</summary>
    private static void PairUnmoved(IReadOnlyList<Claim> old, IReadOnlyList<Claim> @new, int[] oldToNew, int[] newToOld)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < @new.Count; j++)
        {
            byId.TryAdd(@new[j].Id, j);
        }

        for (var i = 0; i < old.Count; i++)
        {
            if (byId.TryGetValue(old[i].Id, out var j) && newToOld[j] < 0)
            {
                Link(i, j, oldToNew, newToOld);
            }
        }

        var byText = new Dictionary<(string Sentence, string Text), Queue<int>>();
        for (var j = 0; j < @new.Count; j++)
        {
            if (newToOld[j] < 0)
            {
                var key = TextKey(@new[j]);
                if (!byText.TryGetValue(key, out var queue))
                {
                    byText[key] = queue = new Queue<int>();
                }

                queue.Enqueue(j);
            }
        }

        for (var i = 0; i < old.Count; i++)
        {
            if (oldToNew[i] < 0 && byText.TryGetValue(TextKey(old[i]), out var queue) && queue.Count > 0)
            {
                Link(i, queue.Dequeue(), oldToNew, newToOld);
            }
        }
    }

    private static (string Sentence, string Text) TextKey(Claim claim) => (WhiteSpace.OneLine(claim.Sentence), claim.Text);

    /// <summary>The rest, by kind, folded unit and sentence similarity; best pairs first.</summary>
    private static void PairSimilar(IReadOnlyList<Claim> old, IReadOnlyList<Claim> @new, OffsetMap map, int[] oldToNew, int[] newToOld)
    {
        var oldLeft = Unpaired(old, oldToNew);
        var newLeft = Unpaired(@new, newToOld);
        var candidates = new List<Candidate>();
        foreach (var (block, oldIndexes) in oldLeft)
        {
            if (!newLeft.TryGetValue(block, out var newIndexes))
            {
                continue;
            }

            var newKeys = newIndexes.Select(j => SentenceKey.Of(@new[j])).ToList();
            foreach (var i in oldIndexes)
            {
                var oldKey = SentenceKey.Of(old[i]);
                var mapped = map.ToNew(old[i].Start);
                for (var b = 0; b < newIndexes.Count; b++)
                {
                    var score = oldKey.Similarity(newKeys[b]);
                    if (score >= MinSentenceSimilarity)
                    {
                        var j = newIndexes[b];
                        candidates.Add(new Candidate(i, j, score, Math.Abs(mapped - @new[j].Start), SameFigure(old[i], @new[j])));
                    }
                }
            }
        }

        candidates.Sort(static (x, y) =>
        {
            var order = y.Score.CompareTo(x.Score);
            order = order != 0 ? order : x.Distance.CompareTo(y.Distance);
            order = order != 0 ? order : y.SameFigure.CompareTo(x.SameFigure);
            order = order != 0 ? order : x.Old.CompareTo(y.Old);
            return order != 0 ? order : x.New.CompareTo(y.New);
        });
        foreach (var candidate in candidates)
        {
            if (oldToNew[candidate.Old] < 0 && newToOld[candidate.New] < 0)
            {
                Link(candidate.Old, candidate.New, oldToNew, newToOld);
            }
        }
    }

    /// <summary>Unpaired claims by kind and folded unit, each list in document order.</summary>
    private static SortedDictionary<string, List<int>> Unpaired(IReadOnlyList<Claim> claims, int[] pairs)
    {
        var blocks = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            if (pairs[i] >= 0)
            {
                continue;
            }

            var block = $"{claims[i].Kind}|{UnitSynonyms.Fold(claims[i].Unit)}";
            if (!blocks.TryGetValue(block, out var list))
            {
                blocks[block] = list = [];
            }

            list.Add(i);
        }

        return blocks;
    }

    /// <summary>Whether two claims state the same figure: kind, value, range, qualifier, unit, classifier and date.</summary>
    internal static bool SameFigure(Claim old, Claim @new) =>
        old.Kind == @new.Kind
        && old.Value == @new.Value
        && old.Low == @new.Low
        && old.High == @new.High
        && old.Qualifier == @new.Qualifier
        && string.Equals(old.Unit, @new.Unit, StringComparison.Ordinal)
        && string.Equals(old.Classifier, @new.Classifier, StringComparison.Ordinal)
        && string.Equals(old.Date, @new.Date, StringComparison.Ordinal);

    private static void Link(int i, int j, int[] oldToNew, int[] newToOld)
    {
        oldToNew[i] = j;
        newToOld[j] = i;
    }

    /// <summary>
    /// Figures before dates; within each, in the order of the new text, a removed claim right after the claim paired last
    /// before it in the old text.
    /// </summary>
    private static List<ClaimChange> Order(IReadOnlyList<Claim> old, IReadOnlyList<Claim> @new, int[] oldToNew, int[] newToOld)
    {
        var entries = new List<(ClaimChange Change, int Position, int After, int Sequence)>(old.Count + @new.Count);
        var anchor = -1;
        for (var i = 0; i < old.Count; i++)
        {
            var j = oldToNew[i];
            if (j >= 0)
            {
                var kind = SameFigure(old[i], @new[j]) ? ClaimChangeKind.Unchanged : ClaimChangeKind.Changed;
                entries.Add((new ClaimChange(kind, old[i], @new[j]), @new[j].Start, 0, entries.Count));
                anchor = @new[j].Start;
            }
            else
            {
                entries.Add((new ClaimChange(ClaimChangeKind.Removed, old[i], null), anchor, 1, entries.Count));
            }
        }

        for (var j = 0; j < @new.Count; j++)
        {
            if (newToOld[j] < 0)
            {
                entries.Add((new ClaimChange(ClaimChangeKind.Added, null, @new[j]), @new[j].Start, 0, entries.Count));
            }
        }

        return [.. entries
            .OrderBy(e => (e.Change.New ?? e.Change.Old)!.Kind == ClaimKind.Date)
            .ThenBy(e => e.Position)
            .ThenBy(e => e.After)
            .ThenBy(e => e.Sequence)
            .Select(e => e.Change)];
    }

    /// <summary>A possible pair: old and new claim indexes, sentence similarity, distance once the old offset is carried into the new text by the diff, and whether the figures are equal.</summary>
    private sealed record Candidate(int Old, int New, int Score, int Distance, bool SameFigure);
}
