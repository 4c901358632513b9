namespace ClaimCheck.Consistency;

/// <summary>How verdicts are named in every output.</summary>
public static class VerdictName
{
    /// <summary>The verdict as written in every output: <c>discrepancy</c>, <c>change</c>, <c>agreement</c>, <c>single</c>.</summary>
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Discrepancy => "discrepancy",
        Verdict.Change => "change",
        Verdict.Agreement => "agreement",
        Verdict.Single => "single",
        _ => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(verdict.ToString()),
    };
}
