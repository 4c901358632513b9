using System.Text.Json;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

public sealed class AnalysisJsonTests
{
    private static string SchemaPath => Path.Join(RepoRoot.Path, "docs", "analysis.schema.json");

    private static string Write(ClaimCheck.Consistency.AnalysisResult result)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        AnalysisJson.Write(result, writer);
        return writer.ToString();
    }

    [Fact]
    public void Analysis_json_of_the_sample_matches_the_reviewed_golden_file() =>
        GoldenFile.Verify("analysis-sample.json", Write(AnalysisFixture.Sample()));

    [Fact]
    public void Output_has_exactly_the_properties_the_schema_declares()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        foreach (var result in new[] { AnalysisFixture.Sample(), AnalysisFixture.Hostile() })
        {
            using var output = JsonDocument.Parse(Write(result));
            var check = new JsonSchemaCheck(schema.RootElement);
            check.Check(output.RootElement);
            Assert.True(check.Errors.Count == 0, string.Join("\n", check.Errors));
        }
    }

    [Fact]
    public void The_schema_check_notices_a_missing_or_an_extra_property()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var json = Write(AnalysisFixture.Sample());
        var changed = json.Replace("\"label\": \"military products (count)\",", "\"label\": \"military products (count)\", \"extra\": 1,", StringComparison.Ordinal)
            .Replace("\"repeatOf\": null", "\"repeatOff\": null", StringComparison.Ordinal);
        using var output = JsonDocument.Parse(changed);
        var check = new JsonSchemaCheck(schema.RootElement);
        check.Check(output.RootElement);
        Assert.Contains(check.Errors, e => e.Contains("property extra is not in the schema", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e.Contains("property repeatOf is declared but not written", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_field_of_the_schema_is_documented_and_required()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var root = schema.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        var objects = new[] { root }.Concat(root.GetProperty("$defs").EnumerateObject().Select(d => d.Value)).Where(o => o.TryGetProperty("properties", out _));
        foreach (var definition in objects)
        {
            var properties = definition.GetProperty("properties").EnumerateObject().ToList();
            Assert.Equal(properties.Select(p => p.Name), definition.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
            Assert.False(definition.GetProperty("additionalProperties").GetBoolean());
            Assert.All(properties, p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), p.Name));
        }
    }

    [Fact]
    public void Verdicts_and_enums_are_kebab_case_and_nulls_are_written()
    {
        var json = Write(AnalysisFixture.Sample());
        Assert.Contains("\"verdict\": \"discrepancy\"", json, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"single\"", json, StringComparison.Ordinal);
        Assert.Contains("\"qualifier\": \"more-than\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dateSource\": \"front-matter\"", json, StringComparison.Ordinal);
        Assert.Contains("\"change\": null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }
}
