using System.Diagnostics.CodeAnalysis;
using ClaimCheck.Consistency;
using ClaimCheck.Diffing;
using ClaimCheck.Extraction;
using ClaimCheck.Review;
using ClaimCheck.Text;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// The interactive review: each unreviewed group (discrepancies, then changes, then agreements) with its claims side
/// by side and a word diff of their sentences; the analyst's choice is written to the decisions file at once, so
/// quitting half-way keeps every decision made. Each sub-menu (the verdict, the claim to split out or ignore) ends
/// with "Back", and Escape goes back too, to the group's menu with nothing recorded.
/// </summary>
internal sealed class ReviewWalkthrough(IAnsiConsole console, CorpusRun run, string file, string reviewer, string date, long maxFileSize)
{
    private const string Accept = "Accept the verdict";
    private const string OverrideChoice = "Override the verdict…";
    private const string SplitChoice = "Split a claim out (not the same claim)…";
    private const string IgnoreChoice = "Ignore a claim (wrong extraction)…";
    private const string Skip = "Skip";
    private const string BackChoice = "Back";
    private const string Quit = "Quit";

    public static IEnumerable<ClaimGroup> Unreviewed(AnalysisResult analysis) =>
        analysis.Groups.Where(g => g.Review is null && g.Verdict != Verdict.Single);

    public int Run()
    {
        var claims = run.Analysis.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var open = Unreviewed(run.Analysis).ToList();
        console.MarkupLine($"[bold]{open.Count}[/] group(s) to review; decisions go to [blue]{Markup.Escape(file)}[/].");
        var recorded = 0;
        foreach (var group in open)
        {
            Show(group, claims);
            var decision = Decide(group, claims, out var quit);
            if (quit)
            {
                break;
            }

            if (decision is not null)
            {
                ReviewFile.Append(file, [decision], maxFileSize);
                recorded++;
                console.MarkupLine($"[green]recorded[/] {ReviewFile.Name(decision.Action)} for {Markup.Escape(group.Id)}");
            }
        }

        console.MarkupLine($"{recorded} decision(s) recorded.");
        return CliApp.Ok;
    }

    private void Show(ClaimGroup group, Dictionary<string, Claim> claims)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(group.Label)}[/] · {group.Verdict.ToString().ToLowerInvariant()} · {group.Id}").LeftJustified());
        console.MarkupLine(Markup.Escape(group.Explanation));
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Claim");
        table.AddColumn("Document");
        table.AddColumn("As of");
        table.AddColumn("Figure");
        table.AddColumn("Sentence");
        foreach (var id in group.ClaimIds)
        {
            var claim = claims[id];
            table.AddRow(new Spectre.Console.Text(id), new Spectre.Console.Text(claim.DocumentId), new Spectre.Console.Text(claim.AsOf ?? string.Empty), new Spectre.Console.Text(claim.Text), new Spectre.Console.Text(claim.Sentence));
        }

        console.Write(table);
        var first = claims[group.ClaimIds[0]];
        foreach (var id in group.ClaimIds.Skip(1).Take(3))
        {
            // Marked [-removed-]{+added+}, not by colour alone: the diff must read with NO_COLOR and when copied out.
            var diff = WordDiff.Compute(WhiteSpace.OneLine(first.Sentence), WhiteSpace.OneLine(claims[id].Sentence));
            console.MarkupLine($"[grey]{Markup.Escape(id)}:[/] {WordDiffMarkup.Of(diff)}");
        }
    }

    /// <summary>
    /// The group's main menu, until the analyst decides, skips or quits; going back from a sub-menu (its "Back"
    /// choice or Escape) asks again here, with nothing recorded. Null when nothing is to be recorded.
    /// </summary>
    private ReviewDecision? Decide(ClaimGroup group, Dictionary<string, Claim> claims, out bool quit)
    {
        quit = false;
        while (true)
        {
            var choice = console.Prompt(new SelectionPrompt<string>().Title("What do you decide?").AddChoices(Accept, OverrideChoice, SplitChoice, IgnoreChoice, Skip, Quit));
            switch (choice)
            {
                case Accept:
                    return new ReviewDecision(ReviewAction.Confirm, group.Id, [], group.Verdict, AskNote(), reviewer, date);
                case OverrideChoice when TryChoose("The verdict is", Enum.GetValues<Verdict>(), v => VerdictName.Of(v), out var verdict):
                    return new ReviewDecision(ReviewAction.Override, group.Id, [], verdict, AskNote(), reviewer, date);
                case SplitChoice when TryPickClaim(group, claims, "Which claim is not the same claim as the others?", out var split):
                    return new ReviewDecision(ReviewAction.Split, null, [split, .. group.ClaimIds.Where(id => id != split)], null, AskNote(), reviewer, date);
                case IgnoreChoice when TryPickClaim(group, claims, "Which claim is wrongly extracted?", out var ignored):
                    return new ReviewDecision(ReviewAction.Ignore, null, [ignored], null, AskNote(), reviewer, date);
                case Skip:
                    return null;
                case Quit:
                    quit = true;
                    return null;
                default:
                    continue; // back from a sub-menu
            }
        }
    }

    private bool TryPickClaim(ClaimGroup group, Dictionary<string, Claim> claims, string title, [MaybeNullWhen(false)] out string chosen) =>
        TryChoose(title, group.ClaimIds, id => $"{id} {claims[id].Text} ({claims[id].DocumentId})", out chosen);

    /// <summary>
    /// A sub-menu: the choices, then "Back"; Escape goes back as well. False when the analyst went back. The prompt
    /// lists indexes, so "Back" can never be mistaken for a choice whatever the choices say.
    /// </summary>
    private bool TryChoose<T>(string title, IReadOnlyList<T> choices, Func<T, string> name, [MaybeNullWhen(false)] out T chosen)
    {
        var back = choices.Count;
        var index = console.Prompt(new SelectionPrompt<int>()
            .Title($"{Markup.Escape(title)} [grey](Esc goes back)[/]")
            .AddChoices(Enumerable.Range(0, choices.Count + 1))
            .UseConverter(i => i == back ? BackChoice : Markup.Escape(name(choices[i])))
            .AddCancelResult(back));
        chosen = index == back ? default : choices[index];
        return index != back;
    }

    private string? AskNote()
    {
        var note = console.Prompt(new TextPrompt<string>("Note (why; empty for none):").AllowEmpty());
        return string.IsNullOrWhiteSpace(note) ? null : note;
    }
}
