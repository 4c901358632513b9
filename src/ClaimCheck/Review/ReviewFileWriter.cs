using ClaimCheck.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Review;

/// <summary>
/// Adds decisions to the text of a decisions file. New entries are emitted by YamlDotNet and spliced in after the
/// last entry, in the list's own indentation, so every other byte (comments, quoting, a key after the list) stays as
/// the analyst wrote it. The result must read back as the old decisions followed by the new ones, with everything
/// else the same; a splice that does not is replaced by a full re-emit of the file, and when that does not either,
/// nothing is returned and the caller writes nothing.
/// </summary>
internal static class ReviewFileWriter
{
    public const string Refused = "Nothing was recorded.";

    /// <summary>
    /// The text with <paramref name="added"/> at the end of its list. Throws <see cref="InvalidDataException"/>,
    /// naming the file and line, when the file cannot be added to safely.
    /// </summary>
    public static string Add(string text, string path, IReadOnlyList<ReviewDecision> added)
    {
        var before = new List<Diagnostic>();
        var old = ReviewFileReader.Read(text, path, before, out var unusable, Refused);
        if (unusable is not null)
        {
            throw new InvalidDataException(unusable.ToString());
        }

        if (added.Count == 0)
        {
            return text;
        }

        // The reader has parsed the same text under the same bounds, so this cannot throw.
        var layout = ReviewYamlLayout.Scan(text);
        if (Splice(text, layout, added) is { } spliced && Holds(spliced, path, layout, [.. old, .. added], before))
        {
            return spliced;
        }

        var rewritten = ReviewYamlRewriter.Rewrite(layout, added);
        if (Holds(rewritten, path, layout, [.. old, .. added], before))
        {
            return rewritten;
        }

        throw new InvalidDataException($"{path}: the decisions could not be added without changing what the file already says (an unusual layout). {Refused} Add them by hand, or start the list with 'decisions:' on a line of its own and one '- action: ...' entry per decision.");
    }

    /// <summary>The text with the new entries inserted where they belong, or null for a layout this does not handle.</summary>
    private static string? Splice(string text, ReviewYamlLayout layout, IReadOnlyList<ReviewDecision> added)
    {
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        string Block(int indent) => ReviewYamlEmitter.Block(added, indent, newLine);
        var events = layout.Events;
        if (layout.Root < 0 || ReviewYamlLayout.IsNull(events[layout.Root]))
        {
            return Insert(text, text.Length, ReviewFileReader.DecisionsKey + ":" + newLine + Block(2), newLine);
        }

        if (events[layout.Root] is not MappingStart { Style: MappingStyle.Block } root)
        {
            return null;
        }

        if (layout.Key < 0)
        {
            var indent = Column(root);
            var end = LineEnd(text, layout.ContentEnd(layout.Root, layout.RootEnd));
            return Insert(text, end, new string(' ', indent) + ReviewFileReader.DecisionsKey + ":" + newLine + Block(indent + 2), newLine);
        }

        var (key, value, close) = (events[layout.Key], events[layout.Value], events[layout.ValueEnd]);
        switch (value)
        {
            case SequenceStart { Style: SequenceStyle.Block }:
                return Insert(text, LineEnd(text, layout.ContentEnd(layout.Value, layout.ValueEnd)), Block(Column(value)), newLine);
            case SequenceStart when layout.ValueEnd > layout.Value + 1:
                var last = layout.ContentEnd(layout.Value + 1, layout.ValueEnd - 1);
                return text[..last] + ", " + ReviewYamlEmitter.Flow(added) + text[last..];
            case SequenceStart when Span(text, value, close).Contains('#', StringComparison.Ordinal):
                // An empty [ ] holding a comment: the entries go inside, so the comment stays.
                var open = (int)value.Start.Index + 1;
                return text[..open] + ReviewYamlEmitter.Flow(added) + text[open..];
            case SequenceStart or Scalar { Value.Length: > 0 }:
                // 'decisions: []' or 'decisions: ~' becomes 'decisions:' with a block list under it.
                var head = text[..(int)value.Start.Index].TrimEnd(' ');
                var tail = text[ReviewYamlLayout.After(close)..].TrimStart(' ');
                var cleared = head + (tail.Length == 0 || tail[0] is '\n' or '\r' ? string.Empty : " ") + tail;
                return Insert(cleared, LineEnd(cleared, head.Length), Block(Column(key) + 2), newLine);
            default:
                return Insert(text, LineEnd(text, (int)key.End.Index), Block(Column(key) + 2), newLine);
        }
    }

    /// <summary>Whether <paramref name="text"/> says what the old file said, with <paramref name="expected"/> as its decisions.</summary>
    private static bool Holds(string text, string path, ReviewYamlLayout old, IReadOnlyList<ReviewDecision> expected, List<Diagnostic> before)
    {
        var diagnostics = new List<Diagnostic>();
        var decisions = ReviewFileReader.Read(text, path, diagnostics, out var unusable, Refused);
        if (unusable is not null)
        {
            return false;
        }

        ReviewYamlLayout layout;
        try
        {
            layout = ReviewYamlLayout.Scan(text);
        }
        catch (YamlException)
        {
            return false;
        }

        return decisions.Select(Content).SequenceEqual(expected.Select(Content))
            && diagnostics.Select(d => d.Message).SequenceEqual(before.Select(d => d.Message))
            && layout.Rest.SequenceEqual(old.Rest)
            && layout.Items.Take(old.Items.Count).SequenceEqual(old.Items);
    }

    private static string Content(ReviewDecision d) =>
        string.Join('\u0000', d.Action, d.Group, string.Join('\u0001', d.Claims), d.Verdict, d.Note, d.Reviewer, d.Date);

    private static string Insert(string text, int at, string lines, string newLine) =>
        at == text.Length && text.Length > 0 && !text.EndsWith('\n')
            ? text + newLine + lines
            : text[..at] + lines + text[at..];

    /// <summary>The start of the line after the one <paramref name="index"/> is on; the index itself when it starts a line.</summary>
    private static int LineEnd(string text, int index)
    {
        if (index > 0 && text[index - 1] == '\n')
        {
            return index;
        }

        var end = text.IndexOf('\n', index);
        return end < 0 ? text.Length : end + 1;
    }

    private static string Span(string text, ParsingEvent first, ParsingEvent last) => text[(int)first.Start.Index..ReviewYamlLayout.After(last)];

    private static int Column(ParsingEvent e) => (int)e.Start.Column - 1;
}
