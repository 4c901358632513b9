using System.Collections.Concurrent;
using System.Text.Json;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.IO;

namespace ClaimCheck.Caching;

/// <summary>
/// Claims extracted earlier, keyed by a hash of everything extraction reads (the document's id, publication date,
/// text and skipped ranges) and of the ClaimCheck build. One file per corpus in the cache folder; each run rewrites it
/// atomically with the entries it used, so documents that left the corpus leave the cache. A missing, stale or
/// damaged cache file is simply a cache with nothing in it.
/// </summary>
public sealed class ExtractionCache
{
    private const string Header = "claimcheck-extractions 1 ";

    private readonly string _path;
    private readonly Dictionary<string, string> _stored;
    private readonly ConcurrentDictionary<string, IReadOnlyList<Claim>> _used = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    private ExtractionCache(string path, Dictionary<string, string> stored)
    {
        _path = path;
        _stored = stored;
    }

    /// <summary>Documents whose claims came from the cache in this run.</summary>
    public int Hits => _hits;

    /// <summary>Documents extracted in this run.</summary>
    public int Misses => _misses;

    /// <summary>Opens the cache of the corpus at <paramref name="corpusPaths"/> in <paramref name="folder"/> (e.g. <c>.claimcheck</c>).</summary>
    public static ExtractionCache Open(string folder, IEnumerable<string> corpusPaths)
    {
        ArgumentNullException.ThrowIfNull(corpusPaths);
        using var scope = new ContentHash();
        foreach (var path in corpusPaths)
        {
            scope.Add(path == "-" ? path : Path.GetFullPath(path));
        }

        var file = Path.Join(folder, $"extractions-{scope.Finish()[..16]}.cache");
        return new ExtractionCache(file, Read(file));
    }

    /// <summary>The document's claims: from the cache when its content was extracted before by this build, else extracted now and remembered.</summary>
    public IReadOnlyList<Claim> GetOrExtract(Document document, IClaimExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extractor);
        var key = KeyOf(document);
        if (_stored.TryGetValue(key, out var json) && Parse(json) is { } cached)
        {
            Interlocked.Increment(ref _hits);
            _used[key] = cached;
            return cached;
        }

        Interlocked.Increment(ref _misses);
        var claims = extractor.Extract(document);
        _used[key] = claims;
        return claims;
    }

    /// <summary>Writes the entries used in this run, replacing the file atomically. A cache that cannot be written is not an error: the next run extracts again.</summary>
    public bool Save()
    {
        try
        {
            AtomicFile.Write(_path, writer =>
            {
                writer.Write(Header + BuildIdentity.Current + "\n");
                foreach (var (key, claims) in _used.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    writer.Write(key);
                    writer.Write('\t');
                    writer.Write(JsonSerializer.Serialize(claims, CachingJsonContext.Contract.Compact.GetTypeInfo(typeof(IReadOnlyList<Claim>))));
                    writer.Write('\n');
                }
            });
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    internal static string KeyOf(Document document)
    {
        using var hash = new ContentHash();
        hash.Add(BuildIdentity.Current).Add(document.Id).Add(document.Published?.DayNumber ?? -1).Add(document.Text).Add(document.Skipped.Count);
        foreach (var range in document.Skipped)
        {
            hash.Add(range.Start).Add(range.End);
        }

        return hash.Finish();
    }

    private static Dictionary<string, string> Read(string path)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        if (FileKind.NotRegular(path) is not null)
        {
            return stored; // a pipe or device is no cache, and opening it could wait forever
        }

        try
        {
            using var reader = new StreamReader(path);
            if (reader.ReadLine() != Header + BuildIdentity.Current)
            {
                return stored; // another build's cache: its claims may differ from what this build extracts
            }

            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0)
                {
                    stored[line[..tab]] = line[(tab + 1)..];
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stored.Clear(); // no cache yet, or unreadable: extract everything
        }

        return stored;
    }

    private static IReadOnlyList<Claim>? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, CachingJsonContext.Contract.Compact.GetTypeInfo(typeof(IReadOnlyList<Claim>))) as IReadOnlyList<Claim>;
        }
        catch (JsonException)
        {
            return null; // a damaged entry is extracted again
        }
    }
}
