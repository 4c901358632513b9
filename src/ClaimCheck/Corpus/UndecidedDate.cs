namespace ClaimCheck.Corpus;

/// <summary>
/// A page's date line in digits whose day and month could be either way round (<c>Posted 09/04/2020</c>), with
/// nothing on the page to decide: the corpus may still know how the same outlet writes its dates.
/// </summary>
/// <param name="DayFirst">The day-first reading.</param>
/// <param name="MonthFirst">The month-first reading.</param>
/// <param name="Text">The date line.</param>
internal sealed record UndecidedDate(DateOnly DayFirst, DateOnly MonthFirst, string Text);
