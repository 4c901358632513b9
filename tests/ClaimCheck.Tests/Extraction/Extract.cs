using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Helpers that run the real extractor on one sentence.</summary>
internal static class Extract
{
    public static readonly DateOnly Published = new(2023, 5, 10);

    public static IReadOnlyList<Claim> All(string text) => Claims.Extract(text, Published);

    public static List<Claim> Quantities(string text) => [.. All(text).Where(c => c.Kind != ClaimKind.Date)];

    public static Claim Single(string text)
    {
        var claims = Quantities(text);
        Assert.True(claims.Count == 1, $"expected one claim in \"{text}\", got: {string.Join(" | ", claims.Select(c => c.Text))}");
        return claims[0];
    }
}
