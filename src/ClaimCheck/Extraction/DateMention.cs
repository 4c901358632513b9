namespace ClaimCheck.Extraction;

/// <summary>A time expression in a sentence: an explicit date (a claim of kind date) or a relative one (<c>last year</c>), used as the time reference of the sentence's figures.</summary>
/// <param name="First">First token.</param>
/// <param name="Last">Last token (inclusive).</param>
/// <param name="Period">The resolved period; null when a relative expression cannot be resolved (no publication date).</param>
/// <param name="IsClaim">Whether it is written as a date (<c>in 2019</c>, <c>May 10, 2023</c>) and so reported as a date claim.</param>
/// <param name="DateText">ISO text of the date as written, for date claims (a month and day without a year resolve against the publication year, else <c>--MM-DD</c>).</param>
/// <param name="Month">For a month and day written without a year, the month and day, so the year can be taken from the sentence.</param>
/// <param name="Anaphoric">A time that points back to the last one the story named (<c>over the same period</c>, <c>during the year</c>): resolved by the extractor.</param>
internal sealed record DateMention(int First, int Last, TimePeriod? Period, bool IsClaim, string? DateText, (int Month, int Day)? Month = null, bool Anaphoric = false);
