using System.Text;

namespace ClaimCheck.Reporting;

/// <summary>
/// The start every self-contained HTML page of ClaimCheck shares: a strict Content-Security-Policy that allows only
/// the page's own inline style (and script, when it has one) by hash, no referrer, no favicon request.
/// </summary>
internal static class HtmlPage
{
    /// <summary>Everything up to and including <c>&lt;body&gt;&lt;div class="page"&gt;</c>.</summary>
    public static StringBuilder Start(string title, string css, string? script = null)
    {
        // Base64 hashes and fixed words only: nothing to escape in the attribute.
        var scriptSource = script is null ? string.Empty : $" script-src {HtmlAssets.Hash(script)};";
        var csp = $"default-src 'none'; img-src data:; style-src {HtmlAssets.Hash(css)};{scriptSource} base-uri 'none'; form-action 'none'";
        return new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(csp).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append(Corpus.OwnOutput.HtmlGeneratorMeta).Append('\n')
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append("<style>").Append(css).Append("</style>\n")
            .Append("</head>\n<body>\n<div class=\"page\">\n");
    }
}
