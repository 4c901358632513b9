namespace ClaimCheck.Reporting;

/// <summary>A sentence of <c>analysis.json</c>'s <c>sentences</c>, which claims point at by index.</summary>
/// <param name="DocumentId">The document the sentence is in.</param>
/// <param name="Text">The sentence.</param>
internal sealed record TableSentence(string DocumentId, string Text);
