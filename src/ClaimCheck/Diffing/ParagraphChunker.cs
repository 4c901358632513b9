using DiffPlex;

namespace ClaimCheck.Diffing;

/// <summary>
/// Cuts a text into lines, each with the run of line ends after it, so blank lines between paragraphs are never matched
/// on their own: a paragraph diffs against the paragraph it was, not against the blank line next to another one.
/// </summary>
internal sealed class ParagraphChunker : IChunker
{
    public static ParagraphChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string str)
    {
        ArgumentNullException.ThrowIfNull(str);
        var chunks = new List<string>();
        var start = 0;
        var i = 0;
        while (i < str.Length)
        {
            if (str[i] != '\n')
            {
                i++;
                continue;
            }

            while (i < str.Length && str[i] == '\n')
            {
                i++;
            }

            chunks.Add(str[start..i]);
            start = i;
        }

        if (start < str.Length)
        {
            chunks.Add(str[start..]);
        }

        return chunks;
    }
}
