namespace ClaimCheck.Corpus;

/// <summary>
/// How ClaimCheck recognises the files it wrote, so it never reads them back as sources: a report left in the corpus
/// folder would otherwise be read as a document, and its figures would be counted again on every run. The report
/// writers use these markers, so both sides change together.
/// </summary>
internal static class OwnOutput
{
    /// <summary>The generator named in every HTML page ClaimCheck writes.</summary>
    public const string HtmlGeneratorMeta = "<meta name=\"generator\" content=\"ClaimCheck\">";

    /// <summary>The first line of the Markdown analysis report.</summary>
    public const string ReportTitle = "ClaimCheck report";

    /// <summary>The first line of the Markdown comparison of two texts.</summary>
    public const string DiffTitle = "ClaimCheck diff";

    /// <summary>How far into an HTML page the generator is looked for: it is in the head, before any content.</summary>
    private const int HeadLength = 4096;

    /// <summary>Whether a file's text is a report ClaimCheck wrote.</summary>
    public static bool IsReport(string text, CorpusFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        return format switch
        {
            CorpusFormat.Html => text.AsSpan(0, Math.Min(text.Length, HeadLength)).Contains(HtmlGeneratorMeta, StringComparison.Ordinal),
            CorpusFormat.Markdown => text.StartsWith("# " + ReportTitle + "\n", StringComparison.Ordinal) || text.StartsWith("# " + DiffTitle + "\n", StringComparison.Ordinal),
            _ => false,
        };
    }
}
