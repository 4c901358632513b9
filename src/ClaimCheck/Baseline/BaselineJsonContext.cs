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
    public static JsonContract Contract => Once.Contract;

    // Built on first use, after the generated Default (the order of static initialisers across partial files is not defined).
    private static class Once
    {
        public static readonly JsonContract Contract = new(Default);
    }
}
