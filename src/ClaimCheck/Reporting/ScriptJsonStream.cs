namespace ClaimCheck.Reporting;

/// <summary>
/// A write-only stream that passes UTF-8 JSON on to another stream with the escapes of <see cref="HtmlText.ScriptJson"/>
/// applied on the way (<c>&lt;</c> <c>&gt;</c> <c>&amp;</c> U+2028 U+2029), so a report's data island is written as it
/// is serialised instead of being held whole, twice, as strings. Byte-wise replacement is safe: the three ASCII bytes
/// never occur inside a multi-byte UTF-8 sequence, and U+2028/U+2029 are one exact three-byte sequence each.
/// </summary>
internal sealed class ScriptJsonStream(Stream inner) : Stream
{
    private static readonly byte[] LessThan = "\\u003c"u8.ToArray();
    private static readonly byte[] GreaterThan = "\\u003e"u8.ToArray();
    private static readonly byte[] Ampersand = "\\u0026"u8.ToArray();
    private static readonly byte[] LineSeparator = "\\u2028"u8.ToArray();
    private static readonly byte[] ParagraphSeparator = "\\u2029"u8.ToArray();

    /// <summary>How many bytes of a possible E2 80 A8/A9 sequence the last write ended with (0–2).</summary>
    private int _pending;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var start = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            var b = buffer[i];
            if (_pending > 0)
            {
                if (_pending == 1 && b == 0x80)
                {
                    _pending = 2;
                    start = i + 1;
                    continue;
                }

                if (_pending == 2 && b is 0xA8 or 0xA9)
                {
                    inner.Write(b == 0xA8 ? LineSeparator : ParagraphSeparator);
                    _pending = 0;
                    start = i + 1;
                    continue;
                }

                // Not a separator after all: the held bytes go out as they were.
                inner.Write(_pending == 1 ? [0xE2] : [0xE2, 0x80]);
                _pending = 0;
                start = i;
            }

            byte[]? escape = b switch
            {
                (byte)'<' => LessThan,
                (byte)'>' => GreaterThan,
                (byte)'&' => Ampersand,
                _ => null,
            };
            if (escape is not null)
            {
                inner.Write(buffer[start..i]);
                inner.Write(escape);
                start = i + 1;
            }
            else if (b == 0xE2)
            {
                inner.Write(buffer[start..i]);
                _pending = 1;
                start = i + 1;
            }
        }

        inner.Write(buffer[start..]);
    }

    public override void Flush()
    {
        if (_pending > 0)
        {
            inner.Write(_pending == 1 ? [0xE2] : [0xE2, 0x80]);
            _pending = 0;
        }

        inner.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
