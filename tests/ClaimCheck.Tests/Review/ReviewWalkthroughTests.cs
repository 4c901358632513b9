using ClaimCheck.Cli;
using ClaimCheck.Tests.Support;
using Spectre.Console;
using Spectre.Console.Testing;

namespace ClaimCheck.Tests.Review;

/// <summary>
/// The interactive <c>review</c>, driven by keys queued on a test console: the word diff reads without colour.
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
