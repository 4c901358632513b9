using ClaimCheck.Consistency;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Each report of an analysis as a string, written the way <see cref="ReportWriter"/> writes it.</summary>
internal static class ReportOutput
{
    public static string Markdown(AnalysisResult result) => Render(result, MarkdownReport.Write);

    public static string Html(AnalysisResult result) => Render(result, HtmlReport.Write);

    public static string Csv(AnalysisResult result) => Render(result, CsvReport.Write);

    public static string Json(AnalysisResult result) => Render(result, AnalysisJson.Write);

    private static string Render(AnalysisResult result, Action<AnalysisResult, TextWriter> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(result, writer);
        return writer.ToString();
    }
}
