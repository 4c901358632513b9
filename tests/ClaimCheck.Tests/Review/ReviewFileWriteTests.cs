using ClaimCheck.Consistency;
using ClaimCheck.Diagnostics;
using ClaimCheck.Review;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Review;

/// <summary>
/// Adding decisions to a <c>reviews.yaml</c> someone edited by hand: whatever valid layout it has, the earlier
/// decisions and the comments survive and the new ones read back exactly; a file that cannot be added to safely is
/// left as it is and the write fails with the reason.
/// </summary>
public sealed class ReviewFileWriteTests : IDisposable
{
    private static readonly ReviewDecision Accepted = new(ReviewAction.Confirm, "g0123456789ab", [], Verdict.Agreement, "Both quote the ministry: \"1,000\".", "leyla", "2026-11-23");
    private static readonly ReviewDecision Ignored = new(ReviewAction.Ignore, null, ["c00000000000000aa"], null, null, "omar", "2026-11-24");

    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    /// <summary>Valid hand-written layouts, with how many decisions each holds.</summary>
    public static TheoryData<string, string, int> Layouts() => new()
    {
        { "empty flow list", "# our decisions\ndecisions: []\n", 0 },
        { "empty flow list with a comment after it", "decisions: [] # none yet\n", 0 },
        { "zero-indented list", "decisions:\n- action: ignore\n  claims: [c1]\n", 1 },
        { "four-space indentation", "decisions:\n    -   action: ignore\n        claims: [c1]\n        note: \"four\"\n", 1 },
        { "flow list", "decisions: [{action: ignore, claims: [c1]}, {action: ignore, claims: [c2]}]\n", 2 },
        { "multi-line flow list with a comment", "decisions: [\n  {action: ignore, claims: [c1]},  # the first\n]\n", 1 },
        { "a key after the list", "decisions:\n  - action: ignore\n    claims: [c1]\nteam: desk # kept\n", 1 },
        { "decisions only in a comment", "# decisions: none yet\n# second line\n", 0 },
        { "empty file", string.Empty, 0 },
        { "key with nothing under it", "decisions:\n# none yet\n", 0 },
        { "key with a tilde", "decisions: ~ # none\n", 0 },
        { "other key only", "team: desk\n", 0 },
        { "windows line ends", "# crlf\r\ndecisions:\r\n  - action: ignore\r\n    claims: [c1]\r\n", 1 },
        { "no final line end", "decisions:\n  - action: ignore\n    claims: [c1]", 1 },
        { "comments, emoji and a block note", "decisions:\n  - action: ignore # 😀 why\n    claims: [c1] # trailing\n    note: |\n      block\n      note\n# the end\n", 1 },
        { "document markers", "%YAML 1.1\n---\ndecisions:\n  - action: ignore\n    claims: [c1]\n...\n", 1 },
        { "document start only", "---\n", 0 },
        { "flow mapping at the top", "{decisions: [{action: ignore, claims: [c1]}]}\n", 1 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Adding_to_a_valid_hand_edited_file_keeps_its_decisions_and_comments(string layout, string yaml, int existing)
    {
        var path = corpus.Write(ReviewFile.FileName, yaml);
        var before = new List<Diagnostic>();
        var old = ReviewFile.Read(path, before);
        Assert.True(old.Count == existing, $"{layout}: the fixture reads as {old.Count} decisions");

        ReviewFile.Append(path, [Accepted, Ignored]);

        var after = new List<Diagnostic>();
        var decisions = ReviewFile.Read(path, after);
        Assert.Equal(before.Select(d => d.Message), after.Select(d => d.Message));
        Assert.Equal(existing + 2, decisions.Count);
        Assert.Equal(old.Select(Describe), decisions.Take(existing).Select(Describe));
        Assert.Equal(Describe(Accepted), Describe(decisions[existing]));
        Assert.Equal(Describe(Ignored), Describe(decisions[existing + 1]));
        var text = File.ReadAllText(path);
        Assert.All(Comments(yaml), comment => Assert.Contains(comment, text, StringComparison.Ordinal));
        Assert.Equal(yaml.Contains("\r\n", StringComparison.Ordinal) ? text.Count(c => c == '\n') : 0, text.Count(c => c == '\r')); // new lines end as the file's own do
        Assert.Empty(Directory.GetFiles(corpus.Root, "*.tmp"));
    }

    [Theory]
    [InlineData("line\u2028separator")]
    [InlineData("paragraph\u2029separator")]
    [InlineData("next\u0085line")]
    [InlineData("windows\r\nline")]
    [InlineData("tab\there")]
    [InlineData("\"quoted\" and \\ backslash")]
    [InlineData("# not a comment")]
    [InlineData("key: value, - dash, [bracket], {brace}")]
    [InlineData("  leading and trailing  ")]
    [InlineData("emoji 😀 and é")]
    [InlineData("bell \u0007 and byte order mark \uFEFF")]
    [InlineData("lone \uD800 surrogate")]
    [InlineData("")]
    public void Any_note_reads_back_exactly(string note)
    {
        var path = corpus.PathOf(ReviewFile.FileName);

        ReviewFile.Append(path, [Ignored with { Note = note }]);

        var diagnostics = new List<Diagnostic>();
        Assert.Equal(note, Assert.Single(ReviewFile.Read(path, diagnostics)).Note);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void New_entries_line_up_with_the_list_they_join()
    {
        var four = corpus.Write("four.yaml", "decisions:\n    - action: ignore\n      claims: [c1]\n");
        var zero = corpus.Write("zero.yaml", "decisions:\n- action: ignore\n  claims: [c1]\n");

        ReviewFile.Append(four, [Ignored]);
        ReviewFile.Append(zero, [Ignored]);

        Assert.StartsWith("decisions:\n    - action: ignore\n      claims: [c1]\n    - action: ignore\n      claims: [c00000000000000aa]\n", File.ReadAllText(four), StringComparison.Ordinal);
        Assert.StartsWith("decisions:\n- action: ignore\n  claims: [c1]\n- action: ignore\n  claims: [c00000000000000aa]\n", File.ReadAllText(zero), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_written_by_review_only_grows_by_the_new_entries()
    {
        var path = corpus.PathOf(ReviewFile.FileName);
        ReviewFile.Append(path, [Accepted]);
        var first = File.ReadAllText(path);

        ReviewFile.Append(path, [Ignored]);

        var second = File.ReadAllText(path);
        Assert.StartsWith(first, second, StringComparison.Ordinal);
        Assert.Equal("  - action: ignore\n    claims: [c00000000000000aa]\n    reviewer: \"omar\"\n    date: \"2026-11-24\"\n", second[first.Length..]);
    }

    [Theory]
    [InlineData("decisions:\n  - action: ignore\n    claims: [c1\n", 3, "not valid YAML")]
    [InlineData("decisions:\n  team: desk\n", 2, "'decisions' must be a list")]
    [InlineData("- action: ignore\n  claims: [c1]\n", 1, "expected a mapping")]
    [InlineData("decisions:\n  - note: \"a\u2028b\"\n", 2, "not valid YAML")]
    public void A_file_that_cannot_be_added_to_is_left_untouched_and_the_write_fails(string yaml, int line, string reason)
    {
        var path = corpus.Write(ReviewFile.FileName, yaml);
        var bytes = File.ReadAllBytes(path);

        var error = Assert.Throws<InvalidDataException>(() => ReviewFile.Append(path, [Ignored]));

        Assert.StartsWith($"{path}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was recorded", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(corpus.Root, "*.tmp"));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_added_to()
    {
        var path = corpus.Write(ReviewFile.FileName, "# " + new string('x', 4096) + "\ndecisions:\n");

        var error = Assert.Throws<InvalidDataException>(() => ReviewFile.Append(path, [Ignored], maxSize: 1024));

        Assert.Contains("larger than the largest document read (1 KB)", error.Message, StringComparison.Ordinal);
        Assert.Equal("# " + new string('x', 4096) + "\ndecisions:\n", File.ReadAllText(path));
    }

    private static string Describe(ReviewDecision d) =>
        $"{d.Action}|{d.Group}|{string.Join(",", d.Claims)}|{d.Verdict}|{d.Note}|{d.Reviewer}|{d.Date}";

    /// <summary>The comments of the fixtures: from "# " to the end of the line (no fixture has "# " inside a value).</summary>
    private static IEnumerable<string> Comments(string yaml) =>
        yaml.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Contains("# ", StringComparison.Ordinal)).Select(line => line[line.IndexOf("# ", StringComparison.Ordinal)..]);
}
