using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Corpus;

/// <summary>
/// Passes YAML parse events through, refusing the shapes that make a small hostile file crash or hang the
/// process: lists and mappings nested deeper than <see cref="MaxDepth"/> (YamlDotNet builds nodes recursively, so
/// 60,000 nested <c>[</c> overflow the stack), and mapping keys that are not plain values (a key is hashed whole,
/// and an alias key can stand for a billion nodes). The parser reads lazily, so a refusal comes at the offending
/// event, before the rest of the file is scanned.
/// </summary>
internal sealed class BoundedYamlParser(IParser inner) : IParser
{
    /// <summary>Deeper than any manifest, front matter or decisions file needs (they use three or four levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>One entry per open list or mapping.</summary>
    private readonly Stack<Expect> open = new();

    private enum Expect
    {
        Item,
        Key,
        Value,
    }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingEnd or SequenceEnd:
                open.Pop();
                break;
            case NodeEvent or AnchorAlias:
                Enter(inner.Current);
                break;
        }

        return true;
    }

    private void Enter(ParsingEvent node)
    {
        if (open.TryPeek(out var expect) && expect != Expect.Item)
        {
            if (expect == Expect.Key && node is not Scalar)
            {
                throw new YamlLimitException(node.Start, node.End, "a mapping key here is a list, mapping or alias; ClaimCheck reads only plain keys. Write the key as text");
            }

            open.Pop();
            open.Push(expect == Expect.Key ? Expect.Value : Expect.Key);
        }

        if (node is MappingStart or SequenceStart)
        {
            if (open.Count >= MaxDepth)
            {
                throw new YamlLimitException(node.Start, node.End, $"lists and mappings nested more than {MaxDepth} levels deep; ClaimCheck reads no deeper. Flatten the YAML at this line");
            }

            open.Push(node is MappingStart ? Expect.Key : Expect.Item);
        }
    }
}
