using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Review;

/// <summary>
/// The fallback for a layout new entries cannot be spliced into (a <c>{...}</c> mapping at the top, a document with
/// only <c>---</c> and <c>...</c>): the whole file re-emitted from its parse events with the entries added. Every
/// value is kept; comments and the file's own layout are not, which is why this is only the fallback.
/// </summary>
internal static class ReviewYamlRewriter
{
    public static string Rewrite(ReviewYamlLayout layout, IReadOnlyList<ReviewDecision> added)
    {
        var events = layout.Events.ToList();
        var entries = added.SelectMany(d => ReviewYamlEmitter.Events(d, MappingStyle.Block)).ToList();
        ParsingEvent[] list = [new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block), .. entries, new SequenceEnd()];
        ParsingEvent[] entry = [new Scalar(ReviewFileReader.DecisionsKey), .. list];
        if (layout.Root < 0)
        {
            events.InsertRange(1, [new DocumentStart(null, null, isImplicit: true), Mapping(), .. entry, new MappingEnd(), new DocumentEnd(isImplicit: true)]);
        }
        else if (layout.Key < 0 && ReviewYamlLayout.IsNull(events[layout.Root]))
        {
            events.RemoveAt(layout.Root);
            events.InsertRange(layout.Root, [Mapping(), .. entry, new MappingEnd()]);
        }
        else if (layout.Key < 0)
        {
            events.InsertRange(layout.RootEnd, entry);
        }
        else if (events[layout.Value] is SequenceStart existing)
        {
            events.InsertRange(layout.ValueEnd, entries);
            events[layout.Value] = new SequenceStart(existing.Anchor, existing.Tag, existing.IsImplicit, SequenceStyle.Block);
        }
        else
        {
            events.RemoveAt(layout.Value);
            events.InsertRange(layout.Value, list);
        }

        using var output = new StringWriter { NewLine = "\n" };
        var emitter = ReviewYamlEmitter.Create(output);
        foreach (var e in events)
        {
            emitter.Emit(e);
        }

        return output.ToString();
    }

    private static MappingStart Mapping() => new(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block);
}
