using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// A typing mistake is a usage error before anything is read or written: an argument that looks like an option but
/// is not one is never taken for a corpus path (which would read the wrong thing and write the default outputs), and
/// the message names the option that was probably meant.
/// </summary>
public sealed class MistypedArgumentTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public MistypedArgumentTests() => corpus.Write("corpus/a.txt", "The ministry said that 32 representatives of 21 countries took part in the tour.");

    public void Dispose() => corpus.Dispose();

    [Theory]
    [InlineData("analyze", "--ouput", "--out")]
    [InlineData("analyze", "--fromat", "--format")]
    [InlineData("baseline", "--output", "--out")]
    [InlineData("check", "--basline", "--baseline")]
    [InlineData("extract", "--formt", "--format")]
    [InlineData("review", "--decision", "--decisions")]
    public void An_unknown_option_is_a_usage_error_with_the_option_meant(string command, string typo, string meant)
    {
        var target = corpus.PathOf("elsewhere");
        var (exit, stdout, stderr) = CliRunner.Run(command, corpus.PathOf("corpus"), typo, target);

        Assert.Equal(2, exit);
        Assert.Contains($"error: unknown option '{typo}' for '{command}'; did you mean '{meant}'?", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", stderr, StringComparison.Ordinal); // nothing was read
        Assert.Equal(string.Empty, stdout); // nothing ran: no summary, no "0 changes"
        Assert.False(Path.Exists(target));
    }

    [Fact]
    public void An_option_like_nothing_known_is_still_an_error_without_a_guess()
    {
        var (exit, _, stderr) = CliRunner.Run("analyze", corpus.PathOf("corpus"), "--zzzzzzzz");

        Assert.Equal(2, exit);
        Assert.Contains("error: unknown option '--zzzzzzzz' for 'analyze'.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", stderr, StringComparison.Ordinal);
        Assert.Contains("./--zzzzzzzz", stderr, StringComparison.Ordinal); // how to name a file that starts with a dash
    }

    [Fact]
    public void A_single_dash_still_reads_standard_input()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("Exports reached 40 countries in 2023.", "extract", "-", "--format", "jsonl");

        Assert.True(exit == 0, stderr);
        Assert.Contains("40 countries", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyse", "analyze")]
    [InlineData("extarct", "extract")]
    [InlineData("chek", "check")]
    public void A_mistyped_command_names_the_command_meant(string typo, string meant)
    {
        var (exit, stdout, stderr) = CliRunner.Run(typo, corpus.PathOf("corpus"));

        Assert.Equal(2, exit);
        Assert.Contains($"error: unknown command '{typo}'; did you mean '{meant}'?", stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
    }
}
