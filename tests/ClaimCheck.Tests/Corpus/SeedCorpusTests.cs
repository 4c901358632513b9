using ClaimCheck.Corpus;
using ClaimCheck.Documents;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Corpus;

/// <summary>The loader over the real seed corpus: every seed's metadata, and what is and is not furniture.</summary>
public sealed class SeedCorpusTests
{
    private static readonly Lazy<CorpusLoadResult> Loaded = new(() => CorpusLoader.Load([RepoRoot.CorpusFolder]));

    public static TheoryData<string, string, string, string?> Seeds => new()
    {
        {
            "000_26292c79c061c432.txt",
            "Modern and Powerful Azerbaijan is a celebration of Heydar Aliyev\"s deeds",
            "2023-05-10",
            "Respublika"
        },
        {
            "001_abb0a9f3993c915a.txt",
            "Defence as foundation of Azerbaijan’s development Keep the powder dry",
            "2026-01-14",
            "Caliber.az"
        },
        {
            // The banner line "Saturday July 13 2024" is the crawl date, not the publication date.
            "002_61d4dc922fc649e5.txt",
            "Azerbaijan to become reference point for purchasing sophisticated weapons",
            "2023-09-29",
            "AzerNews"
        },
        {
            "003_168ab8faeffd7e02.txt",
            "Ilham Aliyev and First Lady Mehriban Aliyeva have today visited the Honorary Alley and the Alley of Martyrs",
            "2020-11-08",
            null
        },
        {
            "004_1840fb00d5d48ea0.txt",
            "Military attaches have visited facilities of the Ministry of Defence Industry",
            "2019-02-20",
            null
        },
    };

    [Fact]
    public void Loads_every_seed_without_diagnostics()
    {
        Assert.Empty(Loaded.Value.Diagnostics);
        Assert.Equal(
            ["000_26292c79c061c432.txt", "001_abb0a9f3993c915a.txt", "002_61d4dc922fc649e5.txt", "003_168ab8faeffd7e02.txt", "004_1840fb00d5d48ea0.txt"],
            Loaded.Value.Documents.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Infers_title_date_and_source(string id, string title, string published, string? source)
    {
        var document = Single(id);
        Assert.Equal(title, document.Title);
        Assert.Equal(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), document.Published);
        Assert.Equal(DateSource.Inferred, document.DateSource);
        Assert.Equal(source, document.Source);
        Assert.Equal(id, document.Path);
    }

    [Theory]
    [InlineData("000_26292c79c061c432.txt", "By the Ministry of Defence Industry the process of production of defence products is successfully performed in Azerbaijan and we managed to gain big achievements in this sphere as well")]
    [InlineData("000_26292c79c061c432.txt", "Ilham Aliyev")]
    [InlineData("000_26292c79c061c432.txt", "10 May, 2023\u200310:00 3403")]
    [InlineData("000_26292c79c061c432.txt", "\"Respublika\" newspaper, May 10, 2023")]
    [InlineData("001_abb0a9f3993c915a.txt", "twitter")]
    [InlineData("001_abb0a9f3993c915a.txt", "youtube")]
    [InlineData("001_abb0a9f3993c915a.txt", "search")]
    [InlineData("001_abb0a9f3993c915a.txt", "ru")]
    [InlineData("001_abb0a9f3993c915a.txt", "A+")]
    [InlineData("001_abb0a9f3993c915a.txt", "WHAT ARE YOU LOOKING FOR ?")]
    [InlineData("001_abb0a9f3993c915a.txt", "Any use of materials is allowed only if there is a hyperlink to Caliber.az")]
    [InlineData("001_abb0a9f3993c915a.txt", "Caliber.az © 2026. .")]
    [InlineData("001_abb0a9f3993c915a.txt", "14 January 2026 11:46")]
    [InlineData("001_abb0a9f3993c915a.txt", "Views: 46")]
    [InlineData("001_abb0a9f3993c915a.txt", "share-lineLiked the story? Share it on social media!")]
    [InlineData("001_abb0a9f3993c915a.txt", "copy link")]
    [InlineData("002_61d4dc922fc649e5.txt", "Saturday July 13 2024")]
    [InlineData("002_61d4dc922fc649e5.txt", "29 September 2023 08:30 (UTC+04:00)")]
    [InlineData("002_61d4dc922fc649e5.txt", "Abbas Ganbay")]
    [InlineData("002_61d4dc922fc649e5.txt", "Read more")]
    [InlineData("002_61d4dc922fc649e5.txt", "Follow us on Twitter @AzerNewsAz")]
    [InlineData("002_61d4dc922fc649e5.txt", "Latest See more")]
    [InlineData("003_168ab8faeffd7e02.txt", "08 November, 2020\u200314:00 4554")]
    [InlineData("004_1840fb00d5d48ea0.txt", "20 February, 2019\u200314:27 2806")]
    [InlineData("004_1840fb00d5d48ea0.txt", "193-1.JPG 194-1.JPG")]
    public void Skips_furniture_lines(string id, string line)
    {
        var document = Single(id);
        var lines = Lines(document).Where(l => l.Text == line).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(l.Skipped, $"not skipped: {line}"));
    }

