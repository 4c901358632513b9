namespace ClaimCheck.Corpus;

/// <summary>Metadata read from a document's text; each part is null when it could not be found.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Source">The publisher or outlet the text credits.</param>
/// <param name="Published">The publication date.</param>
public sealed record InferredMetadata(string? Title, string? Source, DateOnly? Published);
