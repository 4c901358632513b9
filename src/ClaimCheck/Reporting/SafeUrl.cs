namespace ClaimCheck.Reporting;

/// <summary>Which corpus URLs reports may turn into links: absolute <c>http</c> and <c>https</c> only (never <c>javascript:</c>, <c>data:</c>, <c>file:</c> or relative paths).</summary>
internal static class SafeUrl
{
    /// <summary>The URL in its normalised, percent-escaped form when it is absolute http or https; else null.</summary>
    public static string? Http(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var web = string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal) || string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal);
        return web && !string.IsNullOrEmpty(uri.Host) ? uri.AbsoluteUri : null;
    }
}
