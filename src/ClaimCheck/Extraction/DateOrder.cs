namespace ClaimCheck.Extraction;

/// <summary>How the day and month of a written date were told apart.</summary>
internal enum DateOrder
{
    /// <summary>Nothing to decide: the month is named (<c>10 May 2023</c>), the year comes first (<c>2023-05-10</c>), or day and month are equal.</summary>
    Fixed,

    /// <summary>Dotted digits (<c>23.01.2019</c>, <c>10.01.17</c>): the European convention, day first.</summary>
    DayFirstByConvention,

    /// <summary>Slashed or dashed digits shown day first by the date itself: a first part above 12 (<c>14/01/2021</c>) or the weekday printed with it.</summary>
    DayFirst,

    /// <summary>Slashed or dashed digits shown month first by the date itself: a second part above 12 (<c>01/14/2021</c>) or the weekday printed with it.</summary>
    MonthFirst,

    /// <summary>Slashed or dashed digits that are a valid date either way (<c>09/04/2020</c>): the order must come from elsewhere.</summary>
    Either,
}
