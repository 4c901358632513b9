namespace ClaimCheck.Extraction;

/// <summary>How a claim's value is qualified.</summary>
public enum Qualifier
{
    /// <summary>Stated as is: <c>30 countries</c>.</summary>
    Exact,

    /// <summary><c>about</c>, <c>nearly</c>, <c>some</c>, <c>roughly</c>.</summary>
    Approximate,

    /// <summary><c>more than</c>, <c>over</c>.</summary>
    MoreThan,

    /// <summary><c>at least</c>.</summary>
    AtLeast,

    /// <summary><c>less than</c>, <c>under</c>, <c>fewer than</c>.</summary>
    LessThan,

    /// <summary><c>up to</c>, <c>at most</c>.</summary>
    AtMost,

    /// <summary>A range or vague amount: <c>between 10 and 20</c>, <c>hundreds of</c>.</summary>
    Range,

    /// <summary>A rise: <c>increased by 10 percent</c>.</summary>
    Increase,

    /// <summary>A fall: <c>dropped 7%</c>.</summary>
    Decrease,
}
