using System.Text.Json.Serialization;
using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Reporting;

/// <summary>Source-generated JSON contract: camelCase names, kebab-case enum values, nulls written so every field is always present.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(IReadOnlyList<Claim>))]
[JsonSerializable(typeof(Caching.RunRecord))]
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(AnalysisResult))]
[JsonSerializable(typeof(HtmlReportData))]
[JsonSerializable(typeof(IReadOnlyList<TableSentence>))]
[JsonSerializable(typeof(Baseline.BaselineSnapshot))]
[JsonSerializable(typeof(ClaimCheck.Comparison.ComparisonJsonDocument))]
internal sealed partial class ClaimCheckJsonContext : JsonSerializerContext;
