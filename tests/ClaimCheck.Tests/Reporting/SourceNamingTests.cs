using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public sealed class SourceNamingTests
{
    [Fact]
    public void A_document_is_named_in_a_sentence_by_its_outlet_else_its_title_else_its_file()
    {
        var both = new DocumentSummary("a", "news/a1f3.txt", "Harbour traffic doubles", "Coast Herald", null, null, DateSource.None);
        var titleOnly = both with { Source = null };
        var longTitle = titleOnly with { Title = "The minister and the mayor visited the new container terminal at the harbour today" };
        var bare = titleOnly with { Title = null };

        Assert.Equal("Coast Herald", both.ShortName());
        Assert.Equal("Harbour traffic doubles", titleOnly.ShortName());
        Assert.Equal("The minister and the mayor visited the new…", longTitle.ShortName());
        Assert.Equal("a1f3.txt", bare.ShortName());
        Assert.Equal("a1f3.txt", both.FileName());
    }

    [Fact]
    public void A_conflict_the_explanation_already_states_is_not_listed_again()
    {
        var group = AnalysisFixture.Sample().Groups[0];
        Assert.NotEmpty(group.Conflicts);
        Assert.Equal(group.Conflicts.Select(c => c.Reason), ReportText.ConflictReasons(group));

        var repeated = group with { Explanation = "Discrepancy on 2023-09-30: " + group.Conflicts[0].Reason };
        Assert.DoesNotContain(group.Conflicts[0].Reason, ReportText.ConflictReasons(repeated));
        Assert.DoesNotContain("**Conflicts:**", ReportOutput.Markdown(AnalysisFixture.Sample() with { Groups = [repeated] }), StringComparison.Ordinal);
    }
}
