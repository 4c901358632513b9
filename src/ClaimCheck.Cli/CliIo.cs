using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli;

/// <summary>The streams a command reads and writes, so tests can run the CLI in-process.</summary>
internal sealed record CliIo(TextReader Stdin, TextWriter Stdout, TextWriter Stderr)
{
    /// <summary>A console to ask questions on; tests set a scripted one. Null: the real terminal when there is one.</summary>
    public Spectre.Console.IAnsiConsole? Prompter { get; init; }

    /// <summary>Prints each diagnostic on one line of standard error; returns whether any was an error.</summary>
    public bool Report(IEnumerable<Diagnostic> diagnostics)
    {
        var anyError = false;
        foreach (var diagnostic in diagnostics)
        {
            var label = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            Stderr.WriteLine($"{label}: {diagnostic}");
            anyError |= diagnostic.Severity == DiagnosticSeverity.Error;
        }

        return anyError;
    }
}
