using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Caching;

/// <summary>
/// A SHA-256 over a sequence of typed parts, each length-prefixed so that no two different sequences hash alike
/// (<c>"ab","c"</c> and <c>"a","bc"</c>). What caches are keyed by.
/// </summary>
internal sealed class ContentHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public ContentHash Add(ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[8];
        BitConverter.TryWriteBytes(length, (long)bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
        return this;
    }

    /// <summary>A stream's content, read in blocks (a file is never held whole), prefixed with its length.</summary>
    public ContentHash Add(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        long length = 0;
        using var content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            content.AppendData(buffer, 0, read);
            length += read;
        }

        return Add(length).Add(content.GetHashAndReset());
    }

    public ContentHash Add(string? text) => text is null ? Add([0xFF]) : Add(Encoding.UTF8.GetBytes(text));

    public ContentHash Add(long number)
    {
        Span<byte> bytes = stackalloc byte[8];
        BitConverter.TryWriteBytes(bytes, number);
        return Add(bytes);
    }

    /// <summary>The hash as 64 lower-case hex digits.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
