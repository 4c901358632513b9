using System.CommandLine;
using ClaimCheck.Corpus;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>--max-document-size</c>, which every command that reads documents takes.</summary>
internal static class MaxDocumentSizeOption
{
    public const string DefaultText = "50MB";

    public static Option<string> Create()
    {
        // The description leaves the default out: help shows "[default: 50MB]" from the factory (as for every option
        // with a fixed default; a default that depends on the corpus is said in the description instead).
        var option = new Option<string>("--max-document-size")
        {
            Description = "Largest document read (a file, a jsonl line or standard input), e.g. 50MB, 512KB, 2GB; larger ones are skipped with a warning, never read into memory.",
            DefaultValueFactory = _ => DefaultText,
        };
        option.Validators.Add(result =>
        {
            if (!DocumentSize.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"'{result.GetValueOrDefault<string>()}' is not a size; write a number of bytes or KB, MB or GB, e.g. --max-document-size 200MB.");
            }
        });
        return option;
    }

    /// <summary>The size given (validated by the option), or the default.</summary>
    public static long Value(ParseResult parse, Option<string> option) =>
        DocumentSize.TryParse(parse.GetValue(option), out var bytes) ? bytes : DocumentSize.DefaultMax;
}
