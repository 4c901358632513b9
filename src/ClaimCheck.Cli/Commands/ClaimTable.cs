using ClaimCheck.Consistency;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using Humanizer;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>The <c>table</c> format of <c>extract</c>: one row per claim, for people reading a terminal.</summary>
internal static class ClaimTable
{
    public static void Write(IReadOnlyList<Document> documents, IReadOnlyList<Claim> claims, TextWriter output)
    {
        var console = Terminal.For(output);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Document");
        table.AddColumn("Figure as written");
        table.AddColumn("Kind");
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddColumn("Unit");
        table.AddColumn("Qualifier");
        table.AddColumn("As of");
        table.AddColumn("Speaker");
        foreach (var claim in claims)
        {
            table.AddRow(
                Cell(claim.DocumentId),
                Cell(claim.Text),
                Cell(Name(claim.Kind.ToString())),
                Cell(FormatValue(claim)),
                Cell(claim.Unit ?? string.Empty),
                Cell(Name(claim.Qualifier.ToString())),
                Cell(claim.AsOf ?? string.Empty),
                Cell(claim.Speaker ?? string.Empty));
        }

        console.Write(table);
        var figures = claims.Count(c => c.Kind != ClaimKind.Date);
        console.WriteLine($"{"document".ToQuantity(documents.Count)}, {"claim".ToQuantity(claims.Count)} ({"figure".ToQuantity(figures)}, {"date".ToQuantity(claims.Count - figures)}).");
    }

    private static Spectre.Console.Text Cell(string text) => new(text);

    private static string Name(string enumName) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(enumName);

    /// <summary>The number as people write it (<see cref="FigureText"/>); the unit and qualifier have columns of their own.</summary>
    private static string FormatValue(Claim claim) => claim switch
    {
        { Kind: ClaimKind.Date } => claim.Date ?? string.Empty,
        { Low: { } low, High: { } high } => FigureText.Span(low, high),
        { Value: { } value } => FigureText.Number(value),
        _ => string.Empty,
    };
}
