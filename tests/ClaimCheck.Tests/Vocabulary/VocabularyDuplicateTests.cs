using System.Text.RegularExpressions;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Vocabulary;

/// <summary>
/// Every word list of the extractor is written once per entry. Frozen sets and the qualifier lexicon drop repeats
/// silently, so a repeated entry is invisible at run time and only confuses whoever edits the list next (which of the two
/// is the real one?); this reads the lists in the source, as they are written.
/// </summary>
public sealed partial class VocabularyDuplicateTests
{
    private static readonly string[] ListStarts = ["FrozenSet.Create(", "Sort(", "new Dictionary<string, "];

    [Fact]
    public void No_word_list_in_the_library_names_an_entry_twice()
    {
        var source = Path.Join(RepoRoot.Path, "src", "ClaimCheck");
        var repeats = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (var list in Lists(text))
            {
                var comparer = list.Contains("OrdinalIgnoreCase", StringComparison.Ordinal) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                var entries = list.StartsWith("new Dictionary", StringComparison.Ordinal)
                    ? KeyPattern().Matches(list).Select(m => m.Groups[1].Value)
                    : LiteralPattern().Matches(list).Select(m => m.Groups[1].Value);
                foreach (var repeated in entries.GroupBy(e => e, comparer).Where(g => g.Count() > 1))
                {
                    repeats.Add($"{Path.GetRelativePath(source, file)}: \"{repeated.Key}\" {repeated.Count()} times");
                }
            }
        }

        Assert.True(repeats.Count == 0, "repeated entries:\n" + string.Join('\n', repeats));
    }

    [Fact]
    public void The_check_finds_a_repeat_in_a_list_written_like_the_librarys()
    {
        const string Sample = """
            private static readonly FrozenSet<string> Lead = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "The");
            private static readonly FrozenSet<string> Other = FrozenSet.Create(StringComparer.Ordinal, "m", "M");
            """;
        var lists = Lists(Sample).ToList();
        Assert.Equal(2, lists.Count);
        Assert.Equal(3, LiteralPattern().Count(lists[0]));
    }

    /// <summary>The text of each list: from its opening to the bracket that closes it, brackets in strings not counted.</summary>
    private static IEnumerable<string> Lists(string text)
    {
        foreach (var start in ListStarts)
        {
            for (var at = text.IndexOf(start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(start, at + 1, StringComparison.Ordinal))
            {
                var open = start.EndsWith('(') ? at + start.Length - 1 : text.IndexOf('{', at);
                if (open < 0)
                {
                    continue;
                }

                var close = Closing(text, open);
                if (close > open)
                {
                    yield return text[at..(close + 1)];
                }
            }
        }
    }

    private static int Closing(string text, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c is '(' or '{' or '[')
            {
                depth++;
            }
            else if (c is ')' or '}' or ']' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LiteralPattern();

    [GeneratedRegex("\\[\"((?:[^\"\\\\]|\\\\.)*)\"\\]\\s*=", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyPattern();
}
