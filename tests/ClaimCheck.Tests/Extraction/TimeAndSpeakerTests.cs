namespace ClaimCheck.Tests.Extraction;

public sealed class TimeAndSpeakerTests
{
    [Theory]
    [InlineData("In 2019 the firm had 300 stores.", "2019")]
    [InlineData("Since early 2019 the firm opened 300 stores.", "2019-01/2023-05-10")]
    [InlineData("In the first half of 2018 the firm opened 300 stores.", "2018-01/2018-06")]
    [InlineData("By the end of 2015 the firm had 300 stores.", "2015-12")]
    [InlineData("Last year the firm opened 300 stores.", "2022")]
    [InlineData("Three years ago the firm had 300 stores.", "2020")]
    [InlineData("The firm has 300 stores.", "2023-05-10")]
    public void Dates_each_figure_by_its_time_reference_or_the_publication_date(string text, string asOf)
    {
        Assert.Equal(asOf, Extract.Single(text).AsOf);
    }

    [Fact]
    public void Without_a_publication_date_an_undated_figure_has_no_as_of()
    {
        var claim = Claims.Extract("The firm has 300 stores.").Single();
        Assert.Null(claim.AsOf);
    }

    [Theory]
    [InlineData("According to Minister Madat Guliyev, Azerbaijan is working on more than 800 new weapons.", "Minister Madat Guliyev")]
    [InlineData("Azerbaijan is working on more than 800 new weapons, the minister said.", "the minister")]
    [InlineData("Military expert Heydar Mirza said that 30 countries want to buy weapons.", "Heydar Mirza")]
    [InlineData("\"We produce 1,000 products,\" said Ilham Aliyev.", "Ilham Aliyev")]
    public void Finds_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Single(text).Speaker);
    }

    [Fact]
    public void A_pronoun_speaker_is_the_last_named_one()
    {
        var claims = Extract.Quantities("Ilham Aliyev said the war was won. He said 44 days were enough.");
        Assert.Equal("Ilham Aliyev", Assert.Single(claims).Speaker);
    }

    [Fact]
    public void An_unattributed_figure_has_no_speaker()
    {
        Assert.Null(Extract.Single("The firm has 300 stores.").Speaker);
    }
}

public sealed class QuotationSpeakerTests
{
    [Fact]
    public void A_quoted_sentence_takes_the_attribution_at_the_end_of_the_quote()
    {
        var claims = Extract.Quantities("\"We built 12 plants last year. We will build two more factories soon,\" the minister said.");
        Assert.Equal("the minister", claims[0].Speaker);
    }

    [Fact]
    public void The_attribution_does_not_cross_paragraphs()
    {
        var claims = Extract.Quantities("\"We built 12 plants last year.\"\n\nThe minister said exports grew.");
        Assert.Null(claims[0].Speaker);
    }
}
