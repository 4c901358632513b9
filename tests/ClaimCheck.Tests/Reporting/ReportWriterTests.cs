using ClaimCheck.IO;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "claimcheck-reports-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Writes_the_four_reports_into_a_new_folder()
    {
        var outDir = Path.Join(_folder, "nested", "reports");
        var written = ReportWriter.WriteAll(AnalysisFixture.Sample(), outDir, ReportFormats.All);
        Assert.Equal(
            ["report.md", "report.html", "analysis.json", "claims.csv"],
            written.Select(Path.GetFileName));
        Assert.Equal(
            ["analysis.json", "claims.csv", "report.html", "report.md"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(ReportOutput.Markdown(AnalysisFixture.Sample()), File.ReadAllText(Path.Join(outDir, "report.md")));
    }

    [Fact]
    public void Writing_twice_gives_byte_identical_files()
    {
        var first = Path.Join(_folder, "a");
        var second = Path.Join(_folder, "b");
        ReportWriter.WriteAll(AnalysisFixture.Sample(), first);
        ReportWriter.WriteAll(AnalysisFixture.Sample(), second);
        foreach (var file in Directory.GetFiles(first))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Join(second, Path.GetFileName(file))));
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
            Assert.DoesNotContain((byte)'\r', bytes);
        }

        var hostile = Path.Join(_folder, "h");
        ReportWriter.WriteAll(AnalysisFixture.Hostile(), hostile);
        var again = File.ReadAllBytes(Path.Join(hostile, "report.html"));
        ReportWriter.WriteAll(AnalysisFixture.Hostile(), hostile);
        Assert.Equal(again, File.ReadAllBytes(Path.Join(hostile, "report.html")));
    }

    [Fact]
    public void Existing_reports_are_replaced_and_no_temporary_file_is_left()
    {
        Directory.CreateDirectory(_folder);
        var target = Path.Join(_folder, "report.md");
        File.WriteAllText(target, new string('x', 100_000));
        ReportWriter.WriteAll(AnalysisFixture.Sample(), _folder, ReportFormats.Markdown | ReportFormats.Csv);
        Assert.Equal(ReportOutput.Markdown(AnalysisFixture.Sample()), File.ReadAllText(target));
        Assert.Equal(["claims.csv", "report.md"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        Directory.CreateDirectory(_folder);
        var target = Path.Join(_folder, "baseline.json");
        File.WriteAllText(target, "old");
        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, writer =>
        {
            writer.Write("half of the new content");
            throw new InvalidOperationException("disk on fire");
        }));
        Assert.Equal("disk on fire", error.Message);
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(["baseline.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Atomic_write_creates_the_folder_and_writes_utf8_without_bom()
    {
        var target = Path.Join(_folder, "deep", "review.json");
        AtomicFile.WriteAllText(target, "∞ é\n");
        Assert.Equal("∞ é\n"u8.ToArray(), File.ReadAllBytes(target));
    }

    [Theory]
    [InlineData("md,html,json,csv", ReportFormats.All)]
    [InlineData("all", ReportFormats.All)]
    [InlineData(" MD , Csv ", ReportFormats.Markdown | ReportFormats.Csv)]
    [InlineData("markdown", ReportFormats.Markdown)]
    [InlineData("html", ReportFormats.Html)]
    public void Format_lists_parse(string text, ReportFormats expected)
    {
        Assert.True(ReportWriter.TryParseFormats(text, out var formats, out var unknown));
        Assert.Equal(expected, formats);
        Assert.Null(unknown);
    }

    [Theory]
    [InlineData("md,pdf", "pdf")]
    [InlineData("", "")]
    [InlineData(" , ", " , ")]
    public void Unknown_formats_are_named(string text, string expectedUnknown)
    {
        Assert.False(ReportWriter.TryParseFormats(text, out var formats, out var unknown));
        Assert.Equal(ReportFormats.None, formats);
        Assert.Equal(expectedUnknown, unknown);
    }
}
