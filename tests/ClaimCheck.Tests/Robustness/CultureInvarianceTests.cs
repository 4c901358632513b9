using System.Globalization;
using System.Text;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Same answer everywhere: the whole pipeline (load, extract, analyse, every report, baseline, check, review and diff)
/// run in-process under tr-TR (dotted and dotless i) and de-DE (decimal comma, '.' between thousands) gives output
/// byte-identical to the invariant culture's, on the seed corpus and on a corpus written to trip culture-sensitive code.
/// </summary>
public sealed class CultureInvarianceTests
{
    private static readonly string[] Cultures = ["tr-TR", "de-DE"];

    // Capital I and dotted İ, a Turkish title, decimal points and thousands separators, dates, a money figure and a copy.
    private static readonly (string Name, string Text)[] TrapDocuments =
    [
        ("istanbul.md", "---\ntitle: İSTANBUL İHRACAT RAKAMLARI\nsource: Istanbul Daily\nurl: https://example.org/İstanbul?q=ı\npublished: 2024-01-15\n---\n# INDUSTRY IN ISTANBUL\n\nISTANBUL exported 1,234.5 million dollars of IRON in 2023, up 12.5% from 2022. The city has 15.6 million inhabitants and 1,000 FACTORIES.\n\nInvestment reached $2.5 billion, officials said on 15 January 2024.\n"),
        ("izmir.txt", "İzmir industry grows\n\n15 January 2024 10:00\n\nIzmir exported 980.25 million dollars of iron in 2023, up 11.4% from 2022. The city has about 4.4 million inhabitants and more than 1,000 factories.\n\nISTANBUL exported 1,234.5 million dollars of IRON in 2023, up 12.5% from 2022.\n"),
        ("data.jsonl", "{\"id\": \"DIŞ-1\", \"text\": \"Exports rose 7.25 percent to 3,141.59 tonnes in 2021.\", \"title\": \"Dış ticaret\", \"published\": \"2022-03-04\"}\n{\"id\": \"dış-2\", \"text\": \"Exports rose 6.5 percent to 2,718.28 tonnes in 2021.\", \"published\": \"2022-03-05\"}\n"),
    ];

    [Fact]
    public void Every_output_of_the_seed_corpus_is_byte_identical_under_turkish_and_german_cultures() =>
        AssertSameEverywhere(folder => CopyFolder(RepoRoot.CorpusFolder, folder));

    [Fact]
    public void Every_output_of_a_culture_trap_corpus_is_byte_identical_under_turkish_and_german_cultures() =>
        AssertSameEverywhere(folder =>
        {
            foreach (var (name, text) in TrapDocuments)
            {
                File.WriteAllText(Path.Join(folder, name), text, new UTF8Encoding(false));
            }
        });

    /// <summary>
    /// CI runs the whole suite again with <c>LC_ALL=tr_TR.UTF-8</c> and <c>de_DE.UTF-8</c>; this proves those runs really are
    /// Turkish and German (not silently invariant, as they would be with globalization-invariant mode on).
    /// </summary>
    [Fact]
    public void A_run_under_a_locale_environment_really_has_that_culture()
    {
        var locale = Environment.GetEnvironmentVariable("LC_ALL") ?? string.Empty;
        if (locale.StartsWith("tr_TR", StringComparison.Ordinal))
        {
            Assert.Equal(("tr-TR", "İ", "1,5"), (CultureInfo.CurrentCulture.Name, "i".ToUpper(CultureInfo.CurrentCulture), 1.5.ToString(CultureInfo.CurrentCulture)));
        }
        else if (locale.StartsWith("de_DE", StringComparison.Ordinal))
        {
            Assert.Equal(("de-DE", "1.000,5"), (CultureInfo.CurrentCulture.Name, 1000.5.ToString("N1", CultureInfo.CurrentCulture)));
        }

        using (new CultureScope("tr-TR"))
        {
            Assert.Equal("İ", "i".ToUpper(CultureInfo.CurrentCulture)); // ICU data is there: the culture is real, not invariant
        }
    }

