namespace ClaimCheck.Reporting;

/// <summary>The data island of <c>report.html</c>: what its script renders, nothing more.</summary>
/// <param name="Sources">The documents, in the result's order; evidence points at them by index.</param>
/// <param name="Sentences">Each sentence shown, once; evidence points at its sentence by index.</param>
/// <param name="Groups">The groups, in the result's order.</param>
internal sealed record HtmlReportData(IReadOnlyList<HtmlSource> Sources, IReadOnlyList<string> Sentences, IReadOnlyList<HtmlGroup> Groups);
