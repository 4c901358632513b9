using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ClaimCheck.Text;

namespace ClaimCheck.Corpus;

/// <summary>
/// Marks whole lines of scraped pages that are not article content: navigation and share widgets, copyright
/// and usage notes, view counters, date and credit lines, image file names, bylines, section labels, the site
/// slogan at the top and the signature block at the bottom.
/// </summary>
/// <remarks>
/// Every rule looks at short lines, or at lines that are not running text (a long line ending like a sentence),
/// so a sentence of the article is never marked, however many numbers it holds.
/// </remarks>
public sealed partial class BoilerplateDetector : IBoilerplateDetector
{
    // Longer than this and a line is not a widget, credit or counter.
    private const int MaxWidgetLength = 120;
    private const int MaxNavWords = 6;
    private const int MaxNavParts = 16;
    private const int MaxLabelWords = 6;
    private const int MaxFooterWords = 10;
    private const int MaxDomainLineLength = 80;

    // A header line this long that does not end like a sentence is too long for a headline: a slogan or epigraph.
    private const int MinSloganWords = 26;

    private const RegexOptions IgnoreCase =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>
    /// Words that make up navigation bars, language switches and widgets. A short line made only of these and the page
    /// counters' words, perhaps with their counts (<c>twitter</c>, <c>Read more</c>, <c>A+</c>, <c>Latest See more</c>,
    /// <c>Share 23 Tweet 5</c>, <c>1 2 3 Next</c>), is never content.
    /// </summary>
    private static readonly FrozenSet<string> NavWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "twitter", "x", "youtube", "instagram", "facebook", "telegram", "whatsapp", "linkedin", "tiktok", "vk",
        "vkontakte", "pinterest", "reddit", "rss", "email", "e-mail", "mail", "apple", "store", "app", "play",
        "market", "google", "night_theme", "night", "theme", "dark", "light", "mode", "ru", "en", "az", "tr",
        "arm", "am", "de", "fr", "es", "ua", "uz", "ge", "kz", "eng", "rus", "aze", "search", "menu", "home",
        "close", "login", "log", "in", "sign", "up", "register", "subscribe", "newsletter", "tweet",
        "print", "copy", "link", "copied", "read", "more", "also", "see", "latest", "news", "related",
        "popular", "most", "tags", "loading", "back", "to", "top", "next", "previous", "prev",
        "a+", "a-", "a", "ссылка", "скопирована", "поделиться", "читать", "далее", "также", "поиск", "главная");

    /// <summary>The detector the corpus loader uses.</summary>
    public static BoilerplateDetector Default { get; } = new();

    // "Related: ...", "Read next: ...", "Most read: 1. ...", "More from the Courier: ...": links to other pages, whatever they say.
    [GeneratedRegex(
        @"^(?:related(?:\s+(?:reading|articles?|stories|links|coverage|news))?|read\s+(?:next|more|also)|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|top\s+stories|editor'?s\s+picks?|more\s+from\s+[^:]{1,40})\s*:",
        IgnoreCase)]
    private static partial Regex LinkListRegex();

    // "Photo: the quay at dawn (IMG_2231.jpg)": a caption that names its image file.
    [GeneratedRegex(@"^(?:photo|image|picture|pic|caption|gallery)s?\s*:.*\.(?:jpe?g|png|gif|webp|heic)(?:[^\p{L}].*)?$", IgnoreCase)]
    private static partial Regex CaptionRegex();

    // The weather a banner prints: "Orley 21C, sunny spells", "Fallowmere 11°C, light rain".
    [GeneratedRegex(@"^[\p{L}\s.'’-]{0,40}-?\d{1,2}\s*°?\s*[CF](?:[,.]\s*[\p{L}\s,]{0,40})?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WeatherRegex();

    // A radio station's masthead: "Radio Fallow 102.6 FM", "Radio North 98.1 FM — News".
    [GeneratedRegex(@"^[\p{L}\s.'’&-]{2,40}\d{2,3}(?:\.\d)?\s*(?:FM|AM|DAB)(?:\s*[—–-]\s*[\p{L}\s]{0,40})?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StationRegex();

    // A number alone, or beside one word (checked against the page counters' words): "3403", "Views: 46", "Comments (14)",
    // "1,204 views", "1.2k shares".
    [GeneratedRegex(
        @"^(?:(?<word>\p{L}+)\s*[:\-–(]?\s*\d[\d\s,.]*[kKmM]?\s*\)?|\d[\d\s,.]*[kKmM]?\s*(?<word>\p{L}+)|[\d\s,.]*\d[\d\s,.]*)$",
        IgnoreCase)]
    private static partial Regex CounterRegex();

    // "5 min read", "4-minute read", "Est. reading time: 4 minutes": how long an article takes to read; "Shared 35 times".
    [GeneratedRegex(
        @"^(?:\d+\s*-?\s*min(?:ute)?s?\.?\s+read|(?:est(?:imated)?\.?\s+)?reading\s+time\s*:?\s*\d+\s*min(?:ute)?s?\.?|(?:shared|viewed|read|liked)\s+\d[\d,.]*\s*[kKmM]?\s+times)$",
        IgnoreCase)]
    private static partial Regex ReadingRegex();

    // "Page 3 of 7", "Photo 3 of 12", "Part 2/3": where a reader is in a page, gallery or series (the word is a label's).
    [GeneratedRegex(@"^(?<word>\p{L}+)\s+\d+\s*(?:of|/)\s*\d+$", IgnoreCase)]
    private static partial Regex PositionRegex();

    // The parts of a header or footer line printed side by side: "Tuesday, 4 May 2021 | Views: 3,021", "Page 1 of 2   Next >".
    [GeneratedRegex(@"\s*[|•·]\s*|\s{2,}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SegmentSeparatorRegex();

    [GeneratedRegex(
        @"^(?:[^\s]+\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|heic|avif)\s*)+$|^!\[[^\]]*\]\([^)]*\)$",
        IgnoreCase)]
    private static partial Regex ImageRegex();

    // Copyright and credit lines: "© 2024 Foo", "(c) Some Authority 2024", "Image credit: J. Smith/Agency 2023".
    [GeneratedRegex(
        @"©|\(c\)\s*[12]\d{3}|^\(c\)\s[^.!?]*\b[12]\d{3}\.?$|^(?:(?:image|photo|picture|video|graphic)s?\s+)?credits?\s*:|\ball rights reserved\b|^copyright\b|\bany use of\b.*\bmaterials?\b|\bhyperlink to\b|\breproduction\b.*\b(?:prohibited|permitted|allowed)\b",
        IgnoreCase)]
    private static partial Regex CopyrightRegex();

    [GeneratedRegex(
        @"\bshare\b.*\b(?:social|story|article|friends)\b|\bshare-|\bliked the (?:story|article)\b|\bfollow (?:us|him|her|them|me)\b|\bsubscribe to (?:our|the)\b",
        IgnoreCase)]
    private static partial Regex SocialRegex();

    // Case matters here: a byline is one to three names of capitalised words, optionally after "By" or "Author:".
    [GeneratedRegex(
        @"^(?:(?:[Bb]y|BY|[Aa]uthor:?|[Ww]ritten by|[Rr]eporter:?)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,2}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,2})*\s*,?$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BylineRegex();

    [GeneratedRegex(
        @"\b[\p{L}\d\-]+\.(?:az|com|ru|net|org|info|news|tv|io|uk|de|fr|tr|ge|am|kz|uz|ua|eu|co)\b",
        IgnoreCase)]
    private static partial Regex DomainRegex();

    /// <summary>The ranges of <paramref name="text"/> that are page furniture, not article text.</summary>
    public IReadOnlyList<TextRange> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextLine.Split(text);
        var skip = new bool[lines.Count];
        foreach (var line in lines)
        {
            skip[line.Index] = !line.IsBlank && IsFurniture(line);
        }

        MarkHeader(lines, skip);
        MarkFooter(lines, skip);

        var ranges = new List<TextRange>();
        foreach (var line in lines)
        {
            if (skip[line.Index])
            {
                ranges.Add(line.Content);
            }
            else if (!line.IsBlank && !line.IsBody && line.Text.Length <= 2 * MaxWidgetLength)
            {
                AddFurnitureParts(line, ranges);
            }
        }

        return ranges;
    }

    /// <summary>Whether a line is furniture wherever it stands.</summary>
    internal static bool IsFurniture(TextLine line)
    {
        if (line.IsBody || line.Text.Length > 2 * MaxWidgetLength)
        {
            return false;
        }

        return IsFurniturePart(line, alone: true) || IsSegmentedFurniture(line);
    }

    /// <summary>Whether a line, or a part of one printed beside others (<paramref name="alone"/> false), is furniture.</summary>
    private static bool IsFurniturePart(TextLine line, bool alone)
    {
        var text = line.Text;
        return IsNavigation(line)
            || DateLine.Read(text).Kind != DateLineKind.None
            || IsCounter(text, alone)
            || ReadingRegex().IsMatch(text)
            || IsPosition(text)
            || LinkListRegex().IsMatch(text)
            || CaptionRegex().IsMatch(text)
            || WeatherRegex().IsMatch(text)
            || StationRegex().IsMatch(text)
            || ImageRegex().IsMatch(text)
            || BylineRegex().IsMatch(text)
            || (text.Length <= MaxWidgetLength && (CopyrightRegex().IsMatch(text) || SocialRegex().IsMatch(text)))
            || IsLabel(line)
            || (text.Length <= MaxDomainLineLength && !line.EndsSentence && DomainRegex().IsMatch(text));
    }

    /// <summary>
    /// A view, comment or share counter: a number beside a word that page widgets count, or a number alone on its line. A
    /// number alone in a part of a line may be a cell of a table (<c>2019 | 610,000</c>), so it is not taken for a counter.
    /// </summary>
    private static bool IsCounter(string text, bool alone)
    {
        var match = CounterRegex().Match(text);
        var word = match.Groups["word"];
        return match.Success && (word.Success ? Extraction.Lexicon.PageCounters.Contains(word.Value) : alone);
    }

    /// <summary>A position in a page, gallery or series: <c>Page 3 of 7</c>, <c>Photo 3 of 12</c>.</summary>
    private static bool IsPosition(string text)
    {
        var match = PositionRegex().Match(text);
        return match.Success && Extraction.Lexicon.Labels.Contains(match.Groups["word"].Value);
    }

    /// <summary>
    /// A line of parts printed side by side, each of them furniture: <c>Tuesday, 4 May 2021 | Views: 3,021</c>,
    /// <c>By Jane Okafor | 12 March 2021 | 4 min read</c>. One part that is content (<c>Ferries | 5 million passengers</c>) keeps the line.
    /// </summary>
    private static bool IsSegmentedFurniture(TextLine line)
    {
        var parts = Parts(line);
        return parts.Count >= 2 && parts.TrueForAll(part => IsFurniturePart(part.Line, alone: false));
    }

    /// <summary>
    /// The furniture among the parts of a line that also holds content: the date and the counter of
    /// <c>Rovers Weekly · Sport · 12 Aug 2023 · 3,104 reads</c> are skipped, the rest of the line is read. Only parts with digits
    /// are skipped: a part without them gives no claim, and may name what the line's figure is about
    /// (<c>Lakeside Regional Airport | 610,000 passengers</c>).
    /// </summary>
    private static void AddFurnitureParts(TextLine line, List<TextRange> ranges)
    {
        foreach (var part in Parts(line))
        {
            if (part.Line.HasDigit && IsFurniturePart(part.Line, alone: false))
            {
                ranges.Add(part.Range);
            }
        }
    }

    /// <summary>The non-empty parts of a line between separators, each as a line of its own with its range; none without a separator.</summary>
    private static List<(TextLine Line, TextRange Range)> Parts(TextLine line)
    {
        var parts = new List<(TextLine, TextRange)>();
        var text = line.Text;
        var start = 0;
        foreach (var separator in SegmentSeparatorRegex().EnumerateMatches(text))
        {
            Add(start, separator.Index);
            start = separator.Index + separator.Length;
        }

        if (start > 0)
        {
            Add(start, text.Length);
        }

        return parts;

        void Add(int from, int to)
        {
            if (to > from)
            {
                // A part is judged as a line of its own; its place in the text does not matter to these rules.
                var part = new TextLine(line.Index, line.Line, line.Content, text[from..to]);
                parts.Add((part, new TextRange(line.Content.Start + from, line.Content.Start + to)));
            }
        }
    }

    private static bool IsNavigation(TextLine line)
    {
        // Counts and arrows come on top of the words: "1 2 3 4 5 Next >".
        if (line.WordCount > MaxNavParts)
        {
            return false;
        }

        var words = 0;
        foreach (var word in line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var key = word.TrimEnd('.', ':', '?', '!', '…').ToLowerInvariant();
            if (!key.Any(char.IsLetterOrDigit) || IsWidgetCount(key))
            {
                continue; // arrows and bullets beside the words ("Next >", "« Previous"), counts ("Share 23", "1 2 3 Next")
            }

            if (!NavWords.Contains(key) && !Extraction.Lexicon.PageCounters.Contains(key))
            {
                return false;
            }

            words++;
        }

        return words is > 0 and <= MaxNavWords;
    }

    /// <summary>A count as widgets print it: <c>23</c>, <c>2,318</c>, <c>1.2k</c>, <c>(14)</c>.</summary>
    private static bool IsWidgetCount(string key)
    {
        var core = key.Trim('(', ')');
        if (core.Length > 1 && core[^1] is 'k' or 'm')
        {
            core = core[..^1];
        }

        return core.Length > 0 && char.IsAsciiDigit(core[0]) && core.All(c => char.IsAsciiDigit(c) || c is ',' or '.');
    }

    /// <summary>A short all-capitals line with no digits: a section label or banner (<c>ANALYTICS</c>).</summary>
    private static bool IsLabel(TextLine line)
    {
        if (line.WordCount > MaxLabelWords || line.HasDigit)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in line.Text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>
    /// Rules for the page header, the lines before the first paragraph of running text: a header line
    /// repeated verbatim (the title printed twice, a byline twice), and a slogan or epigraph: a line too long for
    /// a headline that does not end like a sentence and is followed directly by an attribution line.
    /// </summary>
    private static void MarkHeader(IReadOnlyList<TextLine> lines, bool[] skip)
    {
        var firstBody = TextLine.FirstBodyIndex(lines);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < firstBody; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (!seen.Add(line.Text))
            {
                skip[i] = true;
            }

            if (line.WordCount >= MinSloganWords && !line.EndsSentence
                && i + 1 < lines.Count && !lines[i + 1].IsBlank && BylineRegex().IsMatch(lines[i + 1].Text))
            {
                skip[i] = true;
                skip[i + 1] = true;
            }
        }
    }

    /// <summary>
    /// Rules for the page footer, the lines after the last paragraph of running text: short lines without
    /// digits that do not end like a sentence are signatures, outlet names and widget captions.
    /// </summary>
    private static void MarkFooter(IReadOnlyList<TextLine> lines, bool[] skip)
    {
        var lastBody = TextLine.LastBodyIndex(lines);
        if (lastBody < 0)
        {
            return;
        }

        for (var i = lastBody + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsBlank && line.WordCount <= MaxFooterWords && !line.HasDigit && !line.EndsSentence
                && !line.Text.EndsWith(':'))
            {
                skip[i] = true;
            }
        }
    }
}
