using System.Text;
using ClaimCheck.Cli;

// Into a pipe or a file, standard output is written through one buffer: Console.Out flushes every write, which cost
// thousands of system calls per megabyte of claims. On a terminal it stays as it is, so output appears as it is made.
if (!Console.IsOutputRedirected)
{
    return CliApp.Run(args, Console.In, Console.Out, Console.Error);
}

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
try
{
    return CliApp.Run(args, Console.In, stdout, Console.Error);
}
finally
{
    stdout.Flush();
}
