using System.CommandLine;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Cli;

/// <summary>
/// The <c>claimcheck</c> command line: a thin shell over the library. It parses arguments, maps library
/// diagnostics to messages on standard error and to exit codes: 0 ok, 1 check failed, 2 usage or input error.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int CheckFailed = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliIo(stdin, stdout, stderr));

    public static int Run(string[] args, CliIo io)
    {
        var (stdout, stderr) = (io.Stdout, io.Stderr);
        var root = new RootCommand("claimcheck: pull every quantitative claim out of a corpus of news texts and check the figures for consistency.")
        {
            ExtractCommand.Create(io),
            AnalyzeCommand.Create(io),
            BaselineCommand.Create(io),
            CheckCommand.Create(io),
            ReviewCommand.Create(io),
            DiffCommand.Create(io),
        };

        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
            return UsageError; // no command given: show what there is, and say it was not a run
        }

        var parse = root.Parse(args);
        if (MistypedArguments.Find(parse, root) is { } mistake)
        {
            stderr.WriteLine(mistake);
            stderr.WriteLine($"Run 'claimcheck {(parse.CommandResult.Command == root ? string.Empty : parse.CommandResult.Command.Name + " ")}--help' for usage.");
            return UsageError; // before anything is read or written
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'claimcheck --help' for usage.");
            return UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (IOException exception)
        {
            stderr.WriteLine($"error: {exception.Message} Check that the path is right, that it is a folder where one is expected, and that the disk has room.");
            return UsageError;
        }
        catch (UnauthorizedAccessException exception)
        {
            stderr.WriteLine($"error: {exception.Message} Check the file permissions.");
            return UsageError;
        }
    }
}
