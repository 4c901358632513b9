using System.Text.Json;
using ClaimCheck.IO;

namespace ClaimCheck.Baseline;

/// <summary>Reads and writes baseline files: indented JSON, the claim contract's naming, written atomically.</summary>
public static class BaselineJson
{
    /// <summary>The baseline as the indented JSON of <c>baseline.json</c>, ending with a line end.</summary>
    public static string Serialize(BaselineSnapshot snapshot) => JsonContract.Serialize(snapshot, BaselineJsonContext.Contract.Indented) + "\n";

    /// <summary>Writes the baseline atomically: an interrupted run leaves the previous baseline intact.</summary>
    public static void Write(BaselineSnapshot snapshot, string path) => AtomicFile.Write(path, writer =>
    {
        JsonContract.Write(snapshot, BaselineJsonContext.Contract.Indented, writer);
        writer.Write('\n');
    });

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="InvalidDataException">The file is not a baseline this version understands; the message says why and what to do.</exception>
    public static BaselineSnapshot Read(string path)
    {
        if (FileKind.NotRegular(path) is { } kind)
        {
            throw new InvalidDataException($"{path}: {kind}, so it is not read (reading it could wait forever). Give the baseline file written by 'claimcheck baseline'.");
        }

        var text = File.ReadAllText(path);
        BaselineSnapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize(text, BaselineJsonContext.Contract.Compact.GetTypeInfo(typeof(BaselineSnapshot))) as BaselineSnapshot;
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path}: not a ClaimCheck baseline ({exception.Message}). Recreate it with 'claimcheck baseline --out {path}'.", exception);
        }

        if (snapshot is null || snapshot.Claims is null || snapshot.Groups is null)
        {
            throw new InvalidDataException($"{path}: not a ClaimCheck baseline (no claims or groups). Recreate it with 'claimcheck baseline --out {path}'.");
        }

        if (snapshot.SchemaVersion is < BaselineSnapshot.OldestReadableVersion or > BaselineSnapshot.CurrentSchemaVersion)
        {
            throw new InvalidDataException($"{path}: baseline schema version {snapshot.SchemaVersion} is not supported (this ClaimCheck writes version {BaselineSnapshot.CurrentSchemaVersion}). Recreate it with 'claimcheck baseline --out {path}'.");
        }

        return snapshot.Documents is null ? snapshot with { Documents = [] } : snapshot;
    }
}
