using ClaimCheck.Cli;
using ClaimCheck.Consistency;
using ClaimCheck.Review;
using ClaimCheck.Tests.Support;
using Spectre.Console;
using Spectre.Console.Testing;

namespace ClaimCheck.Tests.Review;

/// <summary>
/// The interactive <c>review</c>, driven by keys queued on a test console: the word diff reads without colour, and
/// every sub-menu goes back to the group's menu, by its "Back" choice or by Escape, with nothing recorded.
/// </summary>
public sealed class ReviewWalkthroughTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public ReviewWalkthroughTests()
    {
        // One group of two claims whose sentences differ in a word and in the figure.
        corpus.Write("corpus/a.txt", "The defence industry produces more than 1,000 types of military products, the minister said in 2020.");
        corpus.Write("corpus/b.txt", "The defence industry produces more than 1,000 military products, the ministry said in 2023.");
    }

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void Without_colour_the_word_diff_marks_removed_and_added_text()
    {
        // As with NO_COLOR: ANSI for the menus, no colour; the output read back is the text without ANSI codes.
        var console = new TestConsole().Interactive().Colors(ColorSystem.NoColors);
        console.Profile.Width = 400;
        Press(console.Input, ConsoleKey.DownArrow, 5); // Quit
        console.Input.PushKey(ConsoleKey.Enter);

        Assert.Equal(0, Review(console));

        Assert.Contains("more than 1,000 [-types of-] military products, the [-minister-]{+ministry+} said in [-2020-]{+2023+}.", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_colour_the_markers_stay_and_are_coloured()
    {
        var console = new TestConsole().Interactive().Colors(ColorSystem.Standard).EmitAnsiSequences();
        console.Profile.Width = 400;
        Press(console.Input, ConsoleKey.DownArrow, 5); // Quit
        console.Input.PushKey(ConsoleKey.Enter);

        Assert.Equal(0, Review(console));

        Assert.Contains("\u001b[9;91m[-2020-]\u001b[0m\u001b[32m{+2023+}\u001b[0m", console.Output, StringComparison.Ordinal);
    }

    /// <summary>Each sub-menu: how many places down the group's menu it is, and how many choices it has before "Back".</summary>
    public static TheoryData<int, int, bool> SubMenus() => new()
    {
        { 1, 4, false }, // the verdict
        { 1, 4, true },
        { 2, 2, false }, // the claim to split out
        { 2, 2, true },
        { 3, 2, false }, // the claim to ignore
        { 3, 2, true },
    };

    [Theory]
    [MemberData(nameof(SubMenus))]
    public void Back_or_escape_returns_to_the_groups_menu_without_recording_a_decision(int place, int choices, bool escape)
    {
        var console = new TestConsole().Interactive();
        Press(console.Input, ConsoleKey.DownArrow, place);
        console.Input.PushKey(ConsoleKey.Enter);
        if (escape)
        {
            console.Input.PushKey(ConsoleKey.Escape);
        }
        else
        {
            Press(console.Input, ConsoleKey.DownArrow, choices); // "Back" is last
            console.Input.PushKey(ConsoleKey.Enter);
        }

        // Back at the same group's menu: what is chosen now is the one decision recorded.
        console.Input.PushKey(ConsoleKey.Enter); // Accept the verdict
        console.Input.PushTextWithEnter("Same figure.");

        Assert.Equal(0, Review(console));

        var decision = Assert.Single(ReviewFile.Read(corpus.PathOf("corpus/reviews.yaml"), []));
        Assert.Equal((ReviewAction.Confirm, "Same figure."), (decision.Action, decision.Note));
        Assert.Empty(decision.Claims);
        Assert.Contains("Back", console.Output, StringComparison.Ordinal);
        Assert.Contains("1 decision(s) recorded", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_on_the_groups_menu_is_not_a_decision()
    {
        var console = new TestConsole().Interactive();
        console.Input.PushKey(ConsoleKey.Escape);
        Press(console.Input, ConsoleKey.DownArrow, 4); // Skip
        console.Input.PushKey(ConsoleKey.Enter);

        Assert.Equal(0, Review(console));

        Assert.False(File.Exists(corpus.PathOf("corpus/reviews.yaml")));
        Assert.Contains("0 decision(s) recorded", console.Output, StringComparison.Ordinal);
    }

    private int Review(IAnsiConsole console)
    {
        var io = new CliIo(new StringReader(string.Empty), new StringWriter(), new StringWriter()) { Prompter = console };
        return CliApp.Run(["review", corpus.PathOf("corpus")], io);
    }

    private static void Press(TestConsoleInput input, ConsoleKey key, int times)
    {
        for (var i = 0; i < times; i++)
        {
            input.PushKey(key);
        }
    }
}
