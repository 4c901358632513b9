using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Progress of a long run on standard error: a Spectre.Console status spinner when standard error is a terminal
/// and colour is allowed; nothing when it is redirected (CI logs stay clean) or <c>NO_COLOR</c> is set.
/// </summary>
internal sealed class RunProgress(TextWriter stderr)
{
    private readonly bool _live = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public T Step<T>(string title, Func<T> work)
    {
        if (!_live)
        {
            return work();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        return console.Status().Spinner(Spinner.Known.Dots).Start(title + "…", _ => work());
    }
}
