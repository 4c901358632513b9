namespace ClaimCheck.Extraction;

/// <summary>
/// Units that news text writes once for figures that stand in parallel (issue 12, item 2): a list or a pair of alternatives
/// with the unit on its last figure (<c>rose 3, 4 and 5 percent</c>, <c>about 6 or $7</c>), and the level a change leads
/// to (<c>fell 112.5 points to 3,901.22</c>). Runs after the recognizer and only gives a unit to a bare figure: a figure
/// that shows its own unit or counted noun always keeps it.
/// </summary>
internal static class ParallelFigures
{
    /// <summary>Gives the bare figures of <paramref name="results"/> (in text order) the unit their parallel figure states.</summary>
    public static void CarryUnits(TokenView view, List<Quantity> results)
    {
        if (!results.Exists(IsBare))
        {
            return; // most sentences: no copy to make
        }

        // Read the figures as the recognizer left them, so that a figure given a unit here does not change how the next is read.
        var found = results.ToArray();
        for (var k = 0; k < found.Length; k++)
        {
            if (!IsBare(found[k]))
            {
                continue;
            }

            if (ListModel(view, found, k) is { } last)
            {
                results[k] = WithScaleOf(view, found[k] with { Unit = last.Unit, Kind = last.Kind }, last);
            }
            else if (ChangeModel(view, found, k) is { } change)
            {
                results[k] = found[k] with { Unit = change.Unit, Kind = change.Kind };
            }
        }
    }

    /// <summary>
    /// <c>3, 4 and 5 million tonnes</c>, <c>2 or $3 billion</c>: the scale written once with the last figure of a list is the
    /// list's, as in a range (<c>between 6 and 8 million</c>), when the bare figure is smaller than the number it is scaled
    /// by; <c>800,000, 900,000 and 1.2 million tonnes</c> keep their own values.
    /// </summary>
    private static Quantity WithScaleOf(TokenView view, Quantity bare, Quantity model)
    {
        var money = model.Kind == ClaimKind.Money;
        if (!TryNumber(view, model, money, out var modelNumber) || !modelNumber.HasScale || !TryNumber(view, bare, money, out var bareNumber)
            || bareNumber.HasScale || bare.Value is not { } value)
        {
            return bare;
        }

        var scale = QuantityRecognizer.ScaleOf(view, modelNumber);
        return scale > 1 && Math.Abs(value) < Math.Abs(modelNumber.Value / scale)
            ? bare with { Value = value * scale, Low = bare.Low * scale, High = bare.High * scale }
            : bare;
    }

    /// <summary>The number of a figure's span, past a hedge or a currency sign before it.</summary>
    private static bool TryNumber(TokenView view, Quantity figure, bool money, out ParsedNumber number)
    {
        for (var n = figure.First; n <= figure.Last; n++)
        {
            if (NumberParser.TryParse(view, n, money, out number))
            {
                return true;
            }
        }

        number = default;
        return false;
    }

    private static bool IsBare(Quantity q) => q.Unit is null && q.Kind == ClaimKind.Count && q.Value is not null;

    /// <summary>
    /// <c>3, 4 and 5 percent</c>, <c>6 or $7</c>, <c>90, 110 or €150</c>: bare figures joined by commas, then
    /// <c>and</c> or <c>or</c>, to a figure with a unit share that unit, whatever their order of magnitude, since the list
    /// is tight: nothing but the joins between the figures. The conjunction is required: a comma alone also ends a
    /// clause (<c>Of the 40, 25 percent were women</c>). A date in the list (<c>in 2019 and 45 percent</c>) is not bare.
    /// </summary>
    private static Quantity? ListModel(TokenView view, Quantity[] results, int k)
    {
        // "aged 5 and 6 and 40 percent": a figure that ends a list of its own, or follows a figure with a unit of its own,
        // is not the start of the next list.
        if (k > 0 && results[k - 1].Kind != ClaimKind.Date && Join(view, results[k - 1].Last + 1, results[k].First - 1) is var before
            && (before == ListJoin.Conjunction || (before == ListJoin.Comma && !IsBare(results[k - 1]))))
        {
            return null;
        }

        for (var j = k + 1; j < results.Length; j++)
        {
            var next = results[j];
            var join = Join(view, results[j - 1].Last + 1, next.First - 1);
            if (join == ListJoin.None || next.Kind == ClaimKind.Date || next.Value is null)
            {
                return null;
            }

            if (join == ListJoin.Conjunction)
            {
                return IsBare(next) ? null : next; // the conjunction comes before the last figure of the list
            }

            if (!IsBare(next))
            {
                return null; // "At 9, 10 percent": a comma alone
            }
        }

        return null;
    }

