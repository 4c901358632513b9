using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Baseline;

/// <summary>
/// Pairs the documents of a baseline that are gone with the documents of the corpus that are new, when they are the
/// same document renamed or moved: most of the old one's claim sentences are still there, nearly word for word (a
/// figure edited on the way changes one sentence, not the document). Documents without figures are recognised by
/// their title, or by their file name when they have none.
/// </summary>
internal static class DocumentPairing
{
    /// <summary>How alike two sentences must be (FuzzySharp ratio on normalised text) to count as the same sentence.</summary>
    private const int SameSentence = 85;

    /// <summary>The share of the two documents' claim sentences that must be the same for one to be the other moved.</summary>
    private const double SameDocument = 0.5;

    /// <summary>
    /// Up to this many (gone × new) document pairs, every pair is compared; beyond it, only pairs that share a sentence
    /// word for word, so a reorganised archive of thousands of files is paired in time.
    /// </summary>
    private const int MaxAllPairs = 10_000;

    /// <summary>Old document id → new document id, for the documents that moved.</summary>
    public static IReadOnlyDictionary<string, string> Pair(BaselineSnapshot baseline, IReadOnlyList<DocumentSummary> documents, IReadOnlyList<Claim> claims)
    {
        var currentIds = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var baselineIds = baseline.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var gone = baseline.Documents.Where(d => !currentIds.Contains(d.Id)).ToList();
        var added = documents.Where(d => !baselineIds.Contains(d.Id)).ToList();
        var moved = new Dictionary<string, string>(StringComparer.Ordinal);
        if (gone.Count == 0 || added.Count == 0)
        {
            return moved;
        }

        var oldSentences = baseline.Claims.GroupBy(c => c.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Sentences(g.Select(c => c.Sentence)), StringComparer.Ordinal);
        var newSentences = claims.Where(c => c.Kind != ClaimKind.Date).GroupBy(c => c.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Sentences(g.Select(c => c.Sentence)), StringComparer.Ordinal);

        var holders = new Dictionary<string, List<DocumentSummary>>(StringComparer.Ordinal);
        foreach (var now in added)
        {
            foreach (var sentence in newSentences.GetValueOrDefault(now.Id) ?? [])
            {
                if (!holders.TryGetValue(sentence, out var list))
                {
                    holders[sentence] = list = [];
                }

                list.Add(now);
            }
        }

        var compareAll = (long)gone.Count * added.Count <= MaxAllPairs;
        var candidates = new List<(string Old, string New, double Score)>();
        foreach (var old in gone)
        {
            var before = oldSentences.GetValueOrDefault(old.Id) ?? [];
            var others = compareAll ? added : [.. before.SelectMany(s => holders.GetValueOrDefault(s) ?? []).Distinct()];
            foreach (var now in others)
            {
                var after = newSentences.GetValueOrDefault(now.Id) ?? [];
                var score = before.Count == 0 && after.Count == 0 ? SameWithoutFigures(old, now) : Overlap(before, after);
                if (score >= SameDocument)
                {
                    candidates.Add((old.Id, now.Id, score));
                }
            }
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (old, now, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Old, StringComparer.Ordinal).ThenBy(c => c.New, StringComparer.Ordinal))
        {
            if (!moved.ContainsKey(old) && taken.Add(now))
            {
                moved[old] = now;
            }
        }

        return moved;
    }

    private static List<string> Sentences(IEnumerable<string> sentences) =>
        [.. sentences.Select(ClaimProfiler.Normalize).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Sentences of one found in the other, over the larger count: 1 for the same document, 0 for unrelated ones.</summary>
    private static double Overlap(List<string> before, List<string> after)
    {
        if (before.Count == 0 || after.Count == 0)
        {
            return 0;
        }

        var same = before.Count(sentence => after.Any(other => Fuzz.Ratio(sentence, other, PreprocessMode.None) >= SameSentence));
        return (double)same / Math.Max(before.Count, after.Count);
    }

    private static double SameWithoutFigures(BaselineDocument old, DocumentSummary now) =>
        old.Title is { Length: > 0 } title ? (string.Equals(title, now.Title, StringComparison.Ordinal) ? 1 : 0)
        : string.Equals(Path.GetFileName(old.Id), Path.GetFileName(now.Id), StringComparison.Ordinal) ? 1 : 0;
}
