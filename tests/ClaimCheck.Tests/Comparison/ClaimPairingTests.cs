using ClaimCheck.Comparison;
using ClaimCheck.Corpus;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Comparison;

public sealed class ClaimPairingTests
{
    [Fact]
    public void A_new_figure_for_the_same_claim_is_changed_not_added_and_removed()
    {
        var comparison = TextComparer.Compare(
            "Azerbaijan is currently working on more than 800 new weapons.",
            "Azerbaijan is currently working on more than 900 new weapons.");

        var change = Assert.Single(comparison.ClaimChanges);
        Assert.Equal(ClaimChangeKind.Changed, change.Change);
        Assert.Equal("more than 800 new weapons", change.Old!.Text);
        Assert.Equal("more than 900 new weapons", change.New!.Text);
        Assert.Equal(new ComparisonSummary(Added: 0, Removed: 0, Changed: 1, Unchanged: 0), comparison.Summary);
    }

    [Fact]
    public void A_changed_qualifier_or_unit_is_a_change_too()
    {
        var comparison = TextComparer.Compare(
            "The ministry runs more than 12 plants. It employs about 5,000 workers.",
            "The ministry runs at least 12 plants. It employs about 5,000 employees.");

        Assert.All(comparison.ClaimChanges, c => Assert.Equal(ClaimChangeKind.Changed, c.Change));
        Assert.Equal(2, comparison.Summary.Changed);
    }

    [Fact]
    public void A_reworded_sentence_with_a_new_figure_is_still_the_same_claim()
    {
        var comparison = TextComparer.Compare(
            "Azerbaijan is working on more than 800 new weapons, the minister said.",
            "According to the minister, Azerbaijan is now working on more than 900 new weapons.");

        var change = Assert.Single(comparison.ClaimChanges);
        Assert.Equal(ClaimChangeKind.Changed, change.Change);
    }

