namespace ClaimCheck.Reporting;

/// <summary>A document as the HTML report names it.</summary>
/// <param name="Name">Title, else source, else id.</param>
/// <param name="Outlet">The source when the name is the title.</param>
/// <param name="Url">Only an absolute http or https address, else null.</param>
/// <param name="Published"><c>YYYY-MM-DD</c> or null.</param>
/// <param name="File">The file it was read from.</param>
internal sealed record HtmlSource(string Name, string? Outlet, string? Url, string? Published, string File);
