namespace ClaimCheck.Corpus;

/// <summary>Reads a string already taken from a reader, then the rest of that reader.</summary>
internal sealed class ConcatenatedReader(string head, TextReader rest) : TextReader
{
    private int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        if (_position < head.Length)
        {
            var n = Math.Min(count, head.Length - _position);
            head.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        return rest.Read(buffer, index, count);
    }

    public override int Read() => _position < head.Length ? head[_position++] : rest.Read();

    public override int Peek() => _position < head.Length ? head[_position] : rest.Peek();
}
