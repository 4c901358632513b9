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
        Assert.Equal(["discrepancy", "change", "agreement", "single"], await Verdicts(page));
        Assert.Equal("Showing 4 of 4 groups.", await page.TextContentAsync("#status"));

        // Every quantity is highlighted in its sentence, every card with figures has a timeline, every link is http(s).
        var marks = await page.Locator("article.card mark").AllTextContentsAsync();
        Assert.Contains("more than 1,000 types of military products", marks);
        Assert.Contains("between 30 and 35 countries", marks);
        Assert.Equal(4, await page.Locator("article.card svg.timeline").CountAsync());
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
        Assert.Equal("Showing 1 of 1 group (of 4 in all).", await page.TextContentAsync("#status"));
        await page.Locator("input[name=verdict][value=single]").CheckAsync();
        Assert.Equal(["discrepancy", "single"], await Verdicts(page));

        // Search as you type, across sources, speakers and sentences; all verdicts back on.
        foreach (var other in new[] { "change", "agreement" })
        {
            await page.Locator($"input[name=verdict][value={other}]").CheckAsync();
        }

        await page.GetByLabel("Search").PressSequentiallyAsync("finance minister");
        await Expect(page, "Showing 1 of 1 group (of 4 in all).");
        Assert.Equal(["single"], await Verdicts(page));
        await page.GetByLabel("Search").FillAsync("caliber.az");
        await Expect(page, "Showing 3 of 3 groups (of 4 in all).");
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
            await SearchAsync(page, query, "Showing 1 of 1 group (of 4 in all).");
            Assert.Equal(["discrepancy"], await Verdicts(page));
        }

        // Words in any order: "more than 30 countries" is found by its words.
        await SearchAsync(page, "countries 30 more", "Showing 1 of 1 group (of 4 in all).");
        Assert.Equal(["change"], await Verdicts(page));

        await page.GetByLabel("Search").FillAsync("10000");
        await Expect(page, "No group matches the filter.");
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
        Assert.Equal(2, await page.Locator("article.card").CountAsync());

        // The payloads show as text...
        Assert.Equal("</script><script>window.__pwned=1</script> rockets", await page.TextContentAsync("#group-0-title"));
        var body = await page.TextContentAsync("main");
        Assert.Contains("[click](javascript:window.__pwned=1)", body, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__pwned=1\">", body, StringComparison.Ordinal);

        // ...and run nowhere: hover everything, search, print; nothing ran, no element or handler was injected.
        await session.HoverEverythingAsync();

        await page.GetByLabel("Search").FillAsync("pwned");
        await Expect(page, "Showing 2 of 2 groups.");
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
        var decision = new ClaimCheck.Review.ReviewDecision(ClaimCheck.Review.ReviewAction.Override, group.Id, [], Verdict.Change, "Counted before and after the merger.", "leyla", "2026-11-23");
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
        Assert.Equal(120, await page.Locator("article.card").CountAsync());
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
        Assert.Equal("Showing 50 of 10,000 groups.", await page.TextContentAsync("#status"));

        await page.ClickAsync("#more");
        Assert.Equal(100, await page.Locator("article.card").CountAsync());

        clock.Restart();
        await page.GetByLabel("Search").FillAsync("\"item 9999\" widgets");
        await Expect(page, "Showing 1 of 1 group (of 10,000 in all).");
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
