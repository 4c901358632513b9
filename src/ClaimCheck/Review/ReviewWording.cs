using ClaimCheck.Consistency;
using ClaimCheck.Text;

namespace ClaimCheck.Review;

/// <summary>
/// The explanation of a group whose verdict an analyst overrode. The machine's explanation argues for the verdict it
/// reached ("both cannot be true at the same time"); shown under the analyst's verdict it would contradict it, so the
/// analyst's verdict and note take its place and the machine's verdict is only named.
/// </summary>
internal static class ReviewWording
{
    /// <summary><c>Analyst's verdict: change over time — Same plants, re-counted. ClaimCheck had found: discrepancy.</c></summary>
    public static string Explanation(Verdict verdict, Verdict machineVerdict, string? note)
    {
        var why = WhiteSpace.OneLine(note);
        var said = why.Length == 0 ? " (no note given)." : " — " + why + (EndsSentence(why) ? string.Empty : ".");
        return $"Analyst's verdict: {Phrase(verdict)}{said} ClaimCheck had found: {VerdictName.Of(machineVerdict)}.";
    }

    /// <summary>The verdict as a phrase in a sentence: <c>change over time</c>, <c>single source</c>.</summary>
    public static string Phrase(Verdict verdict) => verdict switch
    {
        Verdict.Change => "change over time",
        Verdict.Single => "single source",
        _ => VerdictName.Of(verdict),
    };

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or '…';
}
