using System.CommandLine;
using System.CommandLine.Parsing;
using FuzzySharp;

namespace ClaimCheck.Cli;

/// <summary>
/// Catches typing mistakes before a command runs. The corpus argument takes any number of paths, so the parser
/// would take <c>--ouput</c> for a corpus path and run on: reading the wrong thing and writing the default
/// outputs over committed reports. An argument that starts with a dash and is not an option is a usage error, with
/// the option (or command) that was probably meant.
/// </summary>
internal static class MistypedArguments
{
    /// <summary>How alike (FuzzySharp ratio, 0–100) a typo and a name must be for the name to be suggested.</summary>
    private const int MinSimilarity = 60;

    /// <summary>The error for the first mistyped token, or null when there is none.</summary>
    public static string? Find(ParseResult parse, RootCommand root)
    {
        var command = parse.CommandResult.Command;
        var given = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).Concat(parse.UnmatchedTokens);
        foreach (var token in given)
        {
            if (command == root && !token.StartsWith('-'))
            {
                return Suggest($"error: unknown command '{token}'", token, root.Subcommands.Select(c => c.Name), ".");
            }

            if (LooksLikeOption(token))
            {
                var names = command.Options.Concat(root.Options).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.Ordinal);
                return Suggest($"error: unknown option '{token}' for '{command.Name}'", token, names, $". A file whose name starts with a dash is written ./{token}.");
            }
        }

        return null;
    }

    /// <summary>A dash and a letter: <c>-</c> alone is standard input, and <c>-5</c> could be a number.</summary>
    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && (char.IsLetter(token[1]) || (token[1] == '-' && token.Length > 2));

    private static string Suggest(string error, string typo, IEnumerable<string> names, string otherwise)
    {
        var best = names.Select(name => (Name: name, Score: Fuzz.Ratio(typo, name)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Score >= MinSimilarity ? $"{error}; did you mean '{best.Name}'?" : error + otherwise;
    }
}
