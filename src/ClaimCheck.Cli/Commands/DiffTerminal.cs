using System.Text;
using ClaimCheck.Comparison;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// The <c>terminal</c> format of <c>diff</c>: the two documents, a table of claim changes (change, old figure, new figure,
/// sentence), the summary, then the lines of the text that changed. With colour, removed words are red and struck
/// through and added words green; without (output redirected, <c>NO_COLOR</c>), they read <c>[-old-]{+new+}</c>.
/// </summary>
internal static class DiffTerminal
{
    public static void Write(DocumentComparison comparison, IAnsiConsole console)
    {
        var colour = console.Profile.Capabilities.Ansi && console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
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
                    Line(ComparisonText.Sentence(change), colour));
            }

            console.Write(table);
        }

        console.WriteLine(ComparisonText.SummaryLine(comparison));
        WriteText(comparison, console, colour);
    }

    private static void WriteText(DocumentComparison comparison, IAnsiConsole console, bool colour)
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
            console.Write(Line(line.Segments, colour));
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

    /// <summary>One line of a diff: coloured markup, or plain text with <c>[-removed-]</c> and <c>{+added+}</c> markers.</summary>
    private static Markup Line(IReadOnlyList<DiffSegment> segments, bool colour)
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            var value = ReportText.OneLine(segment.Text);
            if (segment.Kind == DiffKind.Same || value.Length == 0)
            {
                // A change of spacing alone is not worth marking: keep the new spacing.
                if (segment.Kind != DiffKind.Removed && segment.Text.Length > 0)
                {
                    var same = value.Length == 0 ? " " : Spaced(segment.Text, value);
                    text.Append(colour ? Markup.Escape(same) : same);
                }

                continue;
            }

            // Surrounding spaces stay outside the markers.
            var lead = char.IsWhiteSpace(segment.Text[0]) ? " " : string.Empty;
            var trail = char.IsWhiteSpace(segment.Text[^1]) ? " " : string.Empty;
            var removed = segment.Kind == DiffKind.Removed;
            text.Append(lead);
            if (colour)
            {
                text.Append(removed ? "[red strikethrough]" : "[green]").Append(Markup.Escape(value)).Append("[/]");
            }
            else
            {
                text.Append(removed ? "[-" : "{+").Append(value).Append(removed ? "-]" : "+}");
            }

            text.Append(trail);
        }

        var line = ReportText.OneLine(text.ToString());
        return new Markup(colour ? line : Markup.Escape(line));
    }

    /// <summary>The one-line text with a space kept where the original began or ended with white space.</summary>
    private static string Spaced(string original, string oneLine) =>
        (char.IsWhiteSpace(original[0]) ? " " : string.Empty) + oneLine + (char.IsWhiteSpace(original[^1]) ? " " : string.Empty);

    /// <summary><c>old.txt: Title (AzerNews, 2023-09-29)</c>.</summary>
    private static string DocumentLine(Document document)
    {
        var line = new StringBuilder(document.Id);
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            line.Append(": ").Append(ReportText.OneLine(document.Title));
        }

        var details = ComparisonText.Details(document);
        if (details.Length > 0)
        {
            line.Append(" (").Append(details).Append(')');
        }

        return line.ToString();
    }
}
