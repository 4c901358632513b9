using ClaimCheck.Extraction;

namespace ClaimCheck.Reporting;

/// <summary>
/// Each distinct sentence of a set of claims, once: reports that list claims point at their sentence by index instead of
/// repeating it. A sentence holds as many claims as it has figures, so repeating it per claim made the output grow with the
/// square of a dense sentence's length (a 1,500-character run of figures: 130 copies of it); stored once, the sentences take
/// no more room than the corpus text itself.
/// </summary>
internal sealed class SentenceTable
{
    private readonly Dictionary<(string DocumentId, string Text), int> _index = [];
    private readonly List<TableSentence> _sentences = [];

    private SentenceTable()
    {
    }

    /// <summary>The sentences in the order their first claim comes in.</summary>
    public IReadOnlyList<TableSentence> Sentences => _sentences;

    /// <summary>The table of <paramref name="claims"/>' sentences; a sentence repeated in one document is stored once.</summary>
    public static SentenceTable Of(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var table = new SentenceTable();
        foreach (var claim in claims)
        {
            table.Add(claim);
        }

        return table;
    }

    /// <summary>The index of <paramref name="claim"/>'s sentence in <see cref="Sentences"/>, adding it when it is new.</summary>
    public int Add(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var key = (claim.DocumentId, claim.Sentence);
        if (!_index.TryGetValue(key, out var index))
        {
            index = _sentences.Count;
            _index.Add(key, index);
            _sentences.Add(new TableSentence(claim.DocumentId, claim.Sentence));
        }

        return index;
    }
}
