using System.Text.RegularExpressions;
using ClaimCheck.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// Safe reports, end to end: a corpus on disk whose titles, sources, URLs, ids, text and reviewer notes carry script tags,
/// event-handler attributes, <c>&lt;/style&gt;</c>, <c>javascript:</c> and <c>data:</c> URLs and Markdown link injection
/// goes through the real CLI (<c>analyze</c>, <c>review</c>, <c>diff --format html</c>). report.html and the diff page are
/// opened in headless Chromium and used; no payload runs, no element or link is injected. report.md links nothing but
/// http(s) and opens no HTML.
/// </summary>
public sealed partial class HostileCorpusBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string Run = "window.__pwned=1";

    /// <summary>Elements and attributes that only an injection could have put on a ClaimCheck page.</summary>
    private const string Injected =
        "img:not([src^='data:']), iframe, object, embed, style:not(head > style), script[src], link[rel=stylesheet], [onmouseover], [onerror], [onload], [onclick], [onfocus], [style*='display:none' i], " +
        "a[href^='javascript:' i], a[href^='data:' i], a[href*='javascript:' i]";

    private readonly TempCorpus work = new();

    public void Dispose() => work.Dispose();

    [ChromiumFact]
    public async Task A_report_of_a_hostile_corpus_runs_no_payload_and_links_only_the_web()
    {
        var reports = AnalyzeHostileCorpus();
        await using var session = await OpenAsync(Path.Join(reports, "report.html"));
        var page = session.Page;
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent !== ''", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.True(await page.Locator("article.card").CountAsync() >= 2);

        // The payloads are shown as text...
        var body = await page.TextContentAsync("body") ?? string.Empty;
        Assert.Contains("<script>", body, StringComparison.Ordinal);
        Assert.Contains("Reviewed by <img src=x onerror=", body, StringComparison.Ordinal);

        // ...and nothing runs, whatever a reader does: hover everything, search, print.
        await session.HoverEverythingAsync();

        await page.GetByLabel("Search").FillAsync("pwned");
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await AssertNothingRanAsync(page, scripts: 2);
        Assert.All(await Hrefs(page), h => Assert.Matches("^https?://", h));
        Assert.Empty(session.Errors);

        // report.md: every link goes to http(s), and no raw HTML or link syntax from the corpus survives unescaped.
        var markdown = File.ReadAllText(Path.Join(reports, "report.md"));
        Assert.DoesNotMatch(UnescapedLink(), markdown);
        Assert.DoesNotMatch(RawHtml(), markdown);
        Assert.All(MarkdownLinks().Matches(markdown).Select(m => m.Groups["url"].Value), u => Assert.Matches("^https?://", u));
        Assert.Contains("\\<script\\>", markdown, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_diff_page_of_a_hostile_text_runs_nothing_and_has_no_script_at_all()
    {
        var old = work.Write("old.md", "---\ntitle: Plant report\nurl: https://example.org/plant\n---\nThe plant made 5 rockets in 2023.\n");
        var @new = work.Write("new.md", $"---\ntitle: \"</title><script>{Run}</script>\"\nurl: \"javascript:{Run}\"\nsource: \"\\\" onmouseover=\\\"{Run}\"\n---\n" +
            $"The plant made 6 rockets</style><script>{Run}</script> in 2023. [click](javascript:{Run}) <img src=x onerror=\"{Run}\"> ![i](data:text/html,<script>{Run}</script>)\n");
        var page = work.PathOf("diff.html");
        var (exit, _, stderr) = CliRunner.Run("diff", old, @new, "--format", "html", "--out", page);
        Assert.True(exit == 1, stderr);

        await using var session = await OpenAsync(page);
        var body = await session.Page.TextContentAsync("body") ?? string.Empty;
        Assert.Contains($"<script>{Run}</script>", body, StringComparison.Ordinal);
        Assert.Contains("[click](javascript:", body, StringComparison.Ordinal);
        foreach (var element in await session.Page.Locator("main *").AllAsync())
        {
            if (await element.IsVisibleAsync())
            {
                await element.HoverAsync(new LocatorHoverOptions { Force = true, Timeout = 2_000 });
            }
        }

        await AssertNothingRanAsync(session.Page, scripts: 0);
        var hrefs = await Hrefs(session.Page);
        Assert.Equal(["https://example.org/plant"], hrefs);
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("diff-hostile.png"), FullPage = true });
        Assert.Empty(session.Errors);
    }

    /// <summary>Writes the hostile corpus, analyses it, records a hostile review and analyses again; returns the reports folder.</summary>
    private string AnalyzeHostileCorpus()
    {
        var corpus = work.PathOf("corpus");
        work.Write("corpus/a.md",
            $"---\ntitle: \"<script>{Run}</script>\"\nsource: \"\\\"><img src=x onerror={Run}>\"\nurl: \"javascript:{Run}\"\npublished: 2024-01-02\n---\n" +
            $"# Rockets\n\n[click](javascript:{Run}) The plant made more than 5 rockets</style><script>{Run}</script> in 2023, the minister said.\n");
        work.Write("corpus/b.html",
            $"<html><head><title></style><img src=x onerror={Run}></title><meta property=\"og:url\" content=\"data:text/html,&lt;script&gt;{Run}&lt;/script&gt;\">" +
            $"<meta property=\"article:published_time\" content=\"2024-01-03\"></head><body><article><h1>&lt;img src=x onerror={Run}&gt;</h1>" +
            $"<p>The plant made up to 3 rockets in 2023 &lt;script&gt;{Run}&lt;/script&gt;, the ministry said. <img src=x onerror=\"{Run}\"></p></article></body></html>");
        work.Write("corpus/c.jsonl",
            $"{{\"id\": \"<svg onload={Run}>\", \"title\": \"\\\" onmouseover=\\\"{Run}\", \"url\": \"data:text/html,<script>{Run}</script>\", \"published\": \"2024-01-04\", " +
            $"\"text\": \"The plant made 7 rockets in 2023. ![img](javascript:{Run}) <a href=\\\"javascript:{Run}\\\">x</a> | cell | `code` $x$\"}}\n");
        work.Write("corpus/claimcheck.yaml", $"documents:\n  b.html:\n    title: \"<iframe src=javascript:{Run}></iframe>\"\n    url: \" JaVaScRiPt:{Run}\"\n");

        var reports = work.PathOf("reports");
        var (exit, _, stderr) = CliRunner.Run("analyze", corpus, "--out", reports);
        Assert.True(exit == 0, stderr);
        var analysis = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Join(reports, "analysis.json")));
        var group = analysis.RootElement.GetProperty("groups")[0].GetProperty("id").GetString()!;
        (exit, _, stderr) = CliRunner.Run("review", corpus, "--accept", group, "--reviewer", $"<img src=x onerror={Run}>",
            "--note", $"</script><script>{Run}</script> [x](javascript:{Run}) <b onmouseover=\"{Run}\">bold</b>");
        Assert.True(exit == 0, stderr);
        (exit, _, stderr) = CliRunner.Run("analyze", corpus, "--out", reports);
        Assert.True(exit == 0, stderr);
        output.WriteLine(File.ReadAllText(Path.Join(reports, "report.md")));
        return reports;
    }

    private static async Task AssertNothingRanAsync(IPage page, int scripts)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), "an injected script ran");
        Assert.Equal(0, await page.EvaluateAsync<int>($"() => document.querySelectorAll(\"{Injected}\").length"));
        Assert.Equal(scripts, await page.Locator("script").CountAsync());
        Assert.Equal(1, await page.Locator("head > style").CountAsync());
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).display"));
    }

    private static async Task<string[]> Hrefs(IPage page) =>
        await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'))");

    private Task<BrowserPage> OpenAsync(string file) => BrowserPage.OpenAsync(fixture, file);

    private string Screenshot(string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var path = Path.Join(BrowserFixture.ScreenshotFolder, name);
        output.WriteLine($"screenshot: {path}");
        return path;
    }

    // A Markdown link or image whose text is not escaped, pointing at a script or data URL.
    [GeneratedRegex(@"(?<!\\)\]\(\s*(?:javascript|data):", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnescapedLink();

    // Raw HTML from the corpus: a tag opener not escaped with a backslash.
    [GeneratedRegex(@"(?<!\\)<\s*/?\s*(?:script|img|svg|iframe|style|a|b)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RawHtml();

    [GeneratedRegex(@"(?<!\\)\[(?<text>(?:\\.|[^\]\\])*)\]\((?<url>[^)\s]*)\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownLinks();
}
