using System.Text.Json.Serialization;
using ClaimCheck.Extraction;
using ClaimCheck.IO;

namespace ClaimCheck.Corpus;

/// <summary>The JSON a corpus can be given instead of texts: claims already extracted (jsonl or an extraction result).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(ExtractionResult))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext
{
    /// <summary>The shared JSON conventions over this context.</summary>
    public static JsonContract Contract => JsonContract.For(Default);
}
