using System.Text.RegularExpressions;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public sealed partial class HelpTests
{
    // "Default: 50MB." in a description, "[default: 50MB]" added by System.CommandLine, "(default: ...)" in prose.
    [GeneratedRegex(@"\bdefault:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultMention();

    [Fact]
    public void No_help_output_states_a_default_twice()
    {
        var root = CliRunner.Run("--help");
        var commands = Entries(root.Stdout, "Commands:").Select(e => e.Split(' ', 2)[0]).ToList();
        Assert.Equal(["extract", "analyze", "baseline", "check", "review", "diff"], commands);
        foreach (var help in commands.Select(c => CliRunner.Run(c, "--help")).Prepend(root))
        {
            Assert.Equal(0, help.Exit);
            var entries = Entries(help.Stdout, "Arguments:").Concat(Entries(help.Stdout, "Options:")).ToList();
            Assert.NotEmpty(entries);
            Assert.All(entries, entry => Assert.True(DefaultMention().Count(entry) <= 1, $"the default is given twice: {entry}"));
        }

        // The defaults are still shown, once.
        var analyze = CliRunner.Run("analyze", "--help").Stdout;
        Assert.Contains(Entries(analyze, "Options:"), e => e.StartsWith("--max-document-size", StringComparison.Ordinal) && e.EndsWith("[default: 50MB]", StringComparison.Ordinal));
        Assert.Contains(Entries(CliRunner.Run("check", "--help").Stdout, "Options:"), e => e.StartsWith("-b, --baseline", StringComparison.Ordinal) && e.EndsWith("[default: reports/baseline.json]", StringComparison.Ordinal));
    }

    /// <summary>The entries of a help section, each on one line however the help wrapped it.</summary>
    private static List<string> Entries(string help, string section)
    {
        var entries = new List<string>();
        var inside = false;
        foreach (var line in help.ReplaceLineEndings("\n").Split('\n'))
        {
            if (!line.StartsWith(' '))
            {
                inside = line.Trim() == section;
                continue;
            }

            if (!inside)
            {
                continue;
            }

            if (line.Length > 2 && line[2] != ' ')
            {
                entries.Add(line.Trim());
            }
            else if (entries.Count > 0 && line.Trim().Length > 0)
            {
                entries[^1] += " " + line.Trim();
            }
        }

        return [.. entries.Select(e => Regex.Replace(e, @"\s+", " "))];
    }
}
