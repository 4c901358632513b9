using ClaimCheck.Corpus;

namespace ClaimCheck.Reporting;

/// <summary>A document as written to JSON outputs: its metadata without its text.</summary>
public sealed record DocumentSummary(string Id, string Path, string? Title, string? Source, string? Url, DateOnly? Published, DateSource DateSource)
{
    public static DocumentSummary From(Document document) =>
        new(document.Id, document.Path, document.Title, document.Source, document.Url, document.Published, document.DateSource);
}
