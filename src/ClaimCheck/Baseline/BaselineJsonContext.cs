using System.Text.Json.Serialization;
using ClaimCheck.IO;

namespace ClaimCheck.Baseline;

/// <summary>The JSON of <c>baseline.json</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(BaselineSnapshot))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
    /// <summary>The shared JSON conventions over this context.</summary>
    public static JsonContract Contract => JsonContract.For(Default);
}
