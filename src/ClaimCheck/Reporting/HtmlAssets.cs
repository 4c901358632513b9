using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Reporting;

/// <summary>
/// The stylesheet and script inlined into <c>report.html</c> (embedded resources <c>Assets/report.css</c> and
/// <c>Assets/report.js</c>), with the hashes its Content-Security-Policy allows them by.
/// </summary>
internal static class HtmlAssets
{
    public static string Css { get; } = Load("report.css");

    public static string Script { get; } = Load("report.js");

    /// <summary><c>'sha256-…'</c> of the text as inlined.</summary>
    public static string Hash(string inline) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)))}'";

    private static string Load(string name)
    {
        var assembly = typeof(HtmlAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream("ClaimCheck.Reporting.Assets." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