    private static void AssertSameEverywhere(Action<string> writeCorpus)
    {
        var expected = RunEverything(string.Empty, writeCorpus);
        Assert.NotEmpty(expected);
        foreach (var culture in Cultures)
        {
            var actual = RunEverything(culture, writeCorpus);
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (name, bytes) in expected)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"{name} differs under {culture}: {FirstDifference(bytes, actual[name])}");
            }
        }
    }

    /// <summary>Every output of every command, by name, run under <paramref name="culture"/> on a fresh copy of the corpus.</summary>
    private static Dictionary<string, byte[]> RunEverything(string culture, Action<string> writeCorpus)
    {
        using var work = new TempCorpus();
        var corpus = work.PathOf("corpus");
        Directory.CreateDirectory(corpus);
        writeCorpus(corpus);
        var outputs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var root = work.Root;

        // The CLI names files relative to the working directory: when the checkout and the temporary folder share a
        // parent (both under /tmp), that relative form does not contain the absolute one, so both are replaced.
        var relativeRoot = Path.GetRelativePath(Environment.CurrentDirectory, root);
        string Normalised(string text) => text.Replace(relativeRoot, "ROOT", StringComparison.Ordinal).Replace(root, "ROOT", StringComparison.Ordinal);

        void Run(string name, params string[] args)
        {
            var (exit, stdout, stderr) = CliRunner.Run(args);
            Assert.True(exit is 0 or 1, $"{string.Join(' ', args)} exited {exit}: {stderr}");
            outputs[name + ".stdout"] = Encoding.UTF8.GetBytes(Normalised(stdout));
            outputs[name + ".stderr"] = Encoding.UTF8.GetBytes(Normalised(stderr));
        }

        void Keep(string name, string path) => outputs[name] = File.ReadAllBytes(path);

        using (new CultureScope(culture))
        {
            Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
            Run("extract-json", "extract", corpus, "--format", "json");
            Run("extract-table", "extract", corpus);
            Run("analyze", "analyze", corpus, "--out", work.PathOf("reports"), "--baseline-out", work.PathOf("baseline.json"));
            foreach (var file in Directory.GetFiles(work.PathOf("reports")).Order(StringComparer.Ordinal))
            {
                Keep(Path.GetFileName(file), file);
            }

            Keep("baseline.json", work.PathOf("baseline.json"));
            var groups = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(work.PathOf("reports/analysis.json"))).RootElement.GetProperty("groups");
            if (groups.GetArrayLength() > 0)
            {
                var group = groups[0].GetProperty("id").GetString()!;
                Run("review", "review", corpus, "--accept", group, "--note", "İyi: 1.5 ≠ 1,5", "--reviewer", "Işıl");
                var reviews = Path.Join(corpus, "reviews.yaml");
                outputs["reviews.yaml"] = Encoding.UTF8.GetBytes(DateLine().Replace(File.ReadAllText(reviews), "date: DATE"));
            }

            // A changed figure, then check in every format, and diff of the changed file in every format.
            var first = Directory.GetFiles(corpus).Where(f => !f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
            var before = File.ReadAllText(first);
            File.WriteAllText(work.PathOf("old" + Path.GetExtension(first)), before, new UTF8Encoding(false));
            File.WriteAllText(first, ChangeFirstFigure(before), new UTF8Encoding(false));
            foreach (var format in new[] { "text", "github", "junit", "sarif" })
            {
                Run("check-" + format, "check", corpus, "--baseline", work.PathOf("baseline.json"), "--format", format);
            }

            if (!first.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                foreach (var format in new[] { "terminal", "md", "html", "json" })
                {
                    Run("diff-" + format, "diff", work.PathOf("old" + Path.GetExtension(first)), first, "--format", format);
                }
            }
        }

        return outputs;
    }

    private static System.Text.RegularExpressions.Regex DateLine() => new(@"date: ""?\d{4}-\d{2}-\d{2}""?", System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    /// <summary>The text with its first multi-digit figure changed (one digit up), for check and diff to have something to find.</summary>
    private static string ChangeFirstFigure(string text)
    {
        var digits = text.Select((c, i) => (c, i)).Where(p => char.IsAsciiDigit(p.c)).Select(p => p.i).ToList();
        var at = digits.FirstOrDefault(i => i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && text[i - 1] == ' ', -1);
        return at < 0 ? text + "\n\nThe plant employs 7 people.\n" : text[..at] + (char)('0' + ((text[at] - '0' + 1) % 10 == 0 ? 1 : (text[at] - '0' + 1) % 10)) + text[(at + 1)..];
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Join(to, Path.GetFileName(file)));
        }
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var (e, a) = (Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        string Around(string s) => s.Substring(Math.Max(0, i - 60), Math.Min(s.Length - Math.Max(0, i - 60), 120));
        return i == e.Length && i == a.Length ? "none" : $"at {i}: expected `{Around(e)}` but got `{Around(a)}`";
    }
}
