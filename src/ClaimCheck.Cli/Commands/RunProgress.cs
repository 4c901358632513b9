using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Progress of a long run on standard error: a Spectre.Console status spinner when standard error is a terminal
/// and colour is allowed; nothing when it is redirected (CI logs stay clean) or <c>NO_COLOR</c> is set.
/// With <c>CLAIMCHECK_TIMINGS=1</c> each step also prints how long it took, for measuring where a run spends its time.
/// </summary>
internal sealed class RunProgress(TextWriter stderr)
{
    private readonly bool _live = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private readonly bool _timings = Environment.GetEnvironmentVariable("CLAIMCHECK_TIMINGS") is "1" or "true";

    public T Step<T>(string title, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        T result;
        if (!_live)
        {
            result = work();
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            result = console.Status().Spinner(Spinner.Known.Dots).Start(title + "…", _ => work());
        }

        if (_timings)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {title}: {watch.Elapsed.TotalSeconds:0.00} s"));
        }

        return result;
    }
}
