using System.Text.RegularExpressions;
using ClaimCheck.Extraction;
using ClaimCheck.Text;

namespace ClaimCheck.Corpus;

/// <summary>
/// Infers a scraped page's headline, publication date and outlet from the page header and credits.
/// </summary>
/// <remarks>
/// <para>
/// Title: the first headline-like line of the page header (the lines before the first paragraph of running
/// text) that is not page furniture. A Markdown <c># heading</c> counts, without its marks.
/// </para>
/// <para>
/// Date: only dates the page states about itself count, never a date inside a sentence of the story (see
/// <see cref="DateLine"/>). A date with a time of day is the article's timestamp and beats a credit, label or byline
/// line (<c>"Respublika" newspaper, May 10, 2023</c>, <c>Published: ...</c>, <c>By Jane Roe | May 10, 2023</c>), which
/// beats a bare date line: sites print today's date in their banner, and the crawl date must not become the
/// publication date. An <c>updated</c> line counts only when nothing else does; a banner's date beside the weather
/// and a <c>retrieved</c> line never. Among equals, the one nearest the title wins.
/// </para>
/// <para>
/// A date in digits with slashes or dashes whose day and month could be either way round (<c>09/04/2020</c>) is
/// decided by the page's other such dates, then by the weekday the story names (<c>said on Friday</c>: the reading
/// that falls on it); else it is left to the corpus (<see cref="InferredMetadata.Undecided"/>), which may know how
/// the outlet writes its dates, and never guessed.
/// </para>
/// </remarks>
public sealed partial class MetadataInferrer : IMetadataInferrer
{
    private const int MinTitleWords = 3;
    private const int MaxTitleWords = 25;
    private const int MaxTitleLength = 250;
    private const int MaxSourceLineLength = 120;

    private const RegexOptions IgnoreCase =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>The inferrer the corpus loader uses.</summary>
    public static MetadataInferrer Default { get; } = new();

    // "Respublika" newspaper, newspaper "Respublika".
    [GeneratedRegex(
        @"[""“«„](?<name>[^""“”«»„]{2,60})[""”»“]\s+(?:newspaper|daily|weekly|magazine|news agency)\b|\b(?:newspaper|magazine|news agency)\s+[""“«„](?<name>[^""“”«»„]{2,60})[""”»“]",
        IgnoreCase)]
    private static partial Regex NewspaperRegex();

