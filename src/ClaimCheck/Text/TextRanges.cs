namespace ClaimCheck.Text;

/// <summary>Helpers for lists of <see cref="TextRange"/>.</summary>
internal static class TextRanges
{
    /// <summary>
    /// Clamps ranges to a text of <paramref name="length"/> characters, drops empty ones, sorts them and merges
    /// overlapping ones, so a document's skipped ranges are ordered and disjoint whatever the detector returned.
    /// </summary>
    public static IReadOnlyList<TextRange> Normalize(IEnumerable<TextRange> ranges, int length)
    {
        var sorted = ranges
            .Select(r => new TextRange(Math.Clamp(r.Start, 0, length), Math.Clamp(r.End, 0, length)))
            .Where(r => r.Length > 0)
            .OrderBy(r => r.Start)
            .ThenBy(r => r.End)
            .ToList();
        var merged = new List<TextRange>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start < merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
