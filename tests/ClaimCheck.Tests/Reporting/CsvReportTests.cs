using ClaimCheck.Reporting;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

public sealed class CsvReportTests
{
    [Fact]
    public void Claims_csv_of_the_sample_matches_the_reviewed_golden_file() =>
        GoldenFile.Verify("claims-sample.csv", ReportOutput.Csv(AnalysisFixture.Sample()));

    [Fact]
    public void Header_names_the_columns_and_every_claim_has_a_row()
    {
        var result = AnalysisFixture.Sample();
        var rows = ParseCsv(ReportOutput.Csv(result));
        Assert.Equal(
            "claimId,documentId,documentTitle,published,text,kind,value,low,high,qualifier,unit,asOf,speaker,groupId,groupLabel,verdict,sentence",
            string.Join(',', rows[0]));
        Assert.Equal(result.Claims.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(17, r.Count));
    }

    [Fact]
    public void Quoted_fields_round_trip_and_ungrouped_claims_have_empty_group_columns()
    {
        var result = AnalysisFixture.Sample();
        var rows = ParseCsv(ReportOutput.Csv(result)).Skip(1).ToList();
        var products = rows.Single(r => r[4] == "more than 1,000 types of military products");
        Assert.Equal(result.Claims.Single(c => c.Text == "more than 1,000 types of military products").Sentence, products[16]);
        Assert.Equal(["g-military-products", "military products (count)", "discrepancy"], products[13..16]);
        Assert.Equal("2023-09-29", products[3]);
        Assert.Equal("1000", products[6]);

        var ungrouped = rows.Single(r => r[4] == "Some 65 countries");
        Assert.Equal(["", "", ""], ungrouped[13..16]);
        var date = rows.Single(r => r[5] == "date");
        Assert.Equal(["", "", ""], date[6..9]);
        var billion = rows.Single(r => r[4] == "about $2.5 billion");
        Assert.Equal("2500000000", billion[6]);
    }

    [Fact]
    public void Text_cells_that_look_like_formulas_are_defused_but_numbers_are_not()
    {
        var rows = ParseCsv(ReportOutput.Csv(AnalysisFixture.Hostile())).Skip(1).ToList();
        var cells = rows.SelectMany(r => r).ToList();
        Assert.Contains("'@SUM(A1:A9)", cells);
        Assert.Contains("'-2024", cells);
        Assert.Contains("'+2024", cells);
        Assert.DoesNotContain(cells, c => c.StartsWith('=') || c.StartsWith('+') || c.StartsWith('@')
            || (c.StartsWith('-') && !double.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out _)));
        Assert.Equal("-5", CsvReport.Number(-5));
        Assert.Equal("'-5", CsvReport.Text("-5"));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_as_rfc_4180_says(string field, string expected) =>
        Assert.Equal(expected, CsvReport.Quote(field));

    [Theory]
    [InlineData(1000.0, "1000")]
    [InlineData(0.1, "0.1")]
    [InlineData(2.5e9, "2500000000")]
    [InlineData(1e21, "1E+21")]
    [InlineData(28.5, "28.5")]
    public void Numbers_are_invariant_and_shortest(double value, string expected) =>
        Assert.Equal(expected, CsvReport.Number(value));

    /// <summary>A strict RFC 4180 reader, to prove the output parses back to the same cells.</summary>
    internal static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(cell.Length == 0, "a quote inside an unquoted field");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        Assert.False(quoted, "unterminated quoted field");
        Assert.True(row.Count == 0 && cell.Length == 0, "the last row has no line end");
        return rows;
    }
}
