namespace ClaimCheck.Tests.Support;

/// <summary>
/// A test that drives a real headless Chromium. It is skipped, saying why, on a machine without one, so a fresh clone
/// passes its tests anywhere; CI installs Debian's <c>chromium</c> so it runs there. <c>CLAIMCHECK_CHROMIUM</c> may name
/// another Chromium binary.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string DefaultPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Browser test skipped: no Chromium at {ChromiumPath} (install it with `apt-get install chromium`, or set CLAIMCHECK_CHROMIUM).";
        }
    }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CLAIMCHECK_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;
}
