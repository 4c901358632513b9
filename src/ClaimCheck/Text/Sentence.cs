namespace ClaimCheck.Text;

/// <summary>A sentence (or headline line) as a range of the document text.</summary>
public readonly record struct Sentence(int Start, int End)
{
    /// <summary>The sentence's text in <paramref name="text"/>.</summary>
    public string GetText(string text) => text[Start..End];
}
