using ClaimCheck.IO;

namespace ClaimCheck.Comparison;

/// <summary>
/// Writes a <see cref="DocumentComparison"/> as Markdown, HTML or JSON: <c>\n</c> line ends, no timestamps, the same
/// comparison always gives the same bytes. Corpus text is escaped for each format.
/// </summary>
public static class ComparisonReport
{
    /// <summary>Writes <paramref name="comparison"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    public static void Write(DocumentComparison comparison, ComparisonFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ComparisonFormat.Markdown:
                ComparisonMarkdown.Write(comparison, writer);
                break;
            case ComparisonFormat.Html:
                ComparisonHtml.Write(comparison, writer);
                break;
            case ComparisonFormat.Json:
                writer.Write(JsonContract.Serialize(ComparisonJsonDocument.From(comparison), ComparisonJsonContext.Contract.Indented));
                writer.Write('\n');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a comparison format.");
        }
    }

    /// <summary>The report as one string.</summary>
    public static string ToString(DocumentComparison comparison, ComparisonFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(comparison, format, writer);
        return writer.ToString();
    }
}
