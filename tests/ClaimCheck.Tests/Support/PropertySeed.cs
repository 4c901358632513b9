namespace ClaimCheck.Tests.Support;

/// <summary>
/// The seed of the property tests. Unit tests are deterministic, so every run samples the same cases by default;
/// set <c>CLAIMCHECK_PROPERTY_SEED</c> to a CsCheck seed to replay one, or to <c>random</c> to explore new cases
/// (a failure prints the seed that reproduces it; keep the case it found as an example test).
/// </summary>
internal static class PropertySeed
{
    private const string Fixed = "bRju3gXCdEi2";

    public static string? Value { get; } = Environment.GetEnvironmentVariable("CLAIMCHECK_PROPERTY_SEED") switch
    {
        null or "" => Fixed,
        "random" => null,
        var seed => seed,
    };
}
