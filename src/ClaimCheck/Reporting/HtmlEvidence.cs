namespace ClaimCheck.Reporting;

/// <summary>One claim of a group card: its sentence with the quantity to highlight, and its place on the timeline.</summary>
/// <param name="Source">Index into <see cref="HtmlReportData.Sources"/>; -1 when the document is unknown.</param>
/// <param name="Text">The figure as written.</param>
/// <param name="Sentence">Index into <see cref="HtmlReportData.Sentences"/>: a sentence with many figures is written once, not once per figure.</param>
/// <param name="Mark">Where <paramref name="Text"/> starts in the sentence (UTF-16 units), or null.</param>
/// <param name="AsOf">The claim's time, as written in the contract.</param>
/// <param name="XFrom">Start of <paramref name="AsOf"/> in decimal years, or null when it is not a date.</param>
/// <param name="XTo">End of <paramref name="AsOf"/> in decimal years.</param>
/// <param name="Shape"><c>dot</c> (exact), <c>about</c>, <c>range</c>, <c>up</c> (more than, at least), <c>down</c> (less than, up to) or <c>none</c>.</param>
/// <param name="Y">The value, or the low end of a range.</param>
/// <param name="Y2">The high end of a range.</param>
/// <param name="YText"><paramref name="Y"/> as people write it, for the timeline's axis (<see cref="Consistency.FigureText.Axis"/>): the page shows no number of its own making.</param>
/// <param name="Y2Text"><paramref name="Y2"/> as people write it.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Copy">Whether it repeats another member's passage.</param>
/// <param name="Conflict">Whether it is one side of a conflict.</param>
internal sealed record HtmlEvidence(
    int Source,
    string Text,
    int Sentence,
    int? Mark,
    string? AsOf,
    double? XFrom,
    double? XTo,
    string Shape,
    double? Y,
    double? Y2,
    string? YText,
    string? Y2Text,
    string? Speaker,
    bool Copy,
    bool Conflict);
