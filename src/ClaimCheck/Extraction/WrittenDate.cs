namespace ClaimCheck.Extraction;

/// <summary>A full calendar date (day, month and year) as written, found by <see cref="DateRecognizer.TryWrittenDate"/>.</summary>
/// <param name="First">First token, the weekday when one is written before the date.</param>
/// <param name="Last">Last token of the date.</param>
/// <param name="Date">The date; when <see cref="Order"/> is <see cref="DateOrder.Either"/>, its day-first reading.</param>
/// <param name="MonthFirst">When <see cref="Order"/> is <see cref="DateOrder.Either"/>, the month-first reading; else null.</param>
/// <param name="Weekday">The weekday written with the date, if any.</param>
/// <param name="Order">How day and month were told apart.</param>
internal readonly record struct WrittenDate(int First, int Last, DateOnly Date, DateOnly? MonthFirst, DayOfWeek? Weekday, DateOrder Order)
{
    /// <summary>The readings the date allows: one, or two when day and month could be either way round.</summary>
    public IEnumerable<DateOnly> Readings => MonthFirst is { } other ? [Date, other] : [Date];
}
