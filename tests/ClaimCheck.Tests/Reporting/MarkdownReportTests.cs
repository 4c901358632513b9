using System.Text.RegularExpressions;
using ClaimCheck.Consistency;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

public sealed partial class MarkdownReportTests
{
    // An unescaped [text](destination): the only links a report may contain.
    [GeneratedRegex(@"(?<!\\)\[(?<text>(?:\\.|[^\]\\])*)\]\((?<url>[^)]*)\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkRegex();

    [Fact]
    public void Report_md_of_the_sample_matches_the_reviewed_golden_file() =>
        GoldenFile.Verify("report-sample.md", ReportOutput.Markdown(AnalysisFixture.Sample()));

    [Fact]
    public void Summary_line_counts_with_singular_and_plural()
    {
        Assert.Equal(
            "18 documents, 240 claims, 31 groups: 12 agreements, 6 changes, 2 discrepancies, 11 single-source",
            ReportText.SummaryLine(new AnalysisSummary(18, 240, 31, 12, 6, 2, 11)));
        Assert.Equal(
            "1 document, 1 claim, 1 group: 1 agreement, 1 change, 1 discrepancy, 1 single-source",
            ReportText.SummaryLine(new AnalysisSummary(1, 1, 1, 1, 1, 1, 1)));
        Assert.Equal(
            "0 documents, 12,000 claims, 0 groups: 0 agreements, 0 changes, 0 discrepancies, 0 single-source",
            ReportText.SummaryLine(new AnalysisSummary(0, 12000, 0, 0, 0, 0, 0)));
    }

    [Fact]
    public void Sections_come_in_order_discrepancies_changes_agreements_then_singles()
    {
        var md = ReportOutput.Markdown(AnalysisFixture.Sample());
        var headings = md.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["## Discrepancies", "## Changes", "## Agreements", "## Single-source figures"], headings);
        Assert.Contains("4 documents, 11 claims, 4 groups: 1 agreement, 1 change, 1 discrepancy, 1 single-source\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_shows_its_confidence_conflict_change_copies_and_timeline()
    {
        var md = ReportOutput.Markdown(AnalysisFixture.Sample());
        Assert.Contains("### military products (count) — discrepancy · `g-military-products`", md, StringComparison.Ordinal);
        Assert.Contains("Confidence 90% · 3 documents, 2 independent sources", md, StringComparison.Ordinal);
        Assert.Contains("- \"more than 1,000 types of military products\" (AzerNews, 2023-09-29) means more than 1,000 military products but \"up to 800 military products\" (Caliber.az, 2023-09-30) means up to 800 military products: both cannot be true at the same time.", md, StringComparison.Ordinal);
        Assert.Contains("**Change:** rose from 21 (2019) to between 30 and 35 (2023-09-30): +43% over 4 years", md, StringComparison.Ordinal);
        Assert.Contains("> **Note:** copies of the same passage were counted as one source", md, StringComparison.Ordinal);
        Assert.Contains("| 2023-09-30 | Trend, published 2023-09-30 · copy.txt (copy) | up to 800 military products | The ministry |", md, StringComparison.Ordinal);
        Assert.Contains("| 2019 | [Defence exports grow](http://respublika.az/news/2019/05/10) (\"Respublika\" newspaper), published 2019-05-10 · 2019-05-10.html | 21 countries | the ministry |", md, StringComparison.Ordinal);

        // The evidence folds away under one line, so the group reads short in a pull-request comment.
        Assert.Contains("<details>\n<summary>3 claims: sources and wording</summary>\n\n| as of | source |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Differently_worded_sentences_are_shown_with_their_figures_and_copies_once()
    {
        var md = ReportOutput.Markdown(AnalysisFixture.Sample());

        // Two unrelated sentences that share a figure: a word diff would strike out nearly everything.
        Assert.Contains("Worded differently (figure in bold):\n\n- AzerNews: The **44-day** war of 2020 showed what the industry can do.\n- Caliber.az: The war lasted **44 days** in 2020.\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("~~44-day war", md, StringComparison.Ordinal);

        // The copy repeats the Caliber.az sentence word for word: one diff line for both.
        var discrepancy = md[md.IndexOf("### military products", StringComparison.Ordinal)..md.IndexOf("## Changes", StringComparison.Ordinal)];
        Assert.Single(discrepancy.Split('\n'), l => l.StartsWith("- Caliber.az: ", StringComparison.Ordinal));
        Assert.DoesNotContain("- Trend:", discrepancy, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_source_figures_are_collapsed_and_capped()
    {
        var md = ReportOutput.Markdown(AnalysisFixture.Large(500));
        var singles = md[md.IndexOf("## Single-source figures", StringComparison.Ordinal)..];
        Assert.StartsWith("## Single-source figures\n\n<details>\n<summary>125 figures stated by one source only</summary>\n", singles, StringComparison.Ordinal);
        Assert.Equal(MarkdownReport.MaxSingles, singles.Split('\n').Count(l => l.StartsWith("- widgets", StringComparison.Ordinal)));
        Assert.Contains("- … and 25 more (all are in analysis.json and report.html)\n\n</details>\n", singles, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_corpus_text_can_open_no_link_html_or_block()
    {
        var md = ReportOutput.Markdown(AnalysisFixture.Hostile());

        // Links: only http(s) destinations; javascript: and data: URLs and [click](javascript:...) in text stay text.
        Assert.All(LinkRegex().Matches(md), m => Assert.Matches("^https?://", m.Groups["url"].Value));
        Assert.Contains("\\[click\\](javascript:window.\\_\\_pwned=1)", md, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\]\((javascript|data):", md);

        // HTML: every < is escaped, except the report's own <details> and <summary>.
        var withoutOwnTags = md.Replace("<details>", string.Empty, StringComparison.Ordinal).Replace("</details>", string.Empty, StringComparison.Ordinal)
            .Replace("<summary>", string.Empty, StringComparison.Ordinal).Replace("</summary>", string.Empty, StringComparison.Ordinal);
        for (var i = withoutOwnTags.IndexOf('<', StringComparison.Ordinal); i >= 0; i = withoutOwnTags.IndexOf('<', i + 1))
        {
            Assert.True(i > 0 && withoutOwnTags[i - 1] == '\\', $"unescaped < at {i}: {withoutOwnTags[Math.Max(0, i - 20)..Math.Min(withoutOwnTags.Length, i + 20)]}");
        }

        // Code spans, emphasis, math and table cells stay text; no corpus text starts a heading or a list.
        Assert.Contains("\\[click\\](javascript:window.\\_\\_pwned=1) \\# not a heading", md, StringComparison.Ordinal);
        Assert.Contains("\\<svg onload=window.\\_\\_pwned=1\\> \\| and \\`window.\\_\\_pwned=1\\`", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# Heading", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", md, StringComparison.Ordinal);
        Assert.All(md.Split('\n').Where(l => l.StartsWith('|')), l => Assert.Equal(5, l.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|')));
    }

    [Theory]
    [InlineData("# heading", "\\# heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("12. item", "12\\. item")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*bold* _it_ ~~s~~", "\\*bold\\* \\_it\\_ \\~\\~s\\~\\~")]
    [InlineData("<b>x</b> & y", "\\<b\\>x\\</b\\> \\& y")]
    [InlineData("two\nlines\u2028here", "two lines here")]
    [InlineData("$5 and $10", "\\$5 and \\$10")]
    [InlineData("1,000 types", "1,000 types")]
    public void Markdown_text_is_escaped(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Theory]
    [InlineData("https://example.org/a b(c)", "[x](https://example.org/a%20b%28c%29)")]
    [InlineData("http://example.org/", "[x](http://example.org/)")]
    [InlineData("javascript:alert(1)", "x")]
    [InlineData("JAVASCRIPT:alert(1)", "x")]
    [InlineData("data:text/html,<b>x</b>", "x")]
    [InlineData("/relative/path", "x")]
    [InlineData("file:///etc/passwd", "x")]
    [InlineData(null, "x")]
    public void Only_http_and_https_urls_become_links(string? url, string expected) =>
        Assert.Equal(expected, MarkdownText.Link("x", url));
}
