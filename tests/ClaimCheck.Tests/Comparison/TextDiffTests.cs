using System.Text;
using ClaimCheck.Comparison;
using ClaimCheck.Diffing;

namespace ClaimCheck.Tests.Comparison;

public sealed class TextDiffTests
{
    [Theory]
    [InlineData("", "New text.")]
    [InlineData("Old text.", "")]
    [InlineData("A.\n\nB.\n\nC.", "A.\n\nC.")]
    [InlineData("A.\n\nC.", "A.\n\nB.\n\nC.\n")]
    [InlineData("more than 800 new weapons\n", "more than 900 new weapons\nand 30 countries\n")]
    [InlineData("It said so. Then it left.", "It said so, then it left!")]
    public void The_segments_give_back_both_texts(string old, string @new)
    {
        var diff = TextComparer.Compare(old, @new).Diff;

        Assert.Equal(old, Join(diff, TextSegmentKind.Inserted));
        Assert.Equal(@new, Join(diff, TextSegmentKind.Deleted));
    }

    [Fact]
    public void A_changed_word_is_one_deletion_and_one_insertion()
    {
        var diff = TextComparer.Compare("It showed more than 800 new weapons.", "It showed more than 900 new weapons.").Diff;

        Assert.Equal(
            [
                new TextSegment(TextSegmentKind.Equal, "It showed more than "),
                new TextSegment(TextSegmentKind.Deleted, "800"),
                new TextSegment(TextSegmentKind.Inserted, "900"),
                new TextSegment(TextSegmentKind.Equal, " new weapons."),
            ],
            diff);
    }

    [Fact]
    public void A_removed_paragraph_is_one_deletion_of_the_whole_paragraph()
    {
        var diff = TextComparer.Compare(
            "It runs 12 plants.\n\nIt showed 40 drones.\n\nIt sells to 30 countries.\n",
            "It runs 12 plants.\n\nIt sells to 30 countries.\n").Diff;

        var deleted = Assert.Single(diff, s => s.Kind != TextSegmentKind.Equal);
        Assert.Equal(TextSegmentKind.Deleted, deleted.Kind);
        Assert.Equal("It showed 40 drones.", deleted.Text.Trim());
    }

    [Fact]
    public void An_added_sentence_starts_and_ends_on_sentence_boundaries()
    {
        var diff = TextComparer.Compare(
            "It sells to 30 countries, the minister said.\n",
            "It sells to 30 countries, the minister said. Exports reached $200 million.\n").Diff;

        var inserted = Assert.Single(diff, s => s.Kind != TextSegmentKind.Equal);
        Assert.Equal(" Exports reached $200 million.", inserted.Text);
    }

    [Fact]
    public void Edits_in_two_paragraphs_stay_in_their_paragraphs()
    {
        var diff = TextComparer.Compare("It has 12 plants.\nIt has 40 drones.", "It has 14 plants.\nIt has 45 drones.").Diff;

        Assert.Contains(new TextSegment(TextSegmentKind.Equal, " plants.\nIt has "), diff);
        Assert.DoesNotContain(diff, s => s.Kind != TextSegmentKind.Equal && s.Text.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Sentence_diffs_of_the_reports_still_fold_short_common_words_into_the_edits()
    {
        var segments = WordDiff.Compute("It showed 800 of the weapons.", "It showed 900 to the drones.");

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Same, "It showed "),
                new DiffSegment(DiffKind.Removed, "800 of the weapons"),
                new DiffSegment(DiffKind.Added, "900 to the drones"),
                new DiffSegment(DiffKind.Same, "."),
            ],
            segments);
    }

    [Fact]
    public void A_long_article_with_scattered_edits_diffs_exactly()
    {
        var old = new StringBuilder();
        var @new = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            var line = $"Paragraph {i}: the ministry said it had built {i * 3} drones and {i + 7} plants in the region.\n\n";
            old.Append(line);
            @new.Append(i % 10 == 0 ? line.Replace(" drones", " new drones", StringComparison.Ordinal) : line);
        }

        var diff = WordDiff.ComputeText(old.ToString(), @new.ToString());

        Assert.Equal(300, diff.Count(s => s.Kind == DiffKind.Added));
        Assert.Equal(@new.ToString(), string.Concat(diff.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
    }

    /// <summary>The text the diff gives without one kind of run: without insertions the old text, without deletions the new.</summary>
    private static string Join(IReadOnlyList<TextSegment> diff, TextSegmentKind without) =>
        string.Concat(diff.Where(s => s.Kind != without).Select(s => s.Text));
}
