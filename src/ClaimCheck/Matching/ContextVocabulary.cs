namespace ClaimCheck.Matching;

/// <summary>
/// The context words of one analysis, numbered: profiles hold term numbers (sorted) instead of strings, so a
/// million claims share one copy of each word and two profiles compare by merging two integer arrays.
/// </summary>
internal sealed class ContextVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _stems = [];
    private readonly List<string> _words = [];

    private double[] _weights = [];

    /// <summary>Number of distinct terms.</summary>
    public int Count => _stems.Count;

    /// <summary>The term's number, adding it (with <paramref name="word"/> as its written form) when new.</summary>
    public int Intern(string stem, string word)
    {
        if (!_ids.TryGetValue(stem, out var id))
        {
            id = _stems.Count;
            _ids[stem] = id;
            _stems.Add(stem);
            _words.Add(word);
        }

        return id;
    }

    /// <summary>The stem: what terms are compared and ordered by.</summary>
    public string Stem(int id) => _stems[id];

    /// <summary>The term's weight: its normalised inverse document frequency over the analysed claims (rare words say more).</summary>
    public double Weight(int id) => _weights[id];

    /// <summary>Sets every term's weight, once all claims are counted.</summary>
    internal void SetWeights(double[] weights) => _weights = weights;

    /// <summary>The word as first written in the corpus, lower case, to show people.</summary>
    public string Word(int id) => _words[id];
}
