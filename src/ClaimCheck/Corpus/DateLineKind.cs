namespace ClaimCheck.Corpus;

/// <summary>How a line states a page date, from weakest to strongest evidence of the publication date.</summary>
internal enum DateLineKind
{
    /// <summary>No page date: no date, or a date inside a sentence.</summary>
    None,

    /// <summary>
    /// A page date that is not the article's: the date of the visit in a site banner (masthead, today's date, the
    /// weather), or a <c>retrieved</c>, <c>accessed</c> or <c>crawled</c> line. Page furniture, never the publication date.
    /// </summary>
    NotPublication,

    /// <summary>An <c>updated</c> or <c>modified</c> line: the publication date only when the page states no other.</summary>
    Updated,

    /// <summary>
    /// A date followed by other page chrome on its line (<c>16 January 2017 | Share this article</c>): it may be a
    /// banner's date of the visit, so any other date line beats it.
    /// </summary>
    Embedded,

    /// <summary>A date alone on its line, without a time: may be the crawl or "today" line of the site header.</summary>
    Plain,

    /// <summary>
    /// A date with a label, byline or credit: <c>Published: ...</c>, <c>By Jane Roe | May 10, 2023</c>,
    /// <c>"Respublika" newspaper, May 10, 2023</c>, <c>Lorvik / 28.04.16 / Courier</c>.
    /// </summary>
    Credit,

    /// <summary>A date with a time of day: the article's own timestamp.</summary>
    Timed,
}