    [Fact]
    public void A_figure_only_in_the_new_text_is_added_and_one_only_in_the_old_is_removed()
    {
        const string Before = "The ministry runs 12 plants. At the exhibition it showed 40 drones.";
        const string After = "The ministry runs 12 plants. Exports reached $200 million.";

        var comparison = TextComparer.Compare(Before, After);

        Assert.Equal(new ComparisonSummary(Added: 1, Removed: 1, Changed: 0, Unchanged: 1), comparison.Summary);
        Assert.Equal("$200 million", Assert.Single(comparison.ClaimChanges, c => c.Change == ClaimChangeKind.Added).New!.Text);
        Assert.Equal("40 drones", Assert.Single(comparison.ClaimChanges, c => c.Change == ClaimChangeKind.Removed).Old!.Text);
        Assert.Null(comparison.ClaimChanges.Single(c => c.Change == ClaimChangeKind.Added).Old);
        Assert.Null(comparison.ClaimChanges.Single(c => c.Change == ClaimChangeKind.Removed).New);
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_other_claims_unchanged()
    {
        var before = Document.FromText("article.txt", "The ministry runs 12 plants.\n\nIt employs about 5,000 people.\n\nMore than 30 countries want to buy its weapons.");
        var after = before with { Text = "The ministry runs 12 plants.\n\nThe weather was fine on the day of the visit.\n\nIt employs about 5,000 people.\n\nMore than 30 countries want to buy its weapons." };

        var comparison = TextComparer.Compare(before, after);

        Assert.False(comparison.Identical);
        Assert.Equal(3, comparison.ClaimChanges.Count);
        Assert.All(comparison.ClaimChanges, c => Assert.Equal(ClaimChangeKind.Unchanged, c.Change));
        Assert.All(comparison.ClaimChanges, c => Assert.Equal(c.Old!.Id, c.New!.Id));
    }

    [Fact]
    public void Equal_figures_in_different_sentences_pair_by_their_sentences_not_their_order()
    {
        var comparison = TextComparer.Compare(
            "Azerbaijan exports weapons to 30 countries. Turkey sells drones to 30 countries.",
            "Turkey now sells its drones to 30 countries. Azerbaijan exports arms to 30 countries.");

        Assert.Equal(2, comparison.Summary.Unchanged);
        foreach (var change in comparison.ClaimChanges)
        {
            Assert.Equal(change.Old!.Sentence.Split(' ')[0], change.New!.Sentence.Split(' ')[0]);
        }
    }

    [Fact]
    public void Of_two_equal_figures_only_the_edited_one_changes()
    {
        var comparison = TextComparer.Compare(
            "In 2022 the plant built 40 drones. In 2023 the plant built 40 drones.",
            "In 2022 the plant built 40 drones. In 2023 the plant built 55 drones.");

        var figures = comparison.ClaimChanges.Where(c => c.Old?.Kind != ClaimKind.Date && c.New?.Kind != ClaimKind.Date).ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal(ClaimChangeKind.Unchanged, figures[0].Change);
        Assert.StartsWith("In 2022", figures[0].New!.Sentence, StringComparison.Ordinal);
        Assert.Equal(ClaimChangeKind.Changed, figures[1].Change);
        Assert.Equal((40d, 55d), (figures[1].Old!.Value, figures[1].New!.Value));
    }

    [Fact]
    public void Two_figures_of_one_sentence_pair_in_their_order()
    {
        var comparison = TextComparer.Compare(
            "The army has 800 drones and the navy has 900 drones.",
            "The army has 700 drones and the navy has 800 drones.");

        Assert.Equal(2, comparison.Summary.Changed);
        Assert.Equal((800d, 700d), (comparison.ClaimChanges[0].Old!.Value, comparison.ClaimChanges[0].New!.Value));
        Assert.Equal((900d, 800d), (comparison.ClaimChanges[1].Old!.Value, comparison.ClaimChanges[1].New!.Value));
    }

    [Fact]
    public void Unrelated_sentences_with_the_same_unit_are_not_paired()
    {
        var comparison = TextComparer.Compare(
            "The museum received 2,300 visitors on its opening day.",
            "Ticket sales to foreign tourists doubled, with 4,100 visitors in June.");

        Assert.Equal(1, comparison.Summary.Added);
        Assert.Equal(1, comparison.Summary.Removed);
    }

    [Fact]
    public void Dates_are_compared_and_listed_after_the_figures()
    {
        var comparison = TextComparer.Compare(
            "The ministry was created on 16 December 2005. It runs 12 plants.",
            "The ministry was created on 16 December 2006. It runs 14 plants.");

        Assert.Equal([ClaimKind.Count, ClaimKind.Date], comparison.ClaimChanges.Select(c => c.New!.Kind));
        Assert.All(comparison.ClaimChanges, c => Assert.Equal(ClaimChangeKind.Changed, c.Change));
        Assert.Equal(("2005-12-16", "2006-12-16"), (comparison.ClaimChanges[1].Old!.Date, comparison.ClaimChanges[1].New!.Date));
    }

    [Fact]
    public void Changes_read_in_the_order_of_the_new_text_with_a_removed_claim_where_it_stood()
    {
        var comparison = TextComparer.Compare(
            "It runs 12 plants. It showed 40 drones. It employs 5,000 people.",
            "It runs 12 plants. It employs 5,000 people. It sells to 30 countries.");

        Assert.Equal(
            [ClaimChangeKind.Unchanged, ClaimChangeKind.Removed, ClaimChangeKind.Unchanged, ClaimChangeKind.Added],
            comparison.ClaimChanges.Select(c => c.Change));
    }

    [Fact]
    public void Every_claim_of_both_texts_appears_exactly_once()
    {
        var corpus = CorpusLoader.Load([Path.Join(RepoRoot.CorpusFolder, "002_61d4dc922fc649e5.txt"), Path.Join(RepoRoot.CorpusFolder, "003_168ab8faeffd7e02.txt")]);
        var (old, @new) = (corpus.Documents[0], corpus.Documents[1]);

        var comparison = TextComparer.Compare(old, @new);

        var oldClaims = ClaimExtractor.Default.Extract(old);
        var newClaims = ClaimExtractor.Default.Extract(@new);
        Assert.Equal(oldClaims.Select(c => c.Id).Order(StringComparer.Ordinal), comparison.ClaimChanges.Where(c => c.Old is not null).Select(c => c.Old!.Id).Order(StringComparer.Ordinal));
        Assert.Equal(newClaims.Select(c => c.Id).Order(StringComparer.Ordinal), comparison.ClaimChanges.Where(c => c.New is not null).Select(c => c.New!.Id).Order(StringComparer.Ordinal));
        Assert.All(comparison.ClaimChanges.Where(c => c.Old is not null && c.New is not null), c => Assert.Equal(c.Old!.Kind, c.New!.Kind));
    }

    [Fact]
    public void Identical_texts_have_no_differences_and_every_claim_unchanged()
    {
        var document = CorpusLoader.Load([Path.Join(RepoRoot.CorpusFolder, "002_61d4dc922fc649e5.txt")]).Documents[0];

        var comparison = TextComparer.Compare(document, document);

        Assert.True(comparison.Identical);
        Assert.Equal(TextSegmentKind.Equal, Assert.Single(comparison.Diff).Kind);
        Assert.All(comparison.ClaimChanges, c => Assert.Equal(ClaimChangeKind.Unchanged, c.Change));
        Assert.Equal(comparison.ClaimChanges.Count, comparison.Summary.Unchanged);
    }
}
