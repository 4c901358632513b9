using ClaimCheck.Caching;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Caching;

public sealed class RunFingerprintTests
{
    [Fact]
    public void The_same_files_give_the_same_fingerprint_and_any_changed_byte_another()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Some 40 schools opened in 2021.");
        corpus.Write("sub/b.md", "---\ntitle: B\n---\nAbout 12 hospitals.");
        var first = RunFingerprint.Of([corpus.Root], corpus.PathOf("reviews.yaml"), "formats=all");
        Assert.Equal(first, RunFingerprint.Of([corpus.Root], corpus.PathOf("reviews.yaml"), "formats=all"));
        Assert.NotEqual(first, RunFingerprint.Of([corpus.Root], corpus.PathOf("reviews.yaml"), "formats=md"));

        corpus.Write("sub/b.md", "---\ntitle: B\n---\nAbout 13 hospitals.");
        Assert.NotEqual(first, RunFingerprint.Of([corpus.Root], corpus.PathOf("reviews.yaml"), "formats=all"));
    }

    [Fact]
    public void Manifest_and_decisions_are_part_of_the_fingerprint_and_hidden_folders_are_not()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Some 40 schools opened in 2021.");
        var before = RunFingerprint.Of([corpus.Root], corpus.PathOf("reviews.yaml"), string.Empty);
        corpus.Write(".claimcheck/run-x.json", "{}");
        Assert.Equal(before, RunFingerprint.Of([corpus.Root], corpus.PathOf("reviews.yaml"), string.Empty));

        corpus.Write("reviews.yaml", "# decisions\n");
        var decided = RunFingerprint.Of([corpus.Root], corpus.PathOf("reviews.yaml"), string.Empty);
        Assert.NotEqual(before, decided);
        corpus.Write("claimcheck.yaml", "documents: {}\n");
        Assert.NotEqual(decided, RunFingerprint.Of([corpus.Root], corpus.PathOf("reviews.yaml"), string.Empty));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_fingerprinted_by_size_and_time_without_reading_it()
    {
        using var corpus = new TempCorpus();
        var big = corpus.Write("big.txt", new string('1', 4096));
        var time = File.GetLastWriteTimeUtc(big);
        var before = RunFingerprint.Of([corpus.Root], null, string.Empty, maxDocumentSize: 1024);
        corpus.Write("big.txt", new string('2', 4096)); // same size, same time: the loader skips it either way
        File.SetLastWriteTimeUtc(big, time);
        Assert.Equal(before, RunFingerprint.Of([corpus.Root], null, string.Empty, maxDocumentSize: 1024));
        Assert.NotEqual(before, RunFingerprint.Of([corpus.Root], null, string.Empty));
    }

    [Fact]
    public void Standard_input_cannot_be_fingerprinted() =>
        Assert.Null(RunFingerprint.Of(["-"], null, string.Empty));
}
