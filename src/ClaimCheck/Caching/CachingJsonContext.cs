using System.Text.Json.Serialization;
using ClaimCheck.Extraction;
using ClaimCheck.IO;

namespace ClaimCheck.Caching;

/// <summary>The JSON of the cache folder: each document's claims and the record of the last run.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(IReadOnlyList<Claim>))]
[JsonSerializable(typeof(RunRecord))]
internal sealed partial class CachingJsonContext : JsonSerializerContext
{
    /// <summary>The shared JSON conventions over this context.</summary>
    public static JsonContract Contract => JsonContract.For(Default);
}
