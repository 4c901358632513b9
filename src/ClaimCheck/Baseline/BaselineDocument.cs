namespace ClaimCheck.Baseline;

/// <summary>
/// A document as a baseline keeps it: enough to notice that it vanished, moved or changed date, none of which shows
/// in its figures (a re-dated document keeps every figure and moves all of them in time).
/// </summary>
/// <param name="Id">The document id (its path in the corpus).</param>
/// <param name="Title">Its title, when known: a moved document without figures is recognised by it.</param>
/// <param name="Published">Its publication date, when known.</param>
public sealed record BaselineDocument(string Id, string? Title, DateOnly? Published);
