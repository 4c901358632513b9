using ClaimCheck.Extraction;

namespace ClaimCheck.Corpus;

/// <summary>Metadata read from a document's text; each part is null when it could not be found.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Source">The publisher or outlet the text credits.</param>
/// <param name="Published">The publication date.</param>
public sealed record InferredMetadata(string? Title, string? Source, DateOnly? Published)
{
    /// <summary>The date line that could be read either way round, when <see cref="Published"/> is null because of it.</summary>
    internal UndecidedDate? Undecided { get; init; }

    /// <summary>
    /// The order of day and month that the page's dates in digits show themselves (a part above 12, a printed
    /// weekday), which an undecided date of another page of the same outlet may borrow.
    /// </summary>
    internal DateOrder? NumericOrder { get; init; }
}
