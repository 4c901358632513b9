using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Support;

/// <summary>Runs the <c>claimcheck</c> command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args) => RunWithInput(string.Empty, args);

    public static (int Exit, string Stdout, string Stderr) RunWithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, input, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
