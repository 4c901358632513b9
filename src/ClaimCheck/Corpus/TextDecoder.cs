using System.Text;

namespace ClaimCheck.Corpus;

/// <summary>Turns file bytes into document text: BOM-aware decoding and LF line ends.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes <paramref name="bytes"/> by their byte order mark (UTF-8, UTF-16, UTF-32), else as UTF-16 when
    /// <see cref="Utf16WithoutBom"/> recognises it, else as UTF-8. Invalid UTF-8 or UTF-16 is replaced with U+FFFD,
    /// and <paramref name="invalid"/> then names the encoding the bytes broke (for a warning); null when none did.
    /// </summary>
    public static string Decode(byte[] bytes, out string? invalid)
    {
        invalid = null;
        var (encoding, bomLength) = DetectBom(bytes);
        string text;
        if (encoding is not null)
        {
            text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        else if (Utf16WithoutBom(bytes) is { } utf16)
        {
            text = FlaggingDecoderFallback.For(utf16, out var fallback).GetString(bytes);
            invalid = fallback.Used ? Utf16Name(utf16) : null;
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                invalid = "UTF-8";
                text = Encoding.UTF8.GetString(bytes);
            }
        }

        return NormalizeNewlines(text);
    }

    /// <summary>
    /// UTF-16 without a byte order mark, told by its NUL bytes: a character below U+0100 (every space, digit and
    /// ASCII letter) has a zero high byte, so little-endian text has NULs at odd offsets and almost none at even ones,
    /// big-endian the reverse. UTF-8 text has no NULs, and binary data has them at both; a sample that decodes to
    /// control characters (an array of small 16-bit numbers) is not taken for text either. Null when not UTF-16.
    /// </summary>
    public static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] != 0)
            {
                continue;
            }

            if (i % 2 == 0)
            {
                even++;
            }
            else
            {
                odd++;
            }
        }

        // A few NULs, on one side: at least one character in ten below U+0100, and 19 in 20 NULs on that side.
        var units = sample.Length / 2;
        static bool OneSided(int side, int other, int units) => side >= 4 && side * 10 >= units && other * 20 <= side;
        Encoding? encoding = OneSided(odd, even, units) ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false)
            : OneSided(even, odd, units) ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false)
            : null;
        if (encoding is null)
        {
            return null;
        }

        var text = encoding.GetString(sample);
        var suspicious = text.Count(c => (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD');
        return suspicious * 10 > text.Length ? null : encoding;
    }

    /// <summary>How a warning names UTF-16 that was recognised without a byte order mark.</summary>
    private static string Utf16Name(Encoding utf16) =>
        $"UTF-16 (read as UTF-16 {(utf16.CodePage == Encoding.BigEndianUnicode.CodePage ? "big" : "little")}-endian without a byte order mark)";

    /// <summary>
    /// CRLF and lone CR become LF, and a leading U+FEFF is dropped. Other separators (U+2028, form feed) stay:
    /// claim offsets point into this text, so it changes no more than it must.
    /// </summary>
    public static string NormalizeNewlines(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
    }

    private static (Encoding? Encoding, int BomLength) DetectBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        // UTF-32 LE before UTF-16 LE: its BOM starts with the UTF-16 LE one.
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    /// <summary>
    /// Whether bytes are a binary file rather than text: a NUL byte (outside UTF-16/32, which have byte order
    /// marks or are recognised by <see cref="Utf16WithoutBom"/>) or more than a tenth of control bytes or invalid
    /// UTF-8 in the first 8 KiB.
    /// </summary>
    public static bool LooksBinary(byte[] bytes)
    {
        if (bytes.Length == 0 || (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)) || Utf16WithoutBom(bytes) is not null)
        {
            return false;
        }

        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var suspicious = 0;
        var i = 0;
        while (i < sample.Length)
        {
            var b = sample[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                suspicious++;
                i++;
                continue;
            }

            if (b < 0x80)
            {
                i++;
                continue;
            }

            // A UTF-8 sequence: lead byte, then continuation bytes.
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
            var valid = length > 0 && i + length <= sample.Length;
            for (var k = 1; valid && k < length; k++)
            {
                valid = (sample[i + k] & 0xC0) == 0x80;
            }

            if (!valid && i + length <= sample.Length)
            {
                suspicious++;
                i++;
                continue;
            }

            i += Math.Max(1, length);
        }

        return suspicious * 10 > sample.Length;
    }
}
