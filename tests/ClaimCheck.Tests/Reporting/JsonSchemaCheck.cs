using System.Globalization;
using System.Text.Json;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// Checks a JSON value against the subset of JSON Schema 2020-12 that <c>docs/analysis.schema.json</c> uses
/// (<c>$ref</c> to <c>$defs</c>, <c>type</c>, <c>const</c>, <c>enum</c>, <c>oneOf</c>, <c>properties</c>, <c>required</c>,
/// <c>additionalProperties: false</c>, <c>items</c>, <c>minimum</c>, <c>maximum</c>), strictly: an object must have
/// exactly the properties its schema declares, since every field of the contract is always written.
/// </summary>
internal sealed class JsonSchemaCheck(JsonElement root)
{
    public List<string> Errors { get; } = [];

    public void Check(JsonElement value) => Check(root, value, "$", Errors);

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var passing = oneOf.EnumerateArray().Count(branch =>
            {
                var branchErrors = new List<string>();
                Check(branch, value, path, branchErrors);
                return branchErrors.Count == 0;
            });
            if (passing != 1)
            {
                errors.Add($"{path}: matches {passing} branches of oneOf, not exactly one");
            }
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}, got {value.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => IsType(value, t)))
            {
                errors.Add($"{path}: {value.ValueKind} is not {string.Join(" or ", types)}");
                return;
            }
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble())
            {
                errors.Add($"{path}: {value.GetDouble().ToString(CultureInfo.InvariantCulture)} is below {min.GetRawText()}");
            }

            if (schema.TryGetProperty("maximum", out var max) && value.GetDouble() > max.GetDouble())
            {
                errors.Add($"{path}: {value.GetDouble().ToString(CultureInfo.InvariantCulture)} is above {max.GetRawText()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            var declared = properties.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var present = value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var extra in present.Except(declared))
            {
                errors.Add($"{path}: property {extra} is not in the schema");
            }

            foreach (var missing in declared.Except(present))
            {
                errors.Add($"{path}: property {missing} is declared but not written");
            }

            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(r => !present.Contains(r)))
                {
                    errors.Add($"{path}: required property {name} is missing");
                }
            }

            foreach (var property in value.EnumerateObject().Where(p => declared.Contains(p.Name)))
            {
                Check(properties.GetProperty(property.Name), property.Value, $"{path}.{property.Name}", errors);
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{i++}]", errors);
            }
        }
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var pointer = reference.GetString()!;
            Assert.StartsWith("#/$defs/", pointer, StringComparison.Ordinal);
            schema = root.GetProperty("$defs").GetProperty(pointer["#/$defs/".Length..]);
        }

        return schema;
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"unknown schema type {type}"),
    };
}
