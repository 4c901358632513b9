using System.Text;

namespace ClaimCheck.Corpus;

/// <summary>Replaces invalid bytes with U+FFFD, as the default UTF-8 decoder does, and remembers that it had to.</summary>
internal sealed class FlaggingDecoderFallback : DecoderFallback
{
    public bool Used { get; private set; }

    public override int MaxCharCount => 1;

    /// <summary>A UTF-8 decoder that replaces invalid bytes through a new fallback, to ask afterwards whether it did.</summary>
    public static Encoding Utf8(out FlaggingDecoderFallback fallback) =>
        Encoding.GetEncoding(Encoding.UTF8.CodePage, EncoderFallback.ReplacementFallback, fallback = new FlaggingDecoderFallback());

    /// <summary><paramref name="encoding"/> with a new fallback that replaces invalid bytes and remembers it.</summary>
    public static Encoding For(Encoding encoding, out FlaggingDecoderFallback fallback) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, fallback = new FlaggingDecoderFallback());

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(FlaggingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Used = true;
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending)
            {
                return '\0';
            }

            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;
    }
}
