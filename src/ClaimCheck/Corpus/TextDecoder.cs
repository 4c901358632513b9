using System.Text;

namespace ClaimCheck.Corpus;

/// <summary>Turns file bytes into document text: BOM-aware decoding and LF line ends.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes <paramref name="bytes"/> by their byte order mark (UTF-8, UTF-16, UTF-32), else as UTF-8.
    /// Invalid UTF-8 is replaced with U+FFFD and reported through <paramref name="invalidUtf8"/>.
    /// </summary>
    public static string Decode(byte[] bytes, out bool invalidUtf8)
    {
        invalidUtf8 = false;
        var (encoding, bomLength) = DetectBom(bytes);
        string text;
        if (encoding is not null)
        {
            text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                invalidUtf8 = true;
                text = Encoding.UTF8.GetString(bytes);
            }
        }

        return NormalizeNewlines(text);
    }

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
    /// marks) or more than a tenth of control bytes or invalid UTF-8 in the first 8 KiB.
    /// </summary>
    public static bool LooksBinary(byte[] bytes)
    {
        if (bytes.Length == 0 || (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)))
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