    // "Abbas Ganbay is AzerNews’ staff journalist": the outlet is the name before "staff journalist".
    [GeneratedRegex(
        @"\bis\s+(?:an?\s+)?(?<name>\p{Lu}[\p{L}\d.\-]+(?:\s+\p{Lu}[\p{L}\d.\-]+){0,2})(?:['’]s|['’])?\s+(?:staff\s+)?(?:journalist|writer|reporter|correspondent|columnist)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StaffRegex();

    // "Caliber.az © 2026": the owner before the sign.
    [GeneratedRegex(@"^(?<name>[\p{L}\d][\p{L}\d.&\-]*(?:\s+[\p{L}\d][\p{L}\d.&\-]*){0,3})\s*(?:©|\(c\))", IgnoreCase)]
    private static partial Regex OwnerBeforeSignRegex();

    // "© 2024 Foo News. All rights reserved.", "Copyright (c) 2020-2024 Foo": the owner after the sign and years.
    [GeneratedRegex(
        @"(?:©|\(c\))\s*(?:[12]\d{3}(?:\s*[-–]\s*[12]\d{3})?\s*)?(?<name>\p{L}[\p{L}\d.&\-]*(?:\s+[\p{Lu}\d][\p{L}\d.&\-]*){0,3})",
        IgnoreCase)]
    private static partial Regex OwnerAfterSignRegex();

    /// <summary>The title, outlet and publication date <paramref name="text"/> shows, reading its furniture (<paramref name="skipped"/>) as well as its body.</summary>
    public InferredMetadata Infer(string text, IReadOnlyList<TextRange> skipped)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(skipped);
        var lines = TextLine.Split(text);
        var isSkipped = SkippedLines(lines, skipped);
        var isCode = CodeBlockLines(lines);
        var titleIndex = FindTitle(lines, isSkipped, isCode);
        var title = titleIndex >= 0 ? HeadlineText(lines[titleIndex].Text) : null;
        return FindDate(lines, titleIndex, isCode) with { Title = title, Source = FindSource(lines, isCode) };
    }

    private static int FindTitle(IReadOnlyList<TextLine> lines, bool[] isSkipped, bool[] isCode)
    {
        var firstBody = TextLine.FirstBodyIndex(lines);
        for (var i = 0; i < firstBody; i++)
        {
            if (!isSkipped[i] && !isCode[i] && IsHeadlineLike(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHeadlineLike(TextLine line)
    {
        var text = HeadlineText(line.Text);
        if (text.Length == 0 || text.Length > MaxTitleLength || text[^1] is ',' or ';' or ':')
        {
            return false;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= MinTitleWords and <= MaxTitleWords
            && (char.IsLetterOrDigit(text[0]) || text[0] is '"' or '“' or '«' or '\'' or '‘')
            && !text.Contains("://", StringComparison.Ordinal);
    }

    /// <summary>The line without Markdown heading marks.</summary>
    private static string HeadlineText(string line) =>
        line.StartsWith('#') ? line.TrimStart('#').Trim() : line;

    private static InferredMetadata FindDate(IReadOnlyList<TextLine> lines, int titleIndex, bool[] isCode)
    {
        PageDate best = default;
        var bestLine = -1;
        var bestDistance = int.MaxValue;
        var isDateLine = new bool[lines.Count];
        DateOrder? shown = null;
        var mixed = false;
        foreach (var line in lines)
        {
            if (line.IsBlank || line.IsBody || isCode[line.Index])
            {
                continue;
            }

            var found = DateLine.Read(WithoutCodeSpans(line.Text));
            if (found.Kind == DateLineKind.None)
            {
                continue;
            }

            isDateLine[line.Index] = true;
            if (found.Date.Order is DateOrder.DayFirst or DateOrder.MonthFirst)
            {
                mixed |= shown is { } other && other != found.Date.Order;
                shown = found.Date.Order;
            }

            if (found.Kind < DateLineKind.Updated || found.Kind < best.Kind)
            {
                continue;
            }

            // Distance from the title; on a tie the date after the title wins, as bylines follow headlines.
            var distance = titleIndex < 0 ? 0 : 2 * Math.Abs(line.Index - titleIndex) + (line.Index < titleIndex ? 1 : 0);
            if (found.Kind > best.Kind || distance < bestDistance)
            {
                best = found;
                bestLine = line.Index;
                bestDistance = distance;
            }
        }

        var order = mixed ? null : shown;
        var date = best.Date;
        if (best.Kind == DateLineKind.None || date.Order != DateOrder.Either)
        {
            return new InferredMetadata(null, null, best.Kind == DateLineKind.None ? null : date.Date) { NumericOrder = order };
        }

        if (order is { } pageOrder)
        {
            return new InferredMetadata(null, null, pageOrder == DateOrder.DayFirst ? date.Date : date.MonthFirst) { NumericOrder = order };
        }

        var named = NamedWeekdays(lines, isDateLine);
        var matching = date.Readings.Where(reading => named.Contains(reading.DayOfWeek)).ToList();
        return matching.Count == 1
            ? new InferredMetadata(null, null, matching[0]) { NumericOrder = order }
            : new InferredMetadata(null, null, null)
            {
                NumericOrder = order,
                Undecided = new UndecidedDate(date.Date, date.MonthFirst!.Value, lines[bestLine].Text),
            };
    }

    /// <summary>The weekdays the story names by their full names (<c>said on Friday</c>), outside the date lines.</summary>
    private static HashSet<DayOfWeek> NamedWeekdays(IReadOnlyList<TextLine> lines, bool[] isDateLine)
    {
        var named = new HashSet<DayOfWeek>();
        foreach (var line in lines)
        {
            if (isDateLine[line.Index])
            {
                continue;
            }

            var text = line.Text.AsSpan();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && char.IsLetter(text[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    if (char.IsUpper(text[start]) && CalendarWords.TryWeekdayName(text[start..i], out var day))
                    {
                        named.Add(day);
                    }

                    start = -1;
                }
            }
        }

        return named;
    }

    /// <summary>The outlet the page credits: a newspaper credit, a staff-journalist note or a copyright line.</summary>
    private static string? FindSource(IReadOnlyList<TextLine> lines, bool[] isCode)
    {
        string? staff = null;
        string? copyright = null;
        foreach (var line in lines)
        {
            if (line.IsBlank || line.Text.Length > MaxSourceLineLength || isCode[line.Index])
            {
                continue;
            }

            var text = WithoutCodeSpans(line.Text);
            if (NewspaperRegex().Match(text) is { Success: true } newspaper)
            {
                return Clean(newspaper.Groups["name"].Value);
            }

            if (staff is null && StaffRegex().Match(text) is { Success: true } journalist)
            {
                staff = Clean(journalist.Groups["name"].Value);
            }

            copyright ??= CopyrightOwner(text);
        }

        return staff ?? copyright;
    }

    private static string? CopyrightOwner(string line)
    {
        var before = OwnerBeforeSignRegex().Match(line);
        if (before.Success && Clean(before.Groups["name"].Value) is { } owner)
        {
            return owner;
        }

        var after = OwnerAfterSignRegex().Match(line);
        return after.Success ? Clean(after.Groups["name"].Value) : null;
    }

    private static string? Clean(string name)
    {
        // "Foo News. All rights reserved": the name ends with its sentence.
        var sentenceEnd = name.IndexOf(". ", StringComparison.Ordinal);
        var cleaned = (sentenceEnd >= 0 ? name[..sentenceEnd] : name).Trim().TrimEnd('.', ',', ';', ':').Trim();
        return cleaned.Length == 0
            || cleaned.Equals("copyright", StringComparison.OrdinalIgnoreCase)
            || cleaned.Equals("all rights reserved", StringComparison.OrdinalIgnoreCase)
            ? null
            : cleaned;
    }

    /// <summary>
    /// For each line, whether it is in a Markdown fenced code block (<c>```</c> or <c>~~~</c>), fences included. Code
    /// quotes other texts (a manifest's <c>published:</c>, a page's credit line): never the page's own title, date or
    /// outlet. A fence left open runs to the end, as in CommonMark.
    /// </summary>
    private static bool[] CodeBlockLines(IReadOnlyList<TextLine> lines)
    {
        var result = new bool[lines.Count];
        char? fence = null;
        foreach (var line in lines)
        {
            var opensOrCloses = line.Text.StartsWith("```", StringComparison.Ordinal) || line.Text.StartsWith("~~~", StringComparison.Ordinal);
            if (fence is null && opensOrCloses)
            {
                fence = line.Text[0];
                result[line.Index] = true;
            }
            else if (fence is { } open)
            {
                result[line.Index] = true;
                if (opensOrCloses && line.Text[0] == open)
                {
                    fence = null;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The line with its Markdown code spans (<c>`"Respublika" newspaper, May 10, 2023`</c>) blanked out: a credit or
    /// date in backticks is an example quoted in running text, such as documentation about news pages.
    /// </summary>
    private static string WithoutCodeSpans(string line)
    {
        var open = line.IndexOf('`', StringComparison.Ordinal);
        if (open < 0)
        {
            return line;
        }

        var builder = new System.Text.StringBuilder(line.Length);
        var at = 0;
        while (open >= 0)
        {
            var ticks = 1;
            while (open + ticks < line.Length && line[open + ticks] == '`')
            {
                ticks++;
            }

            var close = ClosingTicks(line, open + ticks, ticks);
            if (close < 0)
            {
                break; // an unmatched backtick is a literal one
            }

            builder.Append(line, at, open - at).Append(' ');
            at = close + ticks;
            open = line.IndexOf('`', at);
        }

        return builder.Append(line, at, line.Length - at).ToString();
    }

    /// <summary>Where a run of exactly <paramref name="ticks"/> backticks starts at or after <paramref name="from"/>, or -1.</summary>
    private static int ClosingTicks(string line, int from, int ticks)
    {
        for (var i = line.IndexOf('`', from); i >= 0; i = line.IndexOf('`', i))
        {
            var run = 1;
            while (i + run < line.Length && line[i + run] == '`')
            {
                run++;
            }

            if (run == ticks)
            {
                return i;
            }

            i += run;
        }

        return -1;
    }

    /// <summary>For each line, whether a skipped range covers its content.</summary>
    private static bool[] SkippedLines(IReadOnlyList<TextLine> lines, IReadOnlyList<TextRange> skipped)
    {
        var result = new bool[lines.Count];
        if (skipped.Count == 0)
        {
            return result;
        }

        var ranges = skipped.OrderBy(r => r.Start).ToArray();
        var r = 0;
        foreach (var line in lines)
        {
            while (r < ranges.Length && ranges[r].End <= line.Content.Start)
            {
                r++;
            }

            // A range that starts inside the line counts too: a line partly furniture is no headline.
            result[line.Index] = !line.IsBlank && r < ranges.Length && ranges[r].Start < line.Content.End;
        }

        return result;
    }
}
