using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimCheck.IO;

/// <summary>
/// The serializer options every JSON file shares (camelCase, nulls written, enum values in kebab-case, readable
/// non-ASCII text) over one stage's source-generated context. Each stage that reads or writes JSON declares its own
/// context, so no stage needs to know the types of the stages after it.
/// </summary>
internal sealed class JsonContract
{
    // One per context type, built on first use: after the generated Default exists, whatever the order of static
    // initialisers across the context's partial files.
    private static readonly ConcurrentDictionary<Type, JsonContract> Contracts = new();

    /// <summary>The contract over <paramref name="context"/>: a stage's context, declared with camelCase names, string enums and nulls written.</summary>
    public static JsonContract For(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Contracts.GetOrAdd(context.GetType(), _ => new JsonContract(context));
    }

    private JsonContract(JsonSerializerContext context)
    {
        var options = context.Options;
        if (options.PropertyNamingPolicy != JsonNamingPolicy.CamelCase || options.DefaultIgnoreCondition != JsonIgnoreCondition.Never)
        {
            throw new ArgumentException($"{context.GetType().Name} must be declared with camelCase names and nulls written, like every ClaimCheck JSON context.", nameof(context));
        }

        Compact = new(options)
        {
            // Data files, never embedded in HTML as they are (the HTML report escapes its data island itself): keep non-ASCII text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        };
        Indented = new(Compact) { WriteIndented = true, NewLine = "\n" };
    }

    /// <summary>One line, no indentation.</summary>
    public JsonSerializerOptions Compact { get; }

    /// <summary>Indented with two spaces and '\n' line ends, whatever the platform.</summary>
    public JsonSerializerOptions Indented { get; }

    public static string Serialize<T>(T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(value, options.GetTypeInfo(typeof(T)));

    /// <summary>
    /// Writes <paramref name="value"/> to <paramref name="writer"/>, the same text as <see cref="Serialize{T}"/>. A UTF-8
    /// stream writer (what files are written through) gets the bytes streamed to its stream, so a large analysis is
    /// never held as one string (hundreds of megabytes, twice over as UTF-16).
    /// </summary>
    public static void Write<T>(T value, JsonSerializerOptions options, TextWriter writer)
    {
        if (Utf8Stream(writer) is { } stream)
        {
            JsonSerializer.Serialize(stream, value, options.GetTypeInfo(typeof(T)));
            return;
        }

        writer.Write(Serialize(value, options));
    }

    /// <summary>
    /// The stream under a UTF-8 stream writer without a byte order mark, flushed so bytes can be added to it directly;
    /// null for any other writer (a string writer, another encoding), which must be written to as text.
    /// </summary>
    public static Stream? Utf8Stream(TextWriter writer)
    {
        if (writer is StreamWriter { Encoding: System.Text.UTF8Encoding utf8 } file && utf8.GetPreamble().Length == 0)
        {
            file.Flush();
            return file.BaseStream;
        }

        return null;
    }
}
