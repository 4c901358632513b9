using System.Diagnostics;
using ClaimCheck.Consistency;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// Opens <c>report.html</c> in a real headless Chromium (file://, as a reader would) and uses it: the page loads with no
/// console error, the verdict filter and the search box filter the cards, injected corpus text never runs, and a large
/// report renders one page of cards at a time. Screenshots are left in <see cref="BrowserFixture.ScreenshotFolder"/>.
/// </summary>
public sealed class HtmlReportBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "claimcheck-browser-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [ChromiumFact]
    public async Task The_sample_report_loads_filters_by_verdict_and_searches()
    {
        await using var session = await OpenAsync(AnalysisFixture.Sample(), "sample");
        var page = session.Page;
        Assert.Equal("4 documents, 11 claims, 4 groups: 1 agreement, 1 change, 1 discrepancy, 1 single-source", await page.TextContentAsync("#summary"));
        Assert.Equal(["discrepancy", "change", "agreement"], await Verdicts(page));
        Assert.Equal("Showing 3 of 3 groups; 1 single-source figure in the table below.", await page.TextContentAsync("#status"));

        // The single-source figure is a row of a folded table, not a card.
        Assert.False(await page.EvaluateAsync<bool>("() => document.getElementById('singles').open"));
        Assert.Equal("1 figure stated by one source only", await page.TextContentAsync("#singles-summary"));
        Assert.Equal(1, await page.Locator("#singles-rows tr").CountAsync());

        // Every quantity is highlighted in its sentence, every card with figures has a timeline, every link is http(s).
        var marks = await page.Locator("article.card mark").AllTextContentsAsync();
        Assert.Contains("more than 1,000 types of military products", marks);
        Assert.Contains("between 30 and 35 countries", marks);
        Assert.Equal(3, await page.Locator("article.card svg.timeline").CountAsync());
        var meta = await page.Locator("article.card .meta").AllTextContentsAsync();
        Assert.Contains(meta, m => m.Contains("AzerNews · published 2023-09-29 · 2023-09-29.txt", StringComparison.Ordinal));
        Assert.Equal(["g-military-products", "g-countries", "g-war-days"], await page.Locator("article.card code.group-id").AllTextContentsAsync());
        var hrefs = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]'), a => a.href)");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.Matches("^https?://", h));
        await ScreenshotAsync(page, "report-sample.png");

        // Filter by verdict: only discrepancies.
        foreach (var other in new[] { "change", "agreement", "single" })
        {
            await page.Locator($"input[name=verdict][value={other}]").UncheckAsync();
        }

        Assert.Equal(["discrepancy"], await Verdicts(page));
        Assert.Equal("Showing 1 of 1 group (of 3 in all).", await page.TextContentAsync("#status"));
        Assert.False(await page.Locator("#singles").IsVisibleAsync());
        await page.Locator("input[name=verdict][value=single]").CheckAsync();
        Assert.Equal(["discrepancy"], await Verdicts(page));
        Assert.True(await page.Locator("#singles").IsVisibleAsync());

        // Search as you type, across sources, speakers and sentences; all verdicts back on.
        foreach (var other in new[] { "change", "agreement" })
        {
            await page.Locator($"input[name=verdict][value={other}]").CheckAsync();
        }

        await page.GetByLabel("Search").PressSequentiallyAsync("finance minister");
        await Expect(page, "No group matches the filter; 1 single-source figure in the table below.");
        Assert.Empty(await Verdicts(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('singles').open"), "a search that finds only single-source figures opens their table");
        await page.GetByLabel("Search").FillAsync("caliber.az");
        await Expect(page, "Showing 3 of 3 groups.");
        Assert.Equal(["discrepancy", "change", "agreement"], await Verdicts(page));
        await page.GetByLabel("Search").FillAsync("no such words");
        await Expect(page, "No group matches the filter.");
        Assert.Empty(await Verdicts(page));

        Assert.Empty(session.Errors);
    }

    [ChromiumFact]
    public async Task Search_finds_a_figure_however_its_thousands_are_written()
    {
        await using var session = await OpenAsync(AnalysisFixture.Sample(), "numbers");
        var page = session.Page;

        // The sample writes "more than 1,000 types of military products".
        foreach (var query in new[] { "1000", "1,000", "1 000", "\"1000 types\"", "1\u00a0000 military" })
        {
            await SearchAsync(page, query, "Showing 1 of 1 group (of 3 in all).");
            Assert.Equal(["discrepancy"], await Verdicts(page));
        }

        // Words in any order: "more than 30 countries" is found by its words.
        await SearchAsync(page, "countries 30 more", "Showing 1 of 1 group (of 3 in all).");
        Assert.Equal(["change"], await Verdicts(page));

        await page.GetByLabel("Search").FillAsync("10000");
        await Expect(page, "No group matches the filter.");
        Assert.Empty(session.Errors);
    }

    [ChromiumFact]
    public async Task The_committed_seed_report_puts_the_compared_figures_first_and_folds_the_single_source_ones()
    {
        var file = Path.Join(RepoRoot.Path, "reports", ReportWriter.HtmlFile);
        await using var session = await BrowserPage.OpenAsync(fixture, file);
        var page = session.Page;
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent !== ''");
        var verdicts = await Verdicts(page);
        Assert.NotEmpty(verdicts);
        Assert.DoesNotContain("single", verdicts);
        Assert.Equal(verdicts.OrderBy(v => Array.IndexOf(["discrepancy", "change", "agreement"], v)), verdicts);
        Assert.False(await page.EvaluateAsync<bool>("() => document.getElementById('singles').open"));
        Assert.True(await page.Locator("#singles-rows tr").CountAsync() > 0);
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        output.WriteLine($"seed report: {verdicts.Length} cards, page {height} px tall");
        await ScreenshotAsync(page, "report-seeds.png");
        Assert.Empty(session.Errors);
    }

    [ChromiumFact]
    public async Task The_filter_and_the_search_are_kept_in_the_address_so_a_view_can_be_shared()
    {
        await using var session = await OpenAsync(AnalysisFixture.Sample(), "address");
        var page = session.Page;
        await page.Locator("input[name=verdict][value=agreement]").UncheckAsync();
        await page.Locator("input[name=verdict][value=single]").UncheckAsync();
        await page.GetByLabel("Search").FillAsync("1,000 types");
        await Expect(page, "Showing 1 of 1 group (of 3 in all).");
        var shared = page.Url;
        Assert.Contains("#verdict=discrepancy%2Cchange&q=1%2C000+types", shared, StringComparison.Ordinal);

        // Opened afresh from the address, the page shows the same view.
        await using var other = await BrowserPage.OpenAsync(fixture, shared);
        await other.Page.WaitForFunctionAsync("() => document.getElementById('status').textContent !== ''");
        Assert.Equal("Showing 1 of 1 group (of 3 in all).", await other.Page.TextContentAsync("#status"));
        Assert.Equal("1,000 types", await other.Page.GetByLabel("Search").InputValueAsync());
        var boxes = await other.Page.Locator("input[name=verdict]").EvaluateAllAsync<bool[]>("boxes => boxes.map(b => b.checked)");
        Assert.Equal<bool>([true, true, false, false], boxes);

        // Clearing the filter clears the address; an address changed by hand applies at once.
        await page.GetByLabel("Search").FillAsync(string.Empty);
        await page.Locator("input[name=verdict][value=agreement]").CheckAsync();
        await page.Locator("input[name=verdict][value=single]").CheckAsync();
        await Expect(page, "Showing 3 of 3 groups; 1 single-source figure in the table below.");
        Assert.DoesNotContain("#", page.Url, StringComparison.Ordinal);
        await page.EvaluateAsync("() => { location.hash = 'verdict=change'; }");
        await Expect(page, "Showing 1 of 1 group (of 3 in all).");
        Assert.Equal(["change"], await Verdicts(page));
        Assert.Empty(session.Errors);
        Assert.Empty(other.Errors);
    }

    [ChromiumFact]
    public async Task The_seed_report_shows_its_figures_as_people_write_them()
    {
        var (_, result, _) = ClaimAnalysis.Analyze([RepoRoot.CorpusFolder]);
        await using var session = await OpenAsync(result, "seed");
        var page = session.Page;

        // Every card and every sentence, as printing shows them; then all the text a reader sees, the charts' labels too.
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        var text = await page.EvaluateAsync<string>("() => document.body.innerText + '\\n' + Array.from(document.querySelectorAll('svg text'), t => t.textContent).join('\\n')");
        var raw = RawFigures.In(text);
        Assert.True(raw.Count == 0, "raw figures on the page: " + string.Join(" | ", raw));

        // Axes are labelled in words from C# ("1 billion"), never the script's compact "1B" or "10K".
        var axes = await page.Locator("svg.timeline text").AllTextContentsAsync();
        Assert.NotEmpty(axes);
        Assert.DoesNotContain(axes, a => System.Text.RegularExpressions.Regex.IsMatch(a, @"^\d+(\.\d+)?[KMBT]$"));
        Assert.Empty(session.Errors);
    }

    /// <summary>Searches from an empty result, so the status seen is this search's, not the last one's.</summary>
    private static async Task SearchAsync(IPage page, string query, string status)
    {
        await page.GetByLabel("Search").FillAsync("no such words");
        await Expect(page, "No group matches the filter.");
        await page.GetByLabel("Search").FillAsync(query);
        await Expect(page, status);
    }

    [ChromiumFact]
    public async Task Injected_corpus_text_never_runs_and_never_links()
    {
        await using var session = await OpenAsync(AnalysisFixture.Hostile(), "hostile");
        var page = session.Page;
        Assert.Equal(1, await page.Locator("article.card").CountAsync());
        Assert.Equal(1, await page.Locator("#singles-rows tr").CountAsync());
        await page.Locator("#singles summary").ClickAsync();

        // The payloads show as text...
        Assert.Equal("</script><script>window.__pwned=1</script> rockets", await page.TextContentAsync("#group-0-title"));
        var body = await page.TextContentAsync(".page");
        Assert.Contains("[click](javascript:window.__pwned=1)", body, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__pwned=1\">", body, StringComparison.Ordinal);

        // ...and run nowhere: hover everything, search, print; nothing ran, no element or handler was injected.
        await session.HoverEverythingAsync();

        await page.GetByLabel("Search").FillAsync("pwned");
        await Expect(page, "Showing 1 of 1 group; 1 single-source figure in the table below.");
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), "an injected script ran");
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => document.querySelectorAll('img, iframe, object, embed, [onmouseover], [onerror], [onload], a[href^=\"javascript:\" i], a[href^=\"data:\" i]').length"));
        Assert.Equal(2, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("a[href]").CountAsync());
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).display"));
        await ScreenshotAsync(page, "report-hostile.png");
        Assert.Empty(session.Errors);
    }

    [ChromiumFact]
    public async Task An_overridden_card_explains_the_analysts_verdict_and_labels_the_conflicts_as_the_machines()
    {
        var analysis = Consistency.Analyze.Corpus(
            ("a", "2021-03-01", "The minister said the state operates more than 40 defence plants across the country."),
            ("b", "2021-03-01", "The minister said the state operates up to 30 defence plants across the country."));
        var group = Assert.Single(analysis.Groups);
        Assert.Equal(Verdict.Discrepancy, group.Verdict);
        var decision = new ClaimCheck.Review.ReviewDecision(ReviewAction.Override, group.Id, [], Verdict.Change, "Counted before and after the merger.", "leyla", "2026-11-23");
        var reviewed = ClaimCheck.Review.ReviewApplier.ApplyVerdicts(analysis, [decision], "reviews.yaml", []);

        await using var session = await OpenAsync(reviewed, "overridden");
        var page = session.Page;
        Assert.Equal(["change"], await Verdicts(page));
        Assert.Equal(
            "Analyst's verdict: change over time — Counted before and after the merger. ClaimCheck had found: discrepancy.",
            await page.TextContentAsync("article.card p.explanation"));
        Assert.Equal("Reviewed by leyla on 2026-11-23: overridden to change.", await page.TextContentAsync("article.card p.review"));
        Assert.Equal("ClaimCheck had found", await page.TextContentAsync("article.card .conflicts h3"));
        Assert.Empty(session.Errors);
    }

    [ChromiumFact]
    public async Task Printing_hides_the_controls_and_shows_every_group()
    {
        await using var session = await OpenAsync(AnalysisFixture.Large(120), "print");
        var page = session.Page;
        Assert.Equal(50, await page.Locator("article.card").CountAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        Assert.Equal(90, await page.Locator("article.card").CountAsync());
        Assert.Equal(30, await page.Locator("#singles-rows tr").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('singles').open"));
        Assert.False(await page.Locator(".controls").IsVisibleAsync());
        Assert.False(await page.Locator("#more").IsVisibleAsync());
        Assert.Empty(session.Errors);
    }

    [ChromiumFact]
    public async Task Ten_thousand_groups_render_a_page_at_a_time_and_search_stays_quick()
    {
        var clock = Stopwatch.StartNew();
        await using var session = await OpenAsync(AnalysisFixture.Large(10_000), "large");
        var page = session.Page;
        var loaded = clock.Elapsed;
        Assert.Equal(50, await page.Locator("article.card").CountAsync());
        Assert.Equal("Showing 50 of 7,500 groups; 2,500 single-source figures in the table below.", await page.TextContentAsync("#status"));
        Assert.Equal(100, await page.Locator("#singles-rows tr").CountAsync());

        await page.ClickAsync("#more");
        Assert.Equal(100, await page.Locator("article.card").CountAsync());

        clock.Restart();
        await page.GetByLabel("Search").FillAsync("\"item 9998\" widgets");
        await Expect(page, "Showing 1 of 1 group (of 7,500 in all).");
        var searched = clock.Elapsed;
        output.WriteLine($"10,000 groups: loaded in {loaded.TotalMilliseconds:F0} ms, searched in {searched.TotalMilliseconds:F0} ms");
        Assert.True(searched < TimeSpan.FromSeconds(3), $"search took {searched}");
        Assert.Empty(session.Errors);
    }

    private static async Task<string[]> Verdicts(IPage page) =>
        [.. await page.Locator("article.card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.verdict)")];

    private static async Task Expect(IPage page, string status) =>
        await page.WaitForFunctionAsync(
            "expected => document.getElementById('status').textContent === expected",
            status,
            new PageWaitForFunctionOptions { Timeout = 10_000 });

    private async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var path = Path.Join(BrowserFixture.ScreenshotFolder, name);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    private async Task<BrowserPage> OpenAsync(AnalysisResult result, string name)
    {
        var folder = Path.Join(_folder, name);
        ReportWriter.WriteAll(result, folder, ReportFormats.Html);
        var session = await BrowserPage.OpenAsync(fixture, Path.Join(folder, ReportWriter.HtmlFile));
        await session.Page.WaitForFunctionAsync("() => document.getElementById('status').textContent !== ''", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        return session;
    }
}
