namespace ClaimCheck.Extraction;

/// <summary>
/// Hedges written before a figure (<c>more than</c>, <c>nearly</c>, <c>up to</c>) and after it
/// (<c>or more</c>, <c>or so</c>), as word sequences matched case-insensitively, longest first.
/// </summary>
internal static class QualifierLexicon
{
    public static readonly (string[] Words, Qualifier Qualifier)[] Before = Sort(
        ("more than", Qualifier.MoreThan), ("over", Qualifier.MoreThan), ("above", Qualifier.MoreThan),
        ("in excess of", Qualifier.MoreThan), ("upwards of", Qualifier.MoreThan), ("upward of", Qualifier.MoreThan),
        ("well over", Qualifier.MoreThan), ("just over", Qualifier.MoreThan), ("exceeding", Qualifier.MoreThan),
        ("greater than", Qualifier.MoreThan), ("higher than", Qualifier.MoreThan), ("over than", Qualifier.MoreThan),
        ("more then", Qualifier.MoreThan), ("a little over", Qualifier.MoreThan), ("slightly more than", Qualifier.MoreThan),
        ("well above", Qualifier.MoreThan), ("north of", Qualifier.MoreThan), ("beyond", Qualifier.MoreThan), (">", Qualifier.MoreThan),
        ("at least", Qualifier.AtLeast), ("no fewer than", Qualifier.AtLeast), ("no less than", Qualifier.AtLeast),
        ("not less than", Qualifier.AtLeast), ("a minimum of", Qualifier.AtLeast), ("minimum of", Qualifier.AtLeast),
        ("not fewer than", Qualifier.AtLeast), ("as much as", Qualifier.Exact), ("as many as", Qualifier.Exact), ("≥", Qualifier.AtLeast),
        ("less than", Qualifier.LessThan), ("fewer than", Qualifier.LessThan), ("under", Qualifier.LessThan),
        ("below", Qualifier.LessThan), ("just under", Qualifier.LessThan), ("just below", Qualifier.LessThan),
        ("short of", Qualifier.LessThan), ("lower than", Qualifier.LessThan), ("shy of", Qualifier.LessThan), ("sub", Qualifier.LessThan),
        ("<", Qualifier.LessThan), ("well under", Qualifier.LessThan), ("well below", Qualifier.LessThan),
        ("up to", Qualifier.AtMost), ("at most", Qualifier.AtMost), ("no more than", Qualifier.AtMost),
        ("not more than", Qualifier.AtMost), ("a maximum of", Qualifier.AtMost), ("maximum of", Qualifier.AtMost),
        ("at the most", Qualifier.AtMost), ("not exceeding", Qualifier.AtMost), ("≤", Qualifier.AtMost), ("a max of", Qualifier.AtMost),
        ("about", Qualifier.Approximate), ("around", Qualifier.Approximate), ("approximately", Qualifier.Approximate),
        ("approx", Qualifier.Approximate), ("roughly", Qualifier.Approximate), ("nearly", Qualifier.Approximate),
        ("almost", Qualifier.Approximate), ("some", Qualifier.Approximate), ("close to", Qualifier.Approximate),
        ("an estimated", Qualifier.Approximate), ("estimated", Qualifier.Approximate), ("circa", Qualifier.Approximate),
        ("ca", Qualifier.Approximate), ("~", Qualifier.Approximate), ("≈", Qualifier.Approximate),
        ("nigh on", Qualifier.Approximate), ("the best part of", Qualifier.Approximate), ("just about", Qualifier.Approximate),
        ("close on", Qualifier.Approximate), ("barely", Qualifier.Approximate), ("just shy of", Qualifier.LessThan), ("the better part of", Qualifier.Approximate));

    public static readonly (string[] Words, Qualifier Qualifier)[] After = Sort(
        ("or more", Qualifier.AtLeast), ("or above", Qualifier.AtLeast), ("and above", Qualifier.AtLeast), ("and up", Qualifier.AtLeast),
        ("plus", Qualifier.AtLeast), ("+", Qualifier.AtLeast), ("or so", Qualifier.Approximate), ("or less", Qualifier.AtMost),
        ("or fewer", Qualifier.AtMost), ("or under", Qualifier.AtMost), ("and under", Qualifier.AtMost), ("and below", Qualifier.AtMost),
        ("at most", Qualifier.AtMost), ("at least", Qualifier.AtLeast), ("or thereabouts", Qualifier.Approximate));

    private static (string[] Words, Qualifier Qualifier)[] Sort(params (string Phrase, Qualifier Qualifier)[] entries) =>
        [.. entries
            .Select(e => (Words: e.Phrase.Split(' '), e.Qualifier))
            .DistinctBy(e => string.Join(' ', e.Words))
            .OrderByDescending(e => e.Words.Length)
            .ThenBy(e => string.Join(' ', e.Words), StringComparer.Ordinal)];
}
