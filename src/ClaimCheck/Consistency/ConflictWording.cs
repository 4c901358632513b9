using ClaimCheck.Extraction;

namespace ClaimCheck.Consistency;

/// <summary>
/// The parts of a conflict's reason: both claims, where each was said (the document's source or id) and what each
/// figure means in words (<see cref="FigureText.Reading"/>). The parts are strings and claims the analysis
/// holds anyway, so a conflict costs a few references instead of a sentence of its own.
/// </summary>
internal sealed class ConflictWording(Claim left, string leftSource, string leftReading, Claim right, string rightSource, string rightReading)
{
    /// <summary><c>"€120m" (Daily News, 2020) means 120 million euros (exact) but "some 95 million euros" (…) means about 95 million euros (85–105 million): both cannot be true at the same time.</c></summary>
    public override string ToString() =>
        $"\"{left.Text}\" ({leftSource}, {left.AsOf ?? "undated"}) means {leftReading} but \"{right.Text}\" ({rightSource}, {right.AsOf ?? "undated"}) means {rightReading}: both cannot be true at the same time.";
}
