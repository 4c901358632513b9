namespace ClaimCheck.Text;

/// <summary>A half-open character range [<see cref="Start"/>, <see cref="End"/>) of a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="position"/> is in the range.</summary>
    public bool Contains(int position) => position >= Start && position < End;
}
