using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary>
/// Spectre.Console consoles over a writer: colour and width from the terminal when there is one, plain
/// text with no ANSI codes when output is redirected or <c>NO_COLOR</c> is set.
/// </summary>
internal static class Terminal
{
    private const int RedirectedWidth = 160;

    public static IAnsiConsole For(TextWriter writer)
    {
        var interactive = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive && !noColor ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive && !noColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>
    /// The terminal to ask questions on (<c>review</c>'s menus), or null when it cannot show them. The menus redraw
    /// themselves with ANSI cursor codes, so <c>NO_COLOR</c> takes the colour away and leaves the codes: it asks for no
    /// colour, and without the codes the menus cannot be shown at all. A terminal without them (<c>TERM=dumb</c>) gets null.
    /// </summary>
    public static IAnsiConsole? ForPrompts()
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = AnsiSupport.Detect,
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Detect,
        });
        return console.Profile.Capabilities.Ansi && console.Profile.Capabilities.Interactive ? console : null;
    }
}
