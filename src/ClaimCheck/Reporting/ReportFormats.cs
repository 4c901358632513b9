namespace ClaimCheck.Reporting;

/// <summary>Which report files <see cref="ReportWriter.WriteAll"/> writes.</summary>
[Flags]
public enum ReportFormats
{
    /// <summary>No file.</summary>
    None = 0,

    /// <summary><c>report.md</c>: GitHub-flavoured Markdown for pull requests and reading in a terminal.</summary>
    Markdown = 1,

    /// <summary><c>report.html</c>: one self-contained page with filters, search and timelines.</summary>
    Html = 2,

    /// <summary><c>analysis.json</c>: the whole analysis as data (<c>docs/analysis.schema.json</c>).</summary>
    Json = 4,

    /// <summary><c>claims.csv</c>: one row per claim with its group, for spreadsheets.</summary>
    Csv = 8,

    /// <summary>Every report.</summary>
    All = Markdown | Html | Json | Csv,
}
