using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Cli;
using ClaimCheck.Tests.Support;
using Spectre.Console.Testing;

namespace ClaimCheck.Tests.Golden;

/// <summary>
/// Figures as people write them in everything people read: the Markdown report, the text the HTML report shows, the
/// terminal summary and <c>review</c> (its listing and its walk-through). Checked on the seed corpus, and on a made-up
/// corpus of discrepancies whose reasons would show raw bounds if any output still wrote them. Raw bounds stay in
/// analysis.json, for machines.
/// </summary>
public sealed partial class FiguresForPeopleTests
{
    private const string Planet = """
        ---
        title: Budget news
        source: Daily Planet
        date: 2023-03-01
        ---
        The city will spend 120 million euros on the new bridge, the mayor said on Monday.
        Unemployment stood at 12.5% in the region.
        The airport handled 412,000 passengers in 2022.
        The new road is more than 290 km long.
        The country's debt reached $1.8 trillion.
        The ministry will hire between 90 and 100 new inspectors this year.
        The harbour has nearly 300 berths for yachts.
        """;

    private const string Star = """
        ---
        title: Bridge costs
        source: Evening Star
        date: 2023-03-02
        ---
        The city will spend about 95 million euros on the new bridge, the mayor said on Monday.
        Unemployment stood at 9.1% in the region.
        The airport handled 360,000 passengers in 2022.
        The new road is about 300 kilometres long.
        The country's debt reached $1.6 trillion.
        The ministry will hire up to 40 new inspectors this year.
        The harbour has 450 berths for yachts.
        """;

    [Theory]
    [InlineData("seed")]
    [InlineData("made-up")]
    public void No_output_for_people_shows_raw_bounds_or_long_decimals(string corpus)
    {
        using var temp = new TempCorpus();
        var outputs = Outputs.Of(corpus == "seed" ? Seed(temp) : MadeUp(temp), temp.PathOf("out"));
        foreach (var (name, text) in outputs.ForPeople)
        {
            var raw = RawFigures.In(text);
            Assert.True(raw.Count == 0, $"{name} shows raw figures: {string.Join(" | ", raw)}");
        }
    }

    [Fact]
    public void A_discrepancy_reads_the_same_in_every_output_and_keeps_its_bounds_in_analysis_json()
    {
        using var temp = new TempCorpus();
        var outputs = Outputs.Of(MadeUp(temp), temp.PathOf("out"));
        const string Euros = "\"120 million euros\" (Daily Planet, 2023-03-01) means 120 million euros (exact) but \"about 95 million euros\" (Evening Star, 2023-03-02) "
            + "means about 95 million euros (85–105 million): both cannot be true at the same time.";
        foreach (var (name, text) in outputs.ForPeople.Where(o => o.Name != "terminal"))
        {
            Assert.True(text.Contains(Euros, StringComparison.Ordinal), $"{name} does not say: {Euros}");
        }

        // The terminal summary shows the first discrepancy, cut to its table's width.
        Assert.Contains("means 12.5% (exact) but", outputs.Terminal, StringComparison.Ordinal);
        Assert.Contains("(both allow 290–330 kilometres)", outputs.Markdown, StringComparison.Ordinal);
        Assert.Contains("means between 90 and 100 new inspectors but", outputs.Markdown, StringComparison.Ordinal);
        Assert.Contains("means 12.5% (exact) but", outputs.Markdown, StringComparison.Ordinal);

        // The HTML timeline labels its axis with the report's own words for the figures.
        Assert.Contains("1.8 trillion", outputs.HtmlText, StringComparison.Ordinal);

        Assert.Contains("\"interval\": \"[119500000, 120500000]\"", outputs.AnalysisJson, StringComparison.Ordinal);
        Assert.Contains("\"interval\": \"[85500000, 104500000]\"", outputs.AnalysisJson, StringComparison.Ordinal);
    }

    private static string MadeUp(TempCorpus temp)
    {
        temp.Write("corpus/planet.md", Planet + "\n");
        temp.Write("corpus/star.md", Star + "\n");
        return temp.PathOf("corpus");
    }

    /// <summary>A copy of the seed corpus, so that nothing a run may leave (a cache, a decisions file) lands in the repository.</summary>
    private static string Seed(TempCorpus temp)
    {
        foreach (var file in Directory.GetFiles(RepoRoot.CorpusFolder))
        {
            temp.WriteBytes(Path.Join("corpus", Path.GetFileName(file)), File.ReadAllBytes(file));
        }

        return temp.PathOf("corpus");
    }

    /// <summary>The text of <c>report.html</c> a reader can see: the page's own text, and every text its script shows from the data island.</summary>
    private static string HtmlText(string html)
    {
        const string Open = "<script type=\"application/json\" id=\"data\">";
        var start = html.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
        var island = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        var page = WebUtility.HtmlDecode(Tags().Replace(Code().Replace(html, " "), " "));
        using var data = JsonDocument.Parse(island);
        return page + "\n" + string.Join('\n', Strings(data.RootElement, null));
    }

    /// <summary>Every string of the data island but addresses, which the page links but does not show.</summary>
    private static IEnumerable<string> Strings(JsonElement element, string? name) => element.ValueKind switch
    {
        JsonValueKind.String when name != "url" => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value, p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Strings(e, name)),
        _ => [],
    };

    [GeneratedRegex(@"<(script|style)\b[\s\S]*?</\1>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Code();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(\d+) group\(s\) to review", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ToReview();

    private sealed record Outputs(string Markdown, string HtmlText, string Terminal, string ReviewList, string Walkthrough, string AnalysisJson)
    {
        public IEnumerable<(string Name, string Text)> ForPeople =>
            [("report.md", Markdown), ("report.html", HtmlText), ("terminal", Terminal), ("review", ReviewList), ("review walk-through", Walkthrough)];

        public static Outputs Of(string corpus, string output)
        {
            var (exit, terminal, stderr) = CliRunner.Run("analyze", corpus, "--out", output, "--no-cache", "--format", "md,html,json");
            Assert.True(exit == 0, stderr);
            var (listed, list, listError) = CliRunner.Run("review", corpus);
            Assert.True(listed == 0, listError);

            // The walk-through, skipping every group: "Skip" is the fifth choice.
            var open = int.Parse(ToReview().Match(list).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var console = new TestConsole().Width(1000).Interactive();
            for (var i = 0; i < open; i++)
            {
                for (var down = 0; down < 4; down++)
                {
                    console.Input.PushKey(ConsoleKey.DownArrow);
                }

                console.Input.PushKey(ConsoleKey.Enter);
            }

            var io = new CliIo(new StringReader(string.Empty), new StringWriter(), new StringWriter()) { Prompter = console };
            Assert.Equal(0, CliApp.Run(["review", corpus], io));
            return new Outputs(
                File.ReadAllText(Path.Join(output, "report.md")),
                FiguresForPeopleTests.HtmlText(File.ReadAllText(Path.Join(output, "report.html"))),
                terminal,
                list,
                console.Output,
                File.ReadAllText(Path.Join(output, "analysis.json")));
        }
    }
}
