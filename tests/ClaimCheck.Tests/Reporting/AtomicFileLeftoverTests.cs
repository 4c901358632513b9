using ClaimCheck.IO;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// A write killed half-way leaves a hidden temporary file (<c>.NAME.RANDOM.tmp</c>). The next write into that folder
/// removes it, and nothing else: not a file a live writer still holds, not one written moments ago, not a link, and
/// never a user's file that merely looks alike.
/// </summary>
public sealed class AtomicFileLeftoverTests : IDisposable
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddMinutes(-2);

    private readonly TempCorpus folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_leftover_of_an_interrupted_write_is_removed_by_the_next_write_into_its_folder()
    {
        var leftover = Leftover(".report.md.k2j4h5g1.a0z.tmp");

        AtomicFile.WriteAllText(folder.PathOf("claims.csv"), "new\n");

        Assert.False(File.Exists(leftover));
        Assert.Equal("new\n", File.ReadAllText(folder.PathOf("claims.csv")));
    }

    [Fact]
    public void The_next_analyze_removes_what_a_killed_one_left_in_the_reports_folder()
    {
        folder.Write("corpus/a.txt", "The ministry said that 32 representatives of 21 countries took part in the tour.");
        var leftover = Leftover("reports/.report.html.qwertyui.op1.tmp");

        var (exit, _, stderr) = CliRunner.Run("analyze", folder.PathOf("corpus"), "--out", folder.PathOf("reports"));

        Assert.True(exit == 0, stderr);
        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public void A_temporary_file_its_writer_still_holds_is_kept()
    {
        var live = Leftover(".report.md.abcdefgh.xyz.tmp");
        using var writer = new FileStream(live, FileMode.Open, FileAccess.Write, FileShare.None);

        AtomicFile.WriteAllText(folder.PathOf("claims.csv"), "new\n");

        Assert.True(File.Exists(live));
    }

    [Fact]
    public void A_temporary_file_written_moments_ago_is_kept()
    {
        var fresh = folder.Write(".report.md.abcdefgh.xyz.tmp", "being written");

        AtomicFile.WriteAllText(folder.PathOf("claims.csv"), "new\n");

        Assert.True(File.Exists(fresh));
    }

    [Theory]
    [InlineData(".notes.tmp")]
    [InlineData("report.md.abcdefgh.xyz.tmp")]
    [InlineData(".report.md.ABCDEFGH.XYZ.tmp")]
    [InlineData(".report.md.abcdefg9.xyz.tmp")]
    [InlineData(".report.md.abcdefgh.xyz.tmp.bak")]
    [InlineData(".abcdefgh.xyz.tmp")]
    public void A_file_that_only_looks_like_a_temporary_file_is_kept(string name)
    {
        var lookalike = Leftover(name);

        AtomicFile.WriteAllText(folder.PathOf("claims.csv"), "new\n");

        Assert.True(File.Exists(lookalike));
    }

    [UnixFact]
    public void A_link_or_folder_named_like_a_temporary_file_is_kept()
    {
        var target = Leftover("keep.txt");
        var link = folder.PathOf(".keep.txt.abcdefgh.xyz.tmp");
        File.CreateSymbolicLink(link, target);
        var subfolder = Directory.CreateDirectory(folder.PathOf(".data.abcdefgh.xyz.tmp")).FullName;
        Directory.SetLastWriteTimeUtc(subfolder, LongAgo);

        AtomicFile.WriteAllText(folder.PathOf("claims.csv"), "new\n");

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.True(File.Exists(target));
        Assert.True(Directory.Exists(subfolder));
    }

    /// <summary>A file last written two minutes ago, as an interrupted write leaves it.</summary>
    private string Leftover(string relative)
    {
        var path = folder.Write(relative, "half of a report");
        File.SetLastWriteTimeUtc(path, LongAgo);
        return path;
    }
}