    private enum ListJoin
    {
        None,
        Comma,
        Conjunction,
    }

    /// <summary>What joins two figures of a list: a comma, or <c>and</c>/<c>or</c> with or without a comma before it.</summary>
    private static ListJoin Join(TokenView view, int first, int last)
    {
        if (first == last && view.IsSymbol(first, ','))
        {
            return ListJoin.Comma;
        }

        var conjunction = last;
        if (!(view.Is(conjunction, "and") || view.Is(conjunction, "or")))
        {
            return ListJoin.None;
        }

        return conjunction == first || (conjunction == first + 1 && view.IsSymbol(first, ',')) ? ListJoin.Conjunction : ListJoin.None;
    }

    /// <summary>
    /// <c>fell 112.5 points to 3,901.22</c>, <c>cut 40 jobs to 1,200</c>, <c>fell 9 points, or 1.1 percent, to 812</c>: the
    /// level a change leads to is counted in the change's unit. Not for units in which a change and a level differ: a
    /// percent change does not lead to a level in percent (<c>rose 2.5 percent to 31.6</c>), a change in cents leads to a
    /// price in dollars (<c>gained 20 cents to 4.15</c>), and a change in points of percentage leads to a level in percent.
    /// </summary>
    private static Quantity? ChangeModel(TokenView view, Quantity[] results, int k)
    {
        if (results[k].Qualifier != Qualifier.Exact)
        {
            return null;
        }

        // "closed at 3,901.22, down 112.5 points": the level first, then the change that led to it.
        var comma = results[k].Last + 1;
        if (k + 1 < results.Length && view.IsSymbol(comma, ',') && (view.Is(comma + 1, "up") || view.Is(comma + 1, "down"))
            && results[k + 1].First - comma is 1 or 2)
        {
            return LevelUnit(results[k + 1]);
        }

        var to = results[k].First - 1;
        if (k == 0 || !view.Is(to, "to"))
        {
            return null;
        }

        var end = view.IsSymbol(to - 1, ',') || view.IsSymbol(to - 1, ')') ? to - 2 : to - 1;
        var j = k - 1;
        if (results[j].Last != end)
        {
            return null;
        }

        // "fell 9 points, or 1.1 percent, to 812", "fell 9 points (1.1 percent) to 812": the same change restated in percent.
        if (j > 0 && results[j].Kind == ClaimKind.Percent && Restates(view, results[j - 1], results[j]))
        {
            j--;
        }

        return LevelUnit(results[j]);
    }

    /// <summary>The figure whose unit a level reached by <paramref name="change"/> is counted in, if the change is one.</summary>
    private static Quantity? LevelUnit(Quantity change)
    {
        if (change.Qualifier is not (Qualifier.Increase or Qualifier.Decrease) || change.Unit is null || change.Kind == ClaimKind.Date)
        {
            return null;
        }

        return change.Unit switch
        {
            "percentage point" or "basis point" => change with { Unit = "percent" },
            "percent" or "cent" or "penny" => null,
            _ when change.Kind == ClaimKind.Ratio => null,
            _ => change,
        };
    }

    /// <summary>Whether <paramref name="restated"/> follows <paramref name="figure"/> as <c>, or N</c> or <c>(N</c>.</summary>
    private static bool Restates(TokenView view, Quantity figure, Quantity restated)
    {
        var before = restated.First - 1;
        return (view.IsSymbol(before, '(') && before == figure.Last + 1)
            || (view.Is(before, "or") && (before == figure.Last + 1 || (before == figure.Last + 2 && view.IsSymbol(figure.Last + 1, ','))));
    }
}
