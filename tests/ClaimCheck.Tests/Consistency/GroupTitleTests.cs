using ClaimCheck.Consistency;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Consistency;

public sealed class GroupTitleTests
{
    private static Claim Find(string sentence, string figure) =>
        Assert.Single(ClaimExtractor.Default.Extract(Document.FromText("t.txt", sentence)), c => c.Text.StartsWith(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Korvel exports to 30 countries, the ministry said.", "30", "Korvel exports to … countries")]
    [InlineData("About 4.2 million passengers passed through Merrowby airport last year.", "About", "About … passengers passed through Merrowby airport last year")]
    [InlineData("The mill, which employs 1,250 people, opened in the spring.", "1,250", "employs … people")]
    [InlineData("Rail freight fell 12% in the first half, the agency said.", "12%", "Rail freight fell …% in the first half")]
    public void The_title_is_the_clause_of_the_figure_with_the_figure_left_out(string sentence, string figure, string title) =>
        Assert.Equal(title, GroupTitle.Clause(Find(sentence, figure)));

    [Fact]
    public void A_clause_that_is_nothing_but_its_figure_gives_no_title()
    {
        var claim = Find("Profits? 40 million.", "40");
        Assert.Null(GroupTitle.Clause(claim));
        Assert.Equal("fallback", GroupTitle.For([claim], [], "fallback"));
    }

    [Fact]
    public void The_member_sharing_most_of_the_groups_words_speaks_for_it()
    {
        var vague = Find("Officials counted 300 vehicles on Tuesday.", "300");
        var telling = Find("Inspectors counted 310 vehicles crossing the Dunmore bridge.", "310");
        Assert.Equal("Inspectors counted … vehicles crossing the Dunmore bridge", GroupTitle.For([vague, telling], ["dunmore", "bridge"], "vehicles"));
        Assert.Equal("Officials counted … vehicles on Tuesday", GroupTitle.For([vague, telling], [], "vehicles"));
    }

    [Theory]
    [InlineData("more than 1,000 types of military products", "more than … types of military products")]
    [InlineData("$4.5 billion", "$…")]
    [InlineData("a 44-day war", "a …-day war")]
    [InlineData("thirty-one thousand lorries", "… lorries")]
    [InlineData("hundreds of large plants", "… of large plants")]
    [InlineData("between 30 and 35 countries", "between … and … countries")]
    public void Numbers_and_number_words_become_one_ellipsis_each(string text, string expected) =>
        Assert.Equal(expected, GroupTitle.Unnumbered(text));
}
