namespace ClaimCheck.Text;

/// <summary>A half-open character range [<see cref="Start"/>, <see cref="End"/>) of a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;
}
