using ClaimCheck.Corpus;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Review;

/// <summary>
/// The structure of a decisions file as YAML parse events: where its first document's top-level mapping, the
/// <c>decisions</c> key and the list under it are. Event marks give character offsets into the text, so that new
/// entries can be spliced in without touching a byte of what is there. Comments are not events: a splice keeps them
/// because it never rewrites the text around it.
/// </summary>
internal sealed class ReviewYamlLayout
{
    private ReviewYamlLayout(IReadOnlyList<ParsingEvent> events)
    {
        Events = events;
    }

    /// <summary>Every parse event of the file, in order.</summary>
    public IReadOnlyList<ParsingEvent> Events { get; }

    /// <summary>Index of the first document's root node, or -1 when the file holds no document.</summary>
    public int Root { get; private set; } = -1;

    /// <summary>Index of the event that closes the root (the root itself for a scalar).</summary>
    public int RootEnd { get; private set; } = -1;

    /// <summary>Index of the <c>decisions</c> key in the root mapping, or -1.</summary>
    public int Key { get; private set; } = -1;

    /// <summary>Index of the first event of the key's value.</summary>
    public int Value => Key + 1;

    /// <summary>Index of the event that closes the key's value (the value itself for a scalar).</summary>
    public int ValueEnd { get; private set; } = -1;

    /// <summary>What must not change when decisions are added: every node outside the <c>decisions</c> entry.</summary>
    public IReadOnlyList<string> Rest { get; private set; } = [];

    /// <summary>The nodes of the entries already in the list, which new ones may only follow.</summary>
    public IReadOnlyList<string> Items { get; private set; } = [];

    /// <summary>Parses <paramref name="text"/> (bounded as everywhere else); throws <see cref="YamlException"/> when it is not YAML ClaimCheck reads.</summary>
    public static ReviewYamlLayout Scan(string text)
    {
        var events = new List<ParsingEvent>();
        var parser = new BoundedYamlParser(new Parser(new StringReader(text)));
        while (parser.MoveNext())
        {
            events.Add(parser.Current!);
        }

        var layout = new ReviewYamlLayout(events);
        var start = events.FindIndex(e => e is DocumentStart);
        if (start < 0)
        {
            return layout;
        }

        layout.Root = start + 1;
        layout.RootEnd = Close(events, layout.Root);
        var rest = new List<string>();
        if (events[layout.Root] is MappingStart)
        {
            for (var key = layout.Root + 1; key < layout.RootEnd; key = Close(events, key + 1) + 1)
            {
                if (layout.Key < 0 && events[key] is Scalar { Value: ReviewFileReader.DecisionsKey })
                {
                    layout.Key = key;
                    layout.ValueEnd = Close(events, key + 1);
                }
                else
                {
                    rest.AddRange(Signature(events.Take(Close(events, key + 1) + 1).Skip(key)));
                }
            }
        }
        else if (!IsNull(events[layout.Root]))
        {
            rest.AddRange(Signature([events[layout.Root]]));
        }

        // Later documents are not read, but must survive too.
        rest.AddRange(Signature(events.Skip(layout.RootEnd + 1)));
        layout.Rest = rest;
        if (layout.Key >= 0 && events[layout.Value] is SequenceStart)
        {
            layout.Items = [.. Signature(events.Take(layout.ValueEnd).Skip(layout.Value + 1))];
        }

        return layout;
    }

    /// <summary>The end of the last thing written between two events: after a scalar, an alias or a closing bracket.</summary>
    public int ContentEnd(int from, int to)
    {
        var end = (int)Events[from].End.Index;
        var flow = new Stack<bool>();
        for (var i = from; i <= to; i++)
        {
            switch (Events[i])
            {
                case MappingStart m:
                    flow.Push(m.Style == MappingStyle.Flow);
                    break;
                case SequenceStart s:
                    flow.Push(s.Style == SequenceStyle.Flow);
                    break;
                case MappingEnd or SequenceEnd:
                    // A block collection "ends" where the next token starts, possibly lines later: not content.
                    if (flow.TryPop(out var isFlow) && isFlow)
                    {
                        end = Math.Max(end, After(Events[i]));
                    }

                    break;
                case Scalar { Value.Length: 0, Style: ScalarStyle.Plain or ScalarStyle.Any }:
                    break; // an empty value is placed where the next token starts: not content either
                case Scalar or AnchorAlias:
                    end = Math.Max(end, (int)Events[i].End.Index);
                    break;
            }
        }

        return end;
    }

    /// <summary>The offset just after what an event stands for; a closing bracket's marks point at the bracket itself.</summary>
    public static int After(ParsingEvent e) => e is MappingEnd or SequenceEnd ? (int)e.Start.Index + 1 : (int)e.End.Index;

    /// <summary>YAML's null, unquoted: nothing, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(ParsingEvent e) =>
        e is Scalar { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>The index of the event that closes the node starting at <paramref name="index"/>.</summary>
    private static int Close(List<ParsingEvent> events, int index)
    {
        var depth = 0;
        for (var i = index; i < events.Count; i++)
        {
            depth += events[i] switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                return i;
            }
        }

        return events.Count - 1;
    }

    /// <summary>What a node is, whatever its layout: kind, anchor, tag and text; not style or position.</summary>
    private static IEnumerable<string> Signature(IEnumerable<ParsingEvent> events) =>
        events.Select(e => e switch
        {
            Scalar s => $"={s.Anchor}|{s.Tag}|{s.Value}",
            AnchorAlias a => $"*{a.Value}",
            MappingStart m => $"{{{m.Anchor}|{m.Tag}",
            SequenceStart s => $"[{s.Anchor}|{s.Tag}",
            MappingEnd => "}",
            SequenceEnd => "]",
            DocumentStart => "---",
            _ => string.Empty,
        }).Where(s => s.Length > 0);
}
