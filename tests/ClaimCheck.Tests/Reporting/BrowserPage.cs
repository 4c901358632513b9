using Microsoft.Playwright;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// One page of headless Chromium with everything a reader would notice recorded: console errors and warnings, page
/// errors and dialogs (an <c>alert</c> from a payload). Closing it closes its browser context.
/// </summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    /// <summary>Opens <paramref name="file"/> in a new context of the fixture's browser, at a laptop's window size.</summary>
    public static async Task<BrowserPage> OpenAsync(BrowserFixture fixture, string file)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        var session = new BrowserPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                session.Errors.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => session.Errors.Add($"page error: {error}");
        page.Dialog += (_, dialog) => session.Errors.Add($"dialog opened: {dialog.Message}");
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { Timeout = 60_000 });
        return session;
    }

    /// <summary>Hovers every visible element of the cards and the single-source table, as a reader's mouse would: handlers a payload smuggled in would fire.</summary>
    public async Task HoverEverythingAsync()
    {
        foreach (var element in await Page.Locator("article.card *, #singles *").AllAsync())
        {
            if (await element.IsVisibleAsync())
            {
                await element.HoverAsync(new LocatorHoverOptions { Force = true, Timeout = 2_000 });
            }
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
