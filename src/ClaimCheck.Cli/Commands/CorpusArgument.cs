using System.CommandLine;

namespace ClaimCheck.Cli.Commands;

/// <summary>The corpus argument every corpus command takes.</summary>
internal static class CorpusArgument
{
    public static Argument<string[]> Create() => new("corpus")
    {
        Description = "Corpus files or folders (.txt, .md, .html, .jsonl; folders recursively; '-' reads standard input). Default: corpus/.",
        Arity = ArgumentArity.ZeroOrMore,
    };
}
