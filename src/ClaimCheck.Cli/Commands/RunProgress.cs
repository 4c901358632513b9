using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Progress of a long run on standard error: a Spectre.Console status spinner when standard error is a terminal
/// and colour is allowed; nothing when it is redirected (CI logs stay clean) or <c>NO_COLOR</c> is set.
/// With <c>CLAIMCHECK_TIMINGS=1</c> each step also prints how long it took, for measuring where a run spends its time.
/// </summary>
internal sealed class RunProgress(TextWriter stderr) : IProgress<AnalysisStage>
{
    private readonly bool _timings = Environment.GetEnvironmentVariable("CLAIMCHECK_TIMINGS") is "1" or "true";

    // Timing lines would be drawn over by the spinner, so a timed run shows none.
    private bool Live => !_timings && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private readonly Stopwatch _watch = new();
    private StatusContext? _status;
    private string? _step;

    /// <summary>Runs <paramref name="work"/>, which tells this progress each stage as it starts.</summary>
    public T Run<T>(Func<IProgress<AnalysisStage>, T> work)
    {
        T result;
        if (!Live)
        {
            result = work(this);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            result = console.Status().Spinner(Spinner.Known.Dots).Start("Starting…", status =>
            {
                _status = status;
                try
                {
                    return work(this);
                }
                finally
                {
                    _status = null;
                }
            });
        }

        EndStep();
        return result;
    }

    /// <summary>Runs one step that is not part of the library's pipeline, with the same spinner and timing.</summary>
    public T Step<T>(string title, Func<T> work) => Run(_ =>
    {
        Begin(title);
        return work();
    });

    public void Report(AnalysisStage value) => Begin(value switch
    {
        AnalysisStage.Loading => "Loading the corpus",
        AnalysisStage.Extracting => "Extracting claims",
        _ => "Matching and judging",
    });

    private void Begin(string title)
    {
        EndStep();
        _step = title;
        _watch.Restart();
        _status?.Status(title + "…");
    }

    private void EndStep()
    {
        if (_timings && _step is not null)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {_step}: {_watch.Elapsed.TotalSeconds:0.00} s"));
        }

        _step = null;
    }
}
