using System.Collections.Concurrent;
using System.Collections.Frozen;
using ClaimCheck.Extraction;
using ClaimCheck.Text;
using ClaimCheck.Vocabulary;

namespace ClaimCheck.Matching;

/// <summary>Prepares claims for matching: unit folding, context words and time, once per claim.</summary>
internal static class ClaimProfiler
{
    /// <summary>How many words on each side of the figure make its context: the predicate and subject are near it.</summary>
    private const int ContextWindow = 15;

    /// <summary>Claims profiled per parallel step.</summary>
    private const int ProfileChunk = 16_384;

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had", "been", "its", "their",
        "his", "her", "our", "which", "who", "will", "would", "also", "than", "more", "over", "about", "into", "such", "said",
        "says", "according", "there", "these", "those", "they", "them", "she", "him", "not", "but", "all", "any", "can", "could",
        "one", "two", "three", "year", "years", "day", "days", "time", "times", "percent", "cent", "per", "including", "well",
        "while", "during", "after", "before", "since", "until", "being", "other", "some", "many", "much", "most", "very", "just",
        "only", "even", "still", "both", "each", "every", "same", "new", "now", "then", "when", "where", "what", "how", "why",
        "out", "off", "under", "between", "among", "through", "against", "within", "without", "upon", "onto", "toward", "towards",
        // Time is compared through asOf; words of time expressions ("by the end of 2020", "in the first half") say nothing about what is counted.
        "first", "second", "third", "half", "end", "beginning", "early", "late", "quarter", "last", "next", "ago", "month", "months",
        "week", "weeks",
    }
        .Concat(CalendarWords.WeekdayNames)
        .Concat(CalendarWords.MonthNames.Where(name => name != "may")) // "may" is far more often the verb, which stays a context word as before
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Profiles every claim: units, block keys and context words in parallel (each claim on its own), then term
    /// numbers and sentence numbers in claim order (so the same claims always give the same profiles), then
    /// weights by inverse document frequency over all claims: a word most claims share (the country the corpus
    /// is about) says little about whether two claims are the same.
    /// </summary>
    public static ClaimProfile[] ProfileAll(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, DocumentContext>? documents = null, AnalysisSettings? settings = null)
    {
        settings ??= AnalysisSettings.Default;
        documents ??= new Dictionary<string, DocumentContext>();
        var n = claims.Count;
        var unitOf = new string[n];
        var blockOf = new string[n];
        var periods = new AsOfPeriod?[n];
        var concepts = new UnitConcept[n];
        var frames = new ClaimFrame[n];
        var changes = new bool[n];
        var units = new ConcurrentDictionary<(string, bool), (string Unit, UnitConcept Concept)>();
        var abouts = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var blockKeys = new ConcurrentDictionary<(ClaimKind, bool, string), string>();
        var topicIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentTopics = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var vocabulary = new ContextVocabulary();
        var sentences = new Dictionary<(string Document, string Sentence), int>();
        var terms = new int[n][];
        var nameIds = new int[n][];
        var sentenceIds = new int[n];
        var frequency = new List<int>();

        // In chunks, so the words of a million claims are never held as strings all at once: each chunk is read
        // in parallel, then numbered in claim order.
        var words = new (KeyValuePair<string, string>[] Terms, HashSet<string> Names, HashSet<string> Initials, HashSet<string> SentenceNames)[Math.Min(n, ProfileChunk)];
        var initialIds = new int[n][];
        var knownNames = new HashSet<int>();
        for (var offset = 0; offset < n; offset += ProfileChunk)
        {
            var size = Math.Min(ProfileChunk, n - offset);

            // Claims of one sentence are neighbours and share its tokens: each run of them is one piece of parallel work.
            var runs = new List<(int Start, int End)>();
            for (var k = 0; k < size; k++)
            {
                if (k == 0 || !string.Equals(claims[offset + k].Sentence, claims[offset + k - 1].Sentence, StringComparison.Ordinal))
                {
                    runs.Add((k, k + 1));
                }
                else
                {
                    runs[^1] = (runs[^1].Start, k + 1);
                }
            }

            Parallel.ForEach(runs, run =>
            {
                var sentence = claims[offset + run.Start].Sentence;
                var all = Tokenizer.Tokenize(sentence, 0, sentence.Length);
                var tokens = new SentenceTokens(all, [.. Enumerable.Range(0, all.Length).Where(t => all[t].Kind == TokenKind.Word)]);
                var sentenceNames = SentenceNames(sentence, tokens, claims[offset + run.Start].Speaker);
                var view = new TokenView(sentence, all);
                for (var k = run.Start; k < run.End; k++)
                {
                    var i = offset + k;
                    var claim = claims[i];
                    (unitOf[i], concepts[i]) = units.GetOrAdd((claim.Unit ?? string.Empty, claim.Kind == ClaimKind.Duration), static key =>
                    {
                        var folded = UnitSynonyms.Fold(key.Item1);
                        return (folded, UnitConcept.Of(folded, key.Item2));
                    });
                    var at = sentence.IndexOf(claim.Text, StringComparison.Ordinal);
                    frames[i] = at < 0 ? ClaimFrame.Unknown : FrameReader.Read(view, at, at + claim.Text.Length);

                    // "cut 450 jobs" and "hired 600 workers" count jobs; "rose 5%" is a change of a level.
                    changes[i] = claim.Qualifier is Qualifier.Increase or Qualifier.Decrease && frames[i].Predicate is not (Predicate.Addition or Predicate.Removal);
                    // One string per block, not per claim: a million claims fall in a few thousand blocks.
                    blockOf[i] = blockKeys.GetOrAdd(
                        (claim.Kind, changes[i], concepts[i].Generic == GenericNoun.None ? concepts[i].Head : "*"),
                        static key => string.Join('|', key.Item1.ToString(), key.Item2 ? "change" : "level", key.Item3));
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    var initials = new HashSet<string>(StringComparer.Ordinal);
                    words[k] = ([.. ContextTerms(claim, tokens, names, initials)], names, initials, sentenceNames);
                    periods[i] = AsOfPeriod.Parse(claim.AsOf);
                }
            });

            for (var k = 0; k < size; k++)
            {
                var i = offset + k;
                var (claimWords, claimNames, claimInitials, claimSentenceNames) = words[k];
                var ids = new int[claimWords.Length];
                var names = claimNames.Count == 0 ? [] : new int[claimNames.Count];
                var initial = claimInitials.Count == 0 ? [] : new int[claimInitials.Count];
                var named = 0;
                var initialCount = 0;
                for (var w = 0; w < claimWords.Length; w++)
                {
                    ids[w] = vocabulary.Intern(claimWords[w].Key, claimWords[w].Value);
                    if (ids[w] == frequency.Count)
                    {
                        frequency.Add(0);
                    }

                    frequency[ids[w]]++;
                    if (claimNames.Contains(claimWords[w].Key))
                    {
                        names[named++] = ids[w];
                        knownNames.Add(ids[w]);
                    }
                    else if (claimInitials.Contains(claimWords[w].Key))
                    {
                        initial[initialCount++] = ids[w];
                    }
                }

                initialIds[i] = initialCount == 0 ? [] : initial[..initialCount];

                Array.Sort(ids);
                Array.Sort(names);
                terms[i] = ids;
                nameIds[i] = names;
                var key = (claims[i].DocumentId, claims[i].Sentence);
                if (!sentences.TryGetValue(key, out sentenceIds[i]))
                {
                    sentences[key] = sentenceIds[i] = sentences.Count;
                }

                if (!documentTopics.TryGetValue(claims[i].DocumentId, out var topic))
                {
                    documentTopics[claims[i].DocumentId] = topic = [];
                }

                foreach (var name in claimSentenceNames)
                {
                    topic.Add(TopicId(topicIds, name));
                }

                words[k] = default;
            }
        }

        // A capitalised first word is a name when the corpus writes it capitalised inside a sentence too ("Korvel said ...").
        for (var i = 0; i < n; i++)
        {
            var extra = initialIds[i].Where(knownNames.Contains).ToArray();
            if (extra.Length > 0)
            {
                nameIds[i] = [.. nameIds[i].Concat(extra).Order()];
                var topic = documentTopics[claims[i].DocumentId];
                foreach (var id in extra)
                {
                    topic.Add(TopicId(topicIds, vocabulary.Stem(id)));
                }
            }
        }

        // Normalised inverse document frequency: 1 for a word only one claim has, near 0 for a word all claims have.
        var count = Math.Max(2, n);
        var scale = Math.Log(1 + count);
        var weightOf = frequency.Select(f => Math.Log(1 + ((double)count / f)) / scale).ToArray();
        vocabulary.SetWeights(weightOf);
        var topics = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (document, ids) in documentTopics)
        {
            var title = documents.TryGetValue(document, out var context) ? context.Title : null;
            foreach (var name in TitleNames(title, ids, topicIds))
            {
                ids.Add(name);
            }

            topics[document] = [.. ids.Order()];
        }

        // How many claims count each unit (generic nouns say nothing, so they have no rarity).
        var unitCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            unitCounts[concepts[i].Unit] = unitCounts.GetValueOrDefault(concepts[i].Unit) + 1;
        }

        var profiles = new ClaimProfile[n];
        Parallel.For(0, n, i =>
        {
            var ids = terms[i];
            var total = 0.0;
            foreach (var id in ids)
            {
                total += weightOf[id];
            }

            var published = documents.TryGetValue(claims[i].DocumentId, out var context) ? context.Published : null;
            var about = frames[i].About is { } head ? abouts.GetOrAdd(head, static h => UnitSynonyms.Fold(Stem(h))) : null;
            profiles[i] = new ClaimProfile(claims[i], i, blockOf[i], unitOf[i], ids, total, periods[i], sentenceIds[i], vocabulary)
            {
                Names = nameIds[i],
                Topic = topics.GetValueOrDefault(claims[i].DocumentId, []),
                Concept = concepts[i],
                UnitRarity = concepts[i].Generic == GenericNoun.None ? Math.Log(1 + ((double)count / unitCounts[concepts[i].Unit])) / scale : 0,
                Frame = frames[i],
                About = about,
                IsChange = changes[i],
                Published = published,
                IsHistorical = periods[i] is { } period && published is { } day && period.To < day.AddYears(-settings.HistoryYears),
            };
        });

        return profiles;
    }

    private static int TopicId(Dictionary<string, int> ids, string stem)
    {
        if (!ids.TryGetValue(stem, out var id))
        {
            ids[stem] = id = ids.Count;
        }

        return id;
    }

    /// <summary>
    /// The names a headline adds to its document's topic: capitalised words inside it. A headline in title case
    /// capitalises every word, so then only words the document's sentences also write as names count.
    /// </summary>
    private static IEnumerable<int> TitleNames(string? title, HashSet<int> sentenceNames, Dictionary<string, int> ids)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield break;
        }

        var words = title.Split((char[]?)[' ', ',', ':', ';', '|', '-', '–', '—', '"', '“', '”', '‘', '’', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && char.IsLetter(w[0])).ToList();
        var capitalised = words.Count(w => char.IsUpper(w[0]));
        var titleCase = words.Count > 0 && capitalised * 3 >= words.Count * 2;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (!char.IsUpper(word[0]) || StopWords.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            // The first word is capitalised anyway: a name only if the document writes it as one.
            var stem = Stem(word.ToLowerInvariant());
            if (!titleCase && w > 0)
            {
                yield return TopicId(ids, stem);
            }
            else if (ids.TryGetValue(stem, out var id) && sentenceNames.Contains(id))
            {
                yield return id;
            }
        }
    }

    /// <summary>
    /// Content words within a window around the figure, outside the figure itself: stem → word as written. Words
    /// written with a capital inside the sentence (not its first word, not the speaker's name) are also added to
    /// <paramref name="names"/>: the places, people and organisations the figure is about.
    /// </summary>
    /// <remarks>
    /// Works on the indices of the sentence's word tokens with binary searches, so a figure costs the same in a sentence
    /// of a thousand other figures as in a short one.
    /// </remarks>
    private static Dictionary<string, string> ContextTerms(Claim claim, SentenceTokens sentenceTokens, HashSet<string> names, HashSet<string> initials)
    {
        var (tokens, words) = (sentenceTokens.Tokens, sentenceTokens.Words);
        var sentence = claim.Sentence;
        var offset = claim.Sentence.IndexOf(claim.Text, StringComparison.Ordinal);
        var figureStart = Math.Max(0, offset);
        var figureEnd = offset < 0 ? 0 : offset + claim.Text.Length;
        var figureFirst = FirstIndex(tokens, t => t.End > figureStart);
        var figureLast = FirstIndex(tokens, t => t.Start >= figureEnd) - 1;
        var from = figureFirst >= tokens.Length ? 0 : figureFirst;
        var to = figureLast < 0 ? tokens.Length - 1 : figureLast;

        // ContextWindow words on each side, punctuation and figures not counted; the whole sentence when it has fewer.
        var before = FirstIndex(words, w => w >= from);
        var after = FirstIndex(words, w => w > to);
        var first = before >= ContextWindow ? words[before - ContextWindow] : 0;
        var last = words.Length - after >= ContextWindow ? words[after + ContextWindow - 1] : tokens.Length - 1;
        var firstWord = words.Length == 0 ? -1 : words[0];
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[16];
        for (var w = FirstIndex(words, i => i >= first); w < words.Length && words[w] <= last; w++)
        {
            var token = tokens[words[w]];
            if ((offset >= 0 && token.Start >= figureStart && token.End <= figureEnd) || token.Length < 3)
            {
                continue;
            }

            // Stop words are most of the window: look them up without making a string.
            if (token.Length <= buffer.Length && sentence.AsSpan(token.Start, token.Length).ToLowerInvariant(buffer) == token.Length && StopWordLookup.Contains(buffer[..token.Length]))
            {
                continue;
            }

            var word = sentence.Substring(token.Start, token.Length).ToLowerInvariant();
            var stem = Stem(word);
            terms.TryAdd(stem, word);

            // Who said it is not what it is about: the speaker's name is left out of the names. The first word is
            // capitalised anyway; it is a name only if written so elsewhere (decided once all claims are read).
            if (char.IsUpper(sentence[token.Start]) && (claim.Speaker is not { } speaker || !speaker.Contains(sentence.AsSpan(token.Start, token.Length), StringComparison.Ordinal)))
            {
                (words[w] > firstWord ? names : initials).Add(stem);
            }
        }

        return terms;
    }

    /// <summary>
    /// The names of a whole sentence (capitalised words after its first, stop words and the speaker left out): what the
    /// document is about, beyond the figure's own window.
    /// </summary>
    private static HashSet<string> SentenceNames(string sentence, SentenceTokens sentenceTokens, string? speaker)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var (tokens, words) = (sentenceTokens.Tokens, sentenceTokens.Words);
        for (var w = 1; w < words.Length; w++)
        {
            var token = tokens[words[w]];
            if (token.Length < 3 || !char.IsUpper(sentence[token.Start]) || (speaker is not null && speaker.Contains(sentence.AsSpan(token.Start, token.Length), StringComparison.Ordinal)))
            {
                continue;
            }

            var word = sentence.Substring(token.Start, token.Length).ToLowerInvariant();
            if (!StopWords.Contains(word))
            {
                names.Add(Stem(word));
            }
        }

        return names;
    }

    /// <summary>The first index whose item satisfies a condition that, once true, stays true (items in text order); the length when none does.</summary>
    private static int FirstIndex<T>(T[] items, Func<T, bool> condition)
    {
        var (low, high) = (0, items.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (condition(items[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>A light suffix stripper: enough to make <c>produces</c>, <c>produced</c> and <c>producing</c> one term.</summary>
    internal static string Stem(string word)
    {
        word = word.Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal).Replace("\"s", string.Empty, StringComparison.Ordinal);
        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                return suffix is "ies" or "ied" ? stem + "y" : stem;
            }
        }

        return word;
    }

    /// <summary>Lower case, letters and digits only, single spaces: copies of a passage compare equal after this.</summary>
    internal static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A sentence's tokens and the indices of its word tokens, shared by the claims of the sentence.</summary>
    private sealed record SentenceTokens(Token[] Tokens, int[] Words);
}
