using System.Globalization;

namespace ClaimCheck.Corpus;

/// <summary>
/// Sizes of documents as people write them: <c>50MB</c>, <c>512KB</c>, <c>1GB</c> or a number of bytes (units of 1,024,
/// case ignored). Used by <see cref="CorpusLoadOptions.MaxDocumentSize"/> and the CLI's <c>--max-document-size</c>.
/// </summary>
public static class DocumentSize
{
    /// <summary>The default largest document: 50 MB, far above any article, far below what would exhaust memory.</summary>
    public const long DefaultMax = 50L * 1024 * 1024;

    private static readonly (string Suffix, long Factor)[] Units =
    [
        ("GB", 1L << 30), ("G", 1L << 30), ("MB", 1L << 20), ("M", 1L << 20), ("KB", 1L << 10), ("K", 1L << 10), ("B", 1),
    ];

    /// <summary>Reads <c>50MB</c>, <c>512 KB</c>, <c>1048576</c>; false for anything else, zero, negative or too large.</summary>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        var factor = 1L;
        foreach (var (suffix, unit) in Units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[..^suffix.Length].TrimEnd();
                factor = unit;
                break;
            }
        }

        return long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count > 0 && count <= long.MaxValue / factor
            && (bytes = count * factor) > 0;
    }

    /// <summary><c>50 MB</c>, <c>1.5 KB</c>, <c>900 bytes</c>: for messages.</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
