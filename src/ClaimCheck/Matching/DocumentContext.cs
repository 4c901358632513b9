namespace ClaimCheck.Matching;

/// <summary>What matching needs to know of a claim's document: when it was published and its headline.</summary>
/// <param name="Published">The publication date, when known.</param>
/// <param name="Title">The headline, when known.</param>
public sealed record DocumentContext(DateOnly? Published, string? Title);
