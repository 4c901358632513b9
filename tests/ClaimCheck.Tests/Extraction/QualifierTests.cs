using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

public sealed class QualifierTests
{
    [Theory]
    [InlineData("It makes more than 1,000 products.", Qualifier.MoreThan)]
    [InlineData("It has over 30 plants.", Qualifier.MoreThan)]
    [InlineData("It took nearly 30 years.", Qualifier.Approximate)]
    [InlineData("It took almost 30 years.", Qualifier.Approximate)]
    [InlineData("About 70% voted against.", Qualifier.Approximate)]
    [InlineData("Some 600 people work there.", Qualifier.Approximate)]
    [InlineData("At least 40 plants operate.", Qualifier.AtLeast)]
    [InlineData("It will create up to 400 jobs.", Qualifier.AtMost)]
    [InlineData("It accounts for just under 20 percent of spending.", Qualifier.LessThan)]
    [InlineData("It costs under $10 per gram.", Qualifier.LessThan)]
    [InlineData("It has 30 plants or more.", Qualifier.AtLeast)]
    [InlineData("Exports increased by 10 percent.", Qualifier.Increase)]
    [InlineData("Exports to China dropped 7% last year.", Qualifier.Decrease)]
    [InlineData("The stock was up 19 cents.", Qualifier.Increase)]
    [InlineData("Healthcare fell 1.61%.", Qualifier.Decrease)]
    [InlineData("The brand expects to grow sales by 35 per cent.", Qualifier.Increase)]
    [InlineData("Dow +0.2% today.", Qualifier.Increase)]
    [InlineData("It employs 30 people.", Qualifier.Exact)]
    public void Reads_qualifiers_and_change_verbs(string text, Qualifier qualifier)
    {
        Assert.Equal(qualifier, Extract.Single(text).Qualifier);
    }

    [Fact]
    public void The_qualifier_is_part_of_the_claim_text()
    {
        Assert.Equal("more than 1,000 types of military products", Extract.Single("It makes more than 1,000 types of military products.").Text);
    }

    [Fact]
    public void A_level_reached_after_a_change_is_not_a_change()
    {
        var claims = Extract.Quantities("Revenue rose 9.4 per cent to $84.");
        Assert.Equal(Qualifier.Increase, claims[0].Qualifier);
        Assert.Equal(Qualifier.Exact, claims[1].Qualifier);
        Assert.Equal(84, claims[1].Value);
    }

    [Fact]
    public void A_conversion_in_parentheses_keeps_the_hedge()
    {
        var claims = Extract.Quantities("Customers with more than 7.5 million Danish crowns (US $1.1 million) pay a fee.");
        Assert.All(claims, c => Assert.Equal(Qualifier.MoreThan, c.Qualifier));
    }

    [Fact]
    public void A_phrasal_verb_particle_is_not_a_change()
    {
        Assert.Equal(Qualifier.Exact, Extract.Single("The team set up 3 offices.").Qualifier);
    }
}

public sealed class GappingTests
{
    [Fact]
    public void A_figure_after_a_bare_by_repeats_the_change_before_it()
    {
        var claims = Extract.Quantities("Shares of Ross were down 2.3%, Burlington by 2.6% and Foot Locker was down 1.9%.");
        Assert.All(claims, c => Assert.Equal(Qualifier.Decrease, c.Qualifier));
    }
}
