using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using ClaimCheck.Consistency;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Support;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// No hangs: every regular expression of ClaimCheck runs in linear time, and inputs built to make a parser or a
/// matcher work with the square of their length (100,000 digits, <c>1,1,1,...</c>, <c>more than more than ...</c>)
/// go through extraction, analysis and every report in bounded time.
/// </summary>
public sealed class LinearTimeTests(ITestOutputHelper output)
{
    /// <summary>
    /// Far above what these inputs take (a few seconds each on a laptop), far below a hang: the quadratic code these
    /// tests caught took minutes on the same inputs.
    /// </summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> Adversarial => new()
    {
        { "100k digits", "The count was " + new string('7', 100_000) + " items." },
        { "100k digits with separators", "The count was " + string.Join(",", Enumerable.Repeat("999", 30_000)) + " items." },
        { "1,1,1,...", string.Join(",", Enumerable.Repeat("1", 40_000)) },
        { "1, 1, 1, ...", string.Join(", ", Enumerable.Repeat("1", 30_000)) },
        { "more than more than ...", string.Concat(Enumerable.Repeat("more than ", 20_000)) + "5 plants." },
        { "between 1 and between 1 and ...", string.Concat(Enumerable.Repeat("between 1 and ", 10_000)) + "5 plants." },
        { "tens of tens of ...", string.Concat(Enumerable.Repeat("tens of ", 20_000)) + "people." },
        { "one hundred and one hundred and ...", string.Concat(Enumerable.Repeat("one hundred and ", 10_000)) + "five plants." },
        { "$$$...", new string('$', 100_000) + "5" },
        { "a 100k-letter unit", "5 " + new string('a', 100_000) + "s were seen." },
        { "5-5-5-...", string.Join("-", Enumerable.Repeat("5", 50_000)) },
        { "10^400 and 1e400", string.Concat(Enumerable.Repeat("10^400 states and 1e400 more, ", 5_000)) },
        { "\"5 \"5 \"5 ...", string.Concat(Enumerable.Repeat("\"5 ", 30_000)) },
        { "5% 5% 5% ...", string.Concat(Enumerable.Repeat("5% ", 30_000)) },
        { "lines of figures", string.Concat(Enumerable.Repeat("5 plants\n", 20_000)) },
        { "<div><div>...", string.Concat(Enumerable.Repeat("<div>", 50_000)) + "5 plants" },
    };

    [Fact]
    public void Every_regular_expression_is_non_backtracking_or_has_a_match_timeout()
    {
        var regexes = new List<(string Name, Regex Regex)>();
        foreach (var type in new[] { typeof(Claims).Assembly, typeof(ClaimCheck.Cli.CliApp).Assembly }.SelectMany(a => a.GetTypes()).Where(t => !t.Name.Contains('<', StringComparison.Ordinal)))
        {
            const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.IsGenericMethod))
            {
                regexes.Add(($"{type.Name}.{method.Name}", (Regex)method.Invoke(null, null)!));
            }

            foreach (var field in type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)))
            {
                regexes.Add(($"{type.Name}.{field.Name}", (Regex)field.GetValue(null)!));
            }

            foreach (var property in type.GetProperties(Static).Where(p => p.PropertyType == typeof(Regex) && p.GetIndexParameters().Length == 0))
            {
                regexes.Add(($"{type.Name}.{property.Name}", (Regex)property.GetValue(null)!));
            }
        }

        Assert.NotEmpty(regexes);
        output.WriteLine($"{regexes.Count} regular expressions: {string.Join(", ", regexes.Select(r => r.Name))}");
        Assert.All(regexes, r => Assert.True(
            r.Regex.Options.HasFlag(RegexOptions.NonBacktracking) || r.Regex.MatchTimeout != Regex.InfiniteMatchTimeout,
            $"{r.Name} can backtrack without bound: give it RegexOptions.NonBacktracking (or a match timeout and a test of the bound)."));
    }

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_text_is_extracted_in_bounded_time_and_claims_stay_inside_it(string name, string text)
    {
        var clock = Stopwatch.StartNew();
        var claims = Claims.Extract(text);
        output.WriteLine($"{name}: {text.Length:N0} characters, {claims.Count:N0} claims in {clock.ElapsedMilliseconds:N0} ms");
        Assert.True(clock.Elapsed < Budget, $"{name} took {clock.Elapsed}");
        Assert.All(claims, c => Assert.Equal(c.Text, text[c.Start..c.End]));
    }

    [Fact]
    public void A_corpus_of_adversarial_files_goes_through_analysis_and_every_report_in_bounded_time()
    {
        using var corpus = new TempCorpus();
        var i = 0;
        foreach (var row in Adversarial)
        {
            var text = (string)row[1];
            // 20,000 characters each: about 30,000 figures in all, where a quadratic path takes minutes, while the
            // reports (every figure with its sentence: 200 MB) stay far inside the budget on a loaded machine.
            corpus.Write($"{i++:D2}.{(text.StartsWith('<') ? "html" : "txt")}", text[^Math.Min(text.Length, 20_000)..]);
        }

        var clock = Stopwatch.StartNew();
        var (_, analysis, diagnostics) = ClaimAnalysis.Analyze([corpus.Root]);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity)); // the nested page is read as text
        var analyzed = clock.Elapsed;
        ReportWriter.WriteAll(analysis, corpus.PathOf("reports"));
        output.WriteLine($"{analysis.Documents.Count} documents, {analysis.Claims.Count:N0} claims, {analysis.Groups.Count:N0} groups: analysed in {analyzed.TotalMilliseconds:N0} ms, reports in {(clock.Elapsed - analyzed).TotalMilliseconds:N0} ms");
        Assert.Equal(Adversarial.Count, analysis.Documents.Count);
        Assert.True(clock.Elapsed < Budget, $"analysis and reports took {clock.Elapsed}");
    }

    [Fact]
    public void A_sentence_of_a_thousand_figures_costs_each_figure_little()
    {
        // Before, every figure re-read its whole sentence (and every claim of its document) in analysis and reports.
        var text = string.Join(",", Enumerable.Repeat("1", 20_000));
        var document = Document.FromText("ones", text);
        var claims = ClaimExtractor.Default.Extract(document);
        var clock = Stopwatch.StartNew();
        var analysis = CorpusAnalyzer.Analyze([document], claims);
        using var html = new StringWriter();
        HtmlReport.Write(analysis, html);
        output.WriteLine($"{claims.Count:N0} claims of one line: analysis and report.html in {clock.ElapsedMilliseconds:N0} ms");
        Assert.Equal(claims.Count, analysis.Groups.Sum(g => g.ClaimIds.Count));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}
