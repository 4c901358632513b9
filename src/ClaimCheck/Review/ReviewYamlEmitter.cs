using ClaimCheck.Consistency;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Review;

/// <summary>
/// Writes decisions as YAML through YamlDotNet's emitter, never by hand, so that any note (quotes, new lines, U+2028,
/// control characters) is escaped the way the reader reads it back. Free text is double-quoted: it then never reads
/// as a number, a date or a comment.
/// </summary>
internal static class ReviewYamlEmitter
{
    /// <summary>The decisions as block list entries (<c>- action: ...</c>), each line indented by <paramref name="indent"/> spaces.</summary>
    public static string Block(IReadOnlyList<ReviewDecision> decisions, int indent, string newLine)
    {
        var lines = Emit(SequenceStyle.Block, MappingStyle.Block, decisions).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var emitted = lines.Length == 0 ? 0 : lines.Min(line => line.Length - line.TrimStart(' ').Length);
        var pad = new string(' ', indent);
        return string.Concat(lines.Select(line => pad + line[emitted..] + newLine));
    }

    /// <summary>The decisions as flow mappings separated by commas, to go inside an existing <c>[...]</c>.</summary>
    public static string Flow(IReadOnlyList<ReviewDecision> decisions)
    {
        var text = Emit(SequenceStyle.Flow, MappingStyle.Flow, decisions).Trim();
        return text[1..^1]; // inside the brackets
    }

    /// <summary>The events of one decision, for the emitter.</summary>
    public static IEnumerable<ParsingEvent> Events(ReviewDecision decision, MappingStyle style)
    {
        yield return new MappingStart(AnchorName.Empty, TagName.Empty, true, style);
        foreach (var e in Pair("action", ReviewFile.Name(decision.Action), ScalarStyle.Plain))
        {
            yield return e;
        }

        if (decision.Group is not null)
        {
            foreach (var e in Pair("group", decision.Group, ScalarStyle.Any))
            {
                yield return e;
            }
        }

        if (decision.Claims.Count > 0)
        {
            yield return new Scalar("claims");
            yield return new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow);
            foreach (var claim in decision.Claims)
            {
                yield return Text(claim, ScalarStyle.Any);
            }

            yield return new SequenceEnd();
        }

        if (decision.Verdict is { } verdict)
        {
            foreach (var e in Pair("verdict", Name(verdict), ScalarStyle.Plain))
            {
                yield return e;
            }
        }

        foreach (var (key, value) in new[] { ("note", decision.Note), ("reviewer", decision.Reviewer), ("date", decision.Date) })
        {
            if (value is not null)
            {
                foreach (var e in Pair(key, value, ScalarStyle.DoubleQuoted))
                {
                    yield return e;
                }
            }
        }

        yield return new MappingEnd();
    }

    /// <summary>One line per structure, no folding, no document markers: the text is spliced into a file.</summary>
    public static Emitter Create(TextWriter output) =>
        new(output, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, skipAnchorName: false, indentSequences: true, newLine: "\n", useUtf16SurrogatePairs: false));

    private static string Emit(SequenceStyle listStyle, MappingStyle entryStyle, IReadOnlyList<ReviewDecision> decisions)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var emitter = Create(output);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, listStyle));
        foreach (var e in decisions.SelectMany(d => Events(d, entryStyle)))
        {
            emitter.Emit(e);
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return output.ToString();
    }

    private static ParsingEvent[] Pair(string key, string value, ScalarStyle style) => [new Scalar(key), Text(value, style)];

    private static Scalar Text(string value, ScalarStyle style) =>
        new(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true);

    private static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
