using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClaimCheck.Consistency;
using ClaimCheck.Extraction;
using ClaimCheck.IO;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes <c>analysis.json</c>: an <see cref="AnalysisResult"/> in the JSON contract of <see cref="ClaimJson"/>
/// (camelCase, kebab-case enum values, every field present, indented, <c>\n</c> line ends), except that each sentence
/// is written once, in <c>sentences</c>, and a claim names its sentence by <c>sentenceIndex</c> (schema version 2).
/// Documented field by field in <c>docs/analysis.schema.json</c>.
/// </summary>
public static class AnalysisJson
{
    /// <summary>The version of <c>analysis.json</c>'s layout: 2 since sentences are stored once.</summary>
    public const int SchemaVersion = 2;

    /// <summary>The analysis as one indented JSON document followed by a line end.</summary>
    public static void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        JsonContract.Write(result, Options(result), writer);
        writer.Write('\n');
    }

    /// <summary>The analysis as one indented JSON document, with no final line end.</summary>
    public static string Serialize(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonContract.Serialize(result, Options(result));
    }

    // The contract's own type information, with two changes for this one write: the result gains the sentence table
    // after its documents, and a claim's sentence becomes the index of its row there.
    private static JsonSerializerOptions Options(AnalysisResult result)
    {
        var table = SentenceTable.Of(result.Claims);
        var resolver = ReportingJsonContext.Default.WithAddedModifier(info =>
        {
            if (info.Type == typeof(AnalysisResult))
            {
                Replace(info, "schemaVersion", typeof(int), _ => SchemaVersion);
                var sentences = info.CreateJsonPropertyInfo(typeof(IReadOnlyList<TableSentence>), "sentences");
                sentences.Get = _ => table.Sentences;
                info.Properties.Insert(IndexOf(info, "documents") + 1, sentences);
            }
            else if (info.Type == typeof(Claim))
            {
                Replace(info, "sentence", typeof(int), claim => table.Add((Claim)claim));
                info.Properties[IndexOf(info, "sentence")].Name = "sentenceIndex";
            }
        });
        return new JsonSerializerOptions(ReportingJsonContext.Contract.Indented) { TypeInfoResolver = resolver };
    }

    private static void Replace(JsonTypeInfo info, string name, Type type, Func<object, object?> get)
    {
        var at = IndexOf(info, name);
        var property = info.CreateJsonPropertyInfo(type, name);
        property.Get = get;
        property.Order = info.Properties[at].Order;
        info.Properties[at] = property;
    }

    private static int IndexOf(JsonTypeInfo info, string name)
    {
        for (var i = 0; i < info.Properties.Count; i++)
        {
            if (info.Properties[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The JSON contract of {info.Type.Name} has no property '{name}'.");
    }
}
