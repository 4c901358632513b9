using ClaimCheck.Caching;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Caching;

public sealed class ExtractionCacheTests
{
    private static readonly Document Article = Document.FromText("a.txt", "The plant employs 1,200 workers and exported goods to 30 countries in 2023.", new DateOnly(2024, 1, 5));

    [Fact]
    public void A_document_extracted_before_is_read_from_the_cache_with_the_same_claims()
    {
        using var folder = new TempCorpus();
        var first = ExtractionCache.Open(folder.Root, ["corpus"]);
        var counting = new CountingExtractor();
        var extracted = first.GetOrExtract(Article, counting);
        Assert.True(first.Save());

        var second = ExtractionCache.Open(folder.Root, ["corpus"]);
        var cached = second.GetOrExtract(Article, counting);
        Assert.Equal(1, counting.Calls);
        Assert.Equal(1, second.Hits);
        Assert.Equal(extracted, cached); // records: every field, values included, survives the round trip
    }

    [Fact]
    public void A_changed_text_or_date_is_extracted_again()
    {
        using var folder = new TempCorpus();
        var cache = ExtractionCache.Open(folder.Root, ["corpus"]);
        var counting = new CountingExtractor();
        cache.GetOrExtract(Article, counting);
        cache.Save();

        var again = ExtractionCache.Open(folder.Root, ["corpus"]);
        again.GetOrExtract(Article with { Text = Article.Text.Replace("1,200", "1,300", StringComparison.Ordinal) }, counting);
        again.GetOrExtract(Article with { Published = new DateOnly(2025, 1, 5) }, counting);
        Assert.Equal(3, counting.Calls);
        Assert.Equal(0, again.Hits);
    }

    [Fact]
    public void A_damaged_cache_file_is_an_empty_cache()
    {
        using var folder = new TempCorpus();
        var cache = ExtractionCache.Open(folder.Root, ["corpus"]);
        cache.GetOrExtract(Article, ClaimExtractor.Default);
        cache.Save();
        var file = Assert.Single(Directory.GetFiles(folder.Root, "extractions-*.cache"));
        File.WriteAllText(file, "not a cache\n\u0000\u0001");

        var counting = new CountingExtractor();
        var claims = ExtractionCache.Open(folder.Root, ["corpus"]).GetOrExtract(Article, counting);
        Assert.Equal(1, counting.Calls);
        Assert.NotEmpty(claims);
    }

    [Fact]
    public void The_cache_keeps_only_what_the_last_run_used()
    {
        using var folder = new TempCorpus();
        var cache = ExtractionCache.Open(folder.Root, ["corpus"]);
        cache.GetOrExtract(Article, ClaimExtractor.Default);
        cache.GetOrExtract(Document.FromText("b.txt", "Some 40 schools opened."), ClaimExtractor.Default);
        cache.Save();

        var next = ExtractionCache.Open(folder.Root, ["corpus"]);
        next.GetOrExtract(Article, ClaimExtractor.Default);
        next.Save();
        var lines = File.ReadAllLines(Assert.Single(Directory.GetFiles(folder.Root, "extractions-*.cache")));
        Assert.Equal(2, lines.Length); // header and the one document still in the corpus
    }

    private sealed class CountingExtractor : IClaimExtractor
    {
        public int Calls { get; private set; }

        public IReadOnlyList<Claim> Extract(Document document)
        {
            Calls++;
            return ClaimExtractor.Default.Extract(document);
        }
    }
}
