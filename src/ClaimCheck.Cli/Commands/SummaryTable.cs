using ClaimCheck.Consistency;
using Humanizer;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>The one-screen summary <c>analyze</c> ends with: counts per verdict and the files written.</summary>
internal static class SummaryTable
{
    public static void Write(AnalysisResult result, IReadOnlyList<string> written, TextWriter output)
    {
        var console = Terminal.For(output);
        var summary = result.Summary;
        console.WriteLine($"{"document".ToQuantity(summary.Documents)}, {"claim".ToQuantity(summary.Claims)}, {"group".ToQuantity(summary.Groups)}: "
            + $"{"agreement".ToQuantity(summary.Agreements)}, {"change".ToQuantity(summary.Changes)}, {"discrepancy".ToQuantity(summary.Discrepancies)}, {summary.Singles} single-source");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Verdict");
        table.AddColumn(new TableColumn("Groups").RightAligned());
        table.AddColumn("Example");
        foreach (var verdict in new[] { Verdict.Discrepancy, Verdict.Change, Verdict.Agreement, Verdict.Single })
        {
            var count = verdict switch
            {
                Verdict.Discrepancy => summary.Discrepancies,
                Verdict.Change => summary.Changes,
                Verdict.Agreement => summary.Agreements,
                _ => summary.Singles,
            };
            table.AddRow(
                new Spectre.Console.Text(verdict.ToString().ToLowerInvariant()),
                new Spectre.Console.Text(count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(result.Groups.FirstOrDefault(g => g.Verdict == verdict)?.Explanation.Truncate(100) ?? string.Empty));
        }

        console.Write(table);
        foreach (var path in written)
        {
            console.WriteLine("wrote " + Path.GetRelativePath(Environment.CurrentDirectory, path));
        }
    }
}
