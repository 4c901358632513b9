namespace ClaimCheck.Corpus;

/// <summary>How a line states a page date, from weakest to strongest evidence of the publication date.</summary>
internal enum DateLineKind
{
    /// <summary>No page date: no date, or a date inside a sentence.</summary>
    None,

    /// <summary>A date alone on its line, without a time: may be the crawl or "today" line of the site header.</summary>
    Plain,

    /// <summary>A credit or label ending in a date: <c>"Respublika" newspaper, May 10, 2023</c>, <c>Published: ...</c>.</summary>
    Credit,

    /// <summary>A date with a time of day alone on its line: the article's own timestamp.</summary>
    Timed,
}
