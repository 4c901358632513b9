using System.Text;
using ClaimCheck.Diffing;
using ClaimCheck.Text;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// A word diff on one line of the terminal, for <c>diff</c> and <c>review</c> alike. Removed runs read
/// <c>[-removed-]</c> and added runs <c>{+added+}</c>, as <c>git diff --word-diff=plain</c> writes them, so the diff
/// reads without colour too: with <c>NO_COLOR</c>, on a terminal without colour, and in text copied out of a
/// terminal. Where the console has colour the markers are also red and struck through, or green; a console without
/// colour drops the styles and keeps the markers.
/// </summary>
internal static class WordDiffMarkup
{
    public const string RemovedStart = "[-";
    public const string RemovedEnd = "-]";
    public const string AddedStart = "{+";
    public const string AddedEnd = "+}";

    /// <summary>The segments as Spectre markup, on one line (line ends and runs of white space as one space).</summary>
    public static Markup Line(IReadOnlyList<DiffSegment> segments) => new(Of(segments));

    /// <summary>The markup string of <see cref="Line"/>, for a caller that puts it inside markup of its own.</summary>
    public static string Of(IReadOnlyList<DiffSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            var value = WhiteSpace.OneLine(segment.Text);
            if (segment.Kind == DiffKind.Same || value.Length == 0)
            {
                // A change of spacing alone is not worth marking: keep the new spacing.
                if (segment.Kind != DiffKind.Removed && segment.Text.Length > 0)
                {
                    text.Append(Markup.Escape(value.Length == 0 ? " " : Spaced(segment.Text, value)));
                }

                continue;
            }

            // Surrounding spaces stay outside the markers, so `more than [-800-]{+900+} new` keeps its word breaks.
            var removed = segment.Kind == DiffKind.Removed;
            var marked = removed ? RemovedStart + value + RemovedEnd : AddedStart + value + AddedEnd;
            text.Append(char.IsWhiteSpace(segment.Text[0]) ? " " : string.Empty)
                .Append(removed ? "[red strikethrough]" : "[green]")
                .Append(Markup.Escape(marked))
                .Append("[/]")
                .Append(char.IsWhiteSpace(segment.Text[^1]) ? " " : string.Empty);
        }

        // Escaping doubles brackets only, so folding white space over the markup folds it in the text alike.
        return WhiteSpace.OneLine(text.ToString());
    }

    /// <summary>The one-line text with a space kept where the original began or ended with white space.</summary>
    private static string Spaced(string original, string oneLine) =>
        (char.IsWhiteSpace(original[0]) ? " " : string.Empty) + oneLine + (char.IsWhiteSpace(original[^1]) ? " " : string.Empty);
}
