using System.Text.Json.Serialization;
using ClaimCheck.IO;

namespace ClaimCheck.Comparison;

/// <summary>The JSON of <c>claimcheck diff --format json</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ComparisonJsonDocument))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext
{
    /// <summary>The shared JSON conventions over this context.</summary>
    public static JsonContract Contract => JsonContract.For(Default);
}
