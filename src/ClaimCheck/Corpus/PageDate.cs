using ClaimCheck.Extraction;

namespace ClaimCheck.Corpus;

/// <summary>The date one line of a page states about the page, and how strongly it says it is the publication date.</summary>
/// <param name="Kind">What sort of date line it is; <see cref="DateLineKind.None"/> when the line states no page date.</param>
/// <param name="Date">The date as written, with both readings when day and month could be either way round.</param>
internal readonly record struct PageDate(DateLineKind Kind, WrittenDate Date);
