using System.Text.Json.Serialization;
using ClaimCheck.Consistency;
using ClaimCheck.Extraction;
using ClaimCheck.IO;

namespace ClaimCheck.Reporting;

/// <summary>The JSON the reports write: claims, extraction results, analyses and the HTML report's data island.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(IReadOnlyList<Claim>))]
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(AnalysisResult))]
[JsonSerializable(typeof(HtmlReportData))]
[JsonSerializable(typeof(IReadOnlyList<TableSentence>))]
internal sealed partial class ReportingJsonContext : JsonSerializerContext
{
    /// <summary>The shared JSON conventions over this context.</summary>
    public static JsonContract Contract => JsonContract.For(Default);
}