    [Theory]
    [InlineData("000_26292c79c061c432.txt", "It is the honorable duty of every Azerbaijani to preserve this sacred heritage!")]
    [InlineData("000_26292c79c061c432.txt", "When highlighting the incomparable services of the Great Leader Heydar Aliyev to the people of Azerbaijan, it is important firstly to come back to the period of 1969-1982, when the genius leader led our republic during the time of the former Soviet Union.")]
    [InlineData("001_abb0a9f3993c915a.txt", "In 2005, following President Ilham Aliyev’s directive to establish the Ministry of Defence Industry, the Tartar Electromechanical Plant was transferred under the authority of the new ministry.")]
    [InlineData("002_61d4dc922fc649e5.txt", "Referring to the words of Azerbaijan's Minister of Defense Industry, Madat Guliyev, Azerbaijan is working on the production of more than 800 samples of weapons, which will strengthen the military-industrial complex.")]
    [InlineData("003_168ab8faeffd7e02.txt", "The national anthem of Azerbaijan was played.")]
    [InlineData("003_168ab8faeffd7e02.txt", "Dear Shusha, you are free!")]
    [InlineData("003_168ab8faeffd7e02.txt", "Shusha is ours! Karabakh is ours! Karabakh is Azerbaijan!")]
    [InlineData("004_1840fb00d5d48ea0.txt", "32 representatives of 21 countries took part in the inspection tour.")]
    [InlineData("004_1840fb00d5d48ea0.txt", "On February 20, military attaches of foreign countries accredited to Azerbaijan paid visit to the facilities of the Ministry of Defense Industry.")]
    public void Keeps_article_sentences(string id, string line)
    {
        var document = Single(id);
        var lines = Lines(document).Where(l => l.Text == line).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.False(l.Skipped, $"skipped: {line}"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Keeps_the_title_and_every_line_of_running_text(string id, string title, string published, string? source)
    {
        _ = (published, source);
        var document = Single(id);
        var lines = Lines(document);
        Assert.Contains(lines, l => l.Text == title && !l.Skipped);

        // A paragraph of a dozen words or more ending like a sentence is article text, whatever it contains.
        Assert.All(
            lines.Where(l => l.Text.Split(' ').Length >= 12 && l.Text.TrimEnd('"', '”').EndsWith('.')),
            l => Assert.False(l.Skipped, $"skipped: {l.Text}"));
    }

    [Fact]
    public void Skipped_ranges_are_ordered_and_disjoint()
    {
        foreach (var document in Loaded.Value.Documents)
        {
            for (var i = 1; i < document.Skipped.Count; i++)
            {
                Assert.True(document.Skipped[i - 1].End < document.Skipped[i].Start, document.Id);
            }
        }
    }

    private static Document Single(string id) => Assert.Single(Loaded.Value.Documents, d => d.Id == id);

    /// <summary>Each non-blank line of a document, trimmed, and whether it lies in a skipped range.</summary>
    private static List<(string Text, bool Skipped)> Lines(Document document)
    {
        var result = new List<(string, bool)>();
        var start = 0;
        foreach (var raw in document.Text.Split('\n'))
        {
            var text = raw.Trim();
            if (text.Length > 0)
            {
                var offset = start + raw.IndexOf(text[0], StringComparison.Ordinal);
                result.Add((text, document.Skipped.Any(r => r.Contains(offset))));
            }

            start += raw.Length + 1;
        }

        return result;
    }
}
