using ClaimCheck.Tests.Support;
using Microsoft.Playwright;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// One headless Chromium for the browser tests, driven by Playwright's bundled driver. It is Debian's <c>chromium</c>,
/// never a downloaded browser (no <c>playwright install</c>), started on first use so skipped tests start nothing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly Lock _lock = new();
    private IPlaywright? _playwright;
    private Task<IBrowser>? _browser;

    /// <summary>Where the tests leave their screenshots: beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Path.Join(AppContext.BaseDirectory, "screenshots");

    public Task<IBrowser> BrowserAsync()
    {
        lock (_lock)
        {
            return _browser ??= LaunchAsync();
        }
    }

    private async Task<IBrowser> LaunchAsync()
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000,
        });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await (await _browser).CloseAsync();
        }

        _playwright?.Dispose();
    }
}
