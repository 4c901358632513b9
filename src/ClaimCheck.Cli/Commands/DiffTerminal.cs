using System.Text;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Text;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// The <c>terminal</c> format of <c>diff</c>: the two documents, a table of claim changes (change, old figure, new figure,
/// sentence), the summary, then the lines of the text that changed, marked as <see cref="WordDiffMarkup"/> does:
/// <c>[-old-]{+new+}</c>, red and green as well where there is colour.
/// </summary>
internal static class DiffTerminal
{
    public static void Write(DocumentComparison comparison, IAnsiConsole console)
    {
        console.WriteLine($"Old: {DocumentLine(comparison.Old)}");
        console.WriteLine($"New: {DocumentLine(comparison.New)}");
        console.WriteLine();

        var changes = ComparisonText.Listed(comparison);
        if (changes.Count == 0)
        {
            console.WriteLine(ComparisonText.NoClaimChanges);
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("Change");
            table.AddColumn("Old figure");
            table.AddColumn("New figure");
            table.AddColumn("Sentence");
            foreach (var change in changes)
            {
                table.AddRow(
                    new Spectre.Console.Text(ComparisonText.Name(change.Change)),
                    new Spectre.Console.Text(change.Old?.Text ?? "—"),
                    new Spectre.Console.Text(change.New?.Text ?? "—"),
                    WordDiffMarkup.Line(ComparisonText.Sentence(change)));
            }

            console.Write(table);
        }

        console.WriteLine(ComparisonText.SummaryLine(comparison));
        WriteText(comparison, console);
    }

    private static void WriteText(DocumentComparison comparison, IAnsiConsole console)
    {
        if (comparison.Identical)
        {
            return;
        }

        var lines = DiffLines.Of(comparison.Diff);
        if (lines.Changed.Count == 0)
        {
            console.WriteLine(ComparisonText.WhiteSpaceOnly);
            return;
        }

        foreach (var line in lines.Changed)
        {
            Skipped(console, line.UnchangedBefore);
            console.WriteLine();
            console.Write(WordDiffMarkup.Line(line.Segments));
            console.WriteLine();
        }

        Skipped(console, lines.UnchangedAfter);
    }

    private static void Skipped(IAnsiConsole console, int lines)
    {
        if (lines > 0)
        {
            console.WriteLine();
            console.WriteLine(ComparisonText.Skipped(lines));
        }
    }

    /// <summary><c>old.txt: Title (AzerNews, 2023-09-29)</c>.</summary>
    private static string DocumentLine(Document document)
    {
        var line = new StringBuilder(document.Id);
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            line.Append(": ").Append(WhiteSpace.OneLine(document.Title));
        }

        var details = ComparisonText.Details(document);
        if (details.Length > 0)
        {
            line.Append(" (").Append(details).Append(')');
        }

        return line.ToString();
    }
}
