namespace ClaimCheck.Tests.Consistency;

public sealed class MatchingTrapTests
{
    [Fact]
    public void Unit_synonyms_match_defence_and_military_products()
    {
        var result = Analyze.Corpus(
            ("a", "2021-01-10", "The ministry said its plants manufacture 350 defence products for the armed forces."),
            ("b", "2021-02-11", "The ministry said its plants manufacture 350 military products for the armed forces and export."));
        Assert.Equal(2, result.GroupOf("350 defence products").ClaimIds.Count);
    }

    [Fact]
    public void Firm_and_company_are_the_same_unit()
    {
        var result = Analyze.Corpus(
            ("a", "2021-01-10", "Foreign investors registered 75 firms in the free economic zone of Alat."),
            ("b", "2021-02-11", "Some 75 companies from abroad were registered in the Alat free economic zone."));
        Assert.Equal(2, result.GroupOf("75 firms").ClaimIds.Count);
    }

    [Fact]
    public void The_same_statement_about_two_different_places_is_two_claims()
    {
        var result = Analyze.Corpus(
            ("a", "2021-01-10", "Officials said the region of Arselia has built 500 new schools in 2020."),
            ("b", "2021-02-11", "Officials said the region of Belaria has built 300 new schools in 2020."));
        Assert.NotEqual(result.GroupOf("500 new schools").Id, result.GroupOf("300 new schools").Id);
    }

    [Fact]
    public void The_same_place_in_other_words_is_still_one_claim()
    {
        var result = Analyze.Corpus(
            ("a", "2021-01-10", "Officials said the region of Arselia has built 500 new schools in 2020."),
            ("b", "2021-02-11", "In 2020, 500 schools were opened in Arselia, officials said."));
        Assert.Equal(2, result.GroupOf("500 new schools").ClaimIds.Count);
    }

    [Fact]
    public void Words_of_time_expressions_do_not_make_claims_match()
    {
        var result = Analyze.Corpus(
            ("a", "2021-01-10", "By the end of the first half of 2020 the harbour handled 300 ships."),
            ("b", "2021-02-11", "By the end of the first half of 2020 the shipyard repaired 300 ships."));
        Assert.NotEqual(result.GroupOf("300 ships").Id, result.Groups.Single(g => g.ClaimIds.Contains(result.Claims.Last(c => c.Text == "300 ships").Id)).Id);
    }

    [Fact]
    public void Same_unit_different_predicate_in_one_sentence_are_different_claims()
    {
        var result = Analyze.Corpus(("a", "2021-01-10", "During the war 72 employees fought at the front, and 3 employees died in the battles."));
        Assert.NotEqual(result.GroupOf("72 employees").Id, result.GroupOf("3 employees").Id);
    }

    [Fact]
    public void Same_unit_about_different_things_stays_apart()
    {
        var result = Analyze.Corpus(
            ("history", "2023-05-10", "In the Soviet era industrial products made in the republic were exported to 65 countries of the world."),
            ("interview", "2023-09-29", "The expert said more than 30 countries are now willing to buy weapons from Baku."));
        Assert.NotEqual(result.GroupOf("65 countries").Id, result.GroupOf("more than 30 countries").Id);
    }

    [Fact]
    public void A_percent_never_matches_a_count()
    {
        var result = Analyze.Corpus(
            ("a", "2021-01-10", "Exports of defence products to Turkey grew to 30 percent of the total."),
            ("b", "2021-01-12", "Exports of defence products to Turkey grew to 30 shipments in total."));
        Assert.NotEqual(result.GroupOf("30 percent").Id, result.GroupOf("30 shipments").Id);
    }

    [Fact]
    public void Groups_and_output_order_are_deterministic()
    {
        (string, string?, string)[] corpus =
        [
            ("a", "2020-11-08", "The defence industry produces more than 1,000 types of military products."),
            ("b", "2023-05-10", "The defence industry produces more than 1,000 military products."),
        ];
        var first = Analyze.Corpus(corpus);
        var second = Analyze.Corpus(corpus);
        Assert.Equal(first.Groups.Select(g => g.Id), second.Groups.Select(g => g.Id));
        Assert.Equal(first.Groups.Select(g => g.Explanation), second.Groups.Select(g => g.Explanation));
    }
}
