using ClaimCheck.Consistency;
using ClaimCheck.IO;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes the reports of an analysis into a folder: <c>report.md</c>, <c>report.html</c>, <c>analysis.json</c> and
/// <c>claims.csv</c>. Each file is replaced atomically, so a reader never sees a half-written report, and the same
/// analysis always gives byte-identical files.
/// </summary>
public static class ReportWriter
{
    /// <summary>The Markdown report's file name.</summary>
    public const string MarkdownFile = "report.md";
    /// <summary>The HTML report's file name.</summary>
    public const string HtmlFile = "report.html";
    /// <summary>The JSON analysis's file name.</summary>
    public const string JsonFile = "analysis.json";
    /// <summary>The CSV claim table's file name.</summary>
    public const string CsvFile = "claims.csv";

    private static readonly (ReportFormats Format, string File, string Name, Action<AnalysisResult, TextWriter> Write)[] Outputs =
    [
        (ReportFormats.Markdown, MarkdownFile, "md", MarkdownReport.Write),
        (ReportFormats.Html, HtmlFile, "html", HtmlReport.Write),
        (ReportFormats.Json, JsonFile, "json", AnalysisJson.Write),
        (ReportFormats.Csv, CsvFile, "csv", CsvReport.Write),
    ];

    /// <summary>
    /// Writes the chosen reports into <paramref name="outDir"/> (created if needed), replacing files of the same name.
    /// </summary>
    /// <returns>The full paths written, in the order md, html, json, csv.</returns>
    public static IReadOnlyList<string> WriteAll(AnalysisResult result, string outDir, ReportFormats formats = ReportFormats.All)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        Directory.CreateDirectory(outDir);
        var selected = Outputs.Where(o => formats.HasFlag(o.Format)).Select(o => (Path: Path.GetFullPath(Path.Join(outDir, o.File)), o.Write)).ToList();

        // The reports only read the result, so they are written side by side when there are cores for it; on one
        // core, one after another.
        if (Environment.ProcessorCount == 1 || selected.Count < 2)
        {
            foreach (var (path, write) in selected)
            {
                AtomicFile.Write(path, writer => write(result, writer));
            }
        }
        else
        {
            try
            {
                Parallel.ForEach(selected, output => AtomicFile.Write(output.Path, writer => output.Write(result, writer)));
            }
            catch (AggregateException error) when (error.InnerExceptions.Count > 0)
            {
                // Callers handle the first failure as they did when the files were written in turn.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
                throw;
            }
        }

        return [.. selected.Select(o => o.Path)];
    }

    /// <summary>The files <see cref="WriteAll"/> would write for <paramref name="formats"/> in <paramref name="outDir"/>, full paths.</summary>
    public static IReadOnlyList<string> PathsFor(string outDir, ReportFormats formats) =>
        [.. Outputs.Where(o => formats.HasFlag(o.Format)).Select(o => Path.GetFullPath(Path.Join(outDir, o.File)))];

    /// <summary>
    /// Reads a comma-separated list of report names, as a command line gives them: <c>md</c> (or <c>markdown</c>),
    /// <c>html</c>, <c>json</c>, <c>csv</c>, <c>all</c>. Case and spaces are ignored.
    /// </summary>
    /// <returns>False, with the first unknown name (or the whole text when it names nothing), when a name is not a report.</returns>
    public static bool TryParseFormats(string text, out ReportFormats formats, out string? unknown)
    {
        ArgumentNullException.ThrowIfNull(text);
        formats = ReportFormats.None;
        unknown = null;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.ToUpperInvariant();
            var format = name switch
            {
                "ALL" => ReportFormats.All,
                "MARKDOWN" => ReportFormats.Markdown,
                _ => Outputs.FirstOrDefault(o => string.Equals(o.Name.ToUpperInvariant(), name, StringComparison.Ordinal)).Format,
            };
            if (format == ReportFormats.None)
            {
                unknown = part;
                formats = ReportFormats.None;
                return false;
            }

            formats |= format;
        }

        if (formats == ReportFormats.None)
        {
            // An empty list names no report.
            unknown = text;
            return false;
        }

        return true;
    }
}
