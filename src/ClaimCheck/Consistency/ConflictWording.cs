using ClaimCheck.Extraction;

namespace ClaimCheck.Consistency;

/// <summary>
/// The parts of a conflict's reason: both claims, where each was said (the document's source or id) and the
/// interval each allows. The parts are strings and claims the analysis holds anyway, so a conflict costs a few
/// references instead of a sentence of its own.
/// </summary>
internal sealed class ConflictWording(Claim left, string leftSource, string leftInterval, Claim right, string rightSource, string rightInterval)
{
    /// <summary><c>"more than 40" (Daily News, 2020) allows (40, ∞) but "up to 30" (…) allows [0, 30]: both cannot be true at the same time.</c></summary>
    public override string ToString() =>
        $"\"{left.Text}\" ({leftSource}, {left.AsOf ?? "undated"}) allows {leftInterval} but \"{right.Text}\" ({rightSource}, {right.AsOf ?? "undated"}) allows {rightInterval}: both cannot be true at the same time.";
}
