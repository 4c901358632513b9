namespace ClaimCheck.Vocabulary;

/// <summary>
/// What a sentence says about a figure, as a class of predicates: <c>exports to 40 countries</c> and <c>sold in over
/// 40 states</c> are <see cref="Sales"/>, <c>40 countries want to buy</c> is <see cref="Intent"/>. Two figures whose
/// predicates belong to different classes are different quantities even when they count the same noun.
/// </summary>
internal enum Predicate
{
    /// <summary>No telling predicate near the figure, or a light verb (<c>has</c>, <c>recorded</c>, <c>reached</c>): compatible with any class.</summary>
    None,

    /// <summary>Traffic through a place or service: <c>handled</c>, <c>carried</c>, <c>served</c>, <c>welcomed</c>, <c>flew</c>, <c>visited</c>.</summary>
    Activity,

    /// <summary>Things brought into being or added: <c>built</c>, <c>produced</c>, <c>launched</c>, <c>opened</c>, <c>hired</c>, <c>created</c>.</summary>
    Addition,

    /// <summary>Things taken away: <c>cut</c>, <c>shed</c>, <c>laid off</c>, <c>eliminated</c>.</summary>
    Removal,

    /// <summary>People employed: <c>employs</c>, <c>work at</c>, <c>a workforce of</c>.</summary>
    Workforce,

    /// <summary>Goods sold or sent abroad: <c>exports to</c>, <c>sold in</c>, <c>supplies</c>.</summary>
    Sales,

    /// <summary>Wanting or negotiating, not doing: <c>want to buy</c>, <c>in talks with</c>, <c>interested in</c>.</summary>
    Intent,

    /// <summary>Working together: <c>cooperates with</c>, <c>partners with</c>.</summary>
    Cooperation,

    /// <summary>What something can take: <c>designed for</c>, <c>capacity of</c>, <c>can hold</c>.</summary>
    Capacity,

    /// <summary>Money paid out: <c>spend</c>, <c>invest</c>, <c>allocate</c>.</summary>
    Spending,

    /// <summary>Money coming in: <c>earned</c>, <c>revenue of</c>, <c>profit of</c>.</summary>
    Income,

    /// <summary>A planned total of money: <c>a budget of</c>.</summary>
    Budget,

    /// <summary>A price: <c>cost</c>, <c>priced at</c>.</summary>
    Cost,

    /// <summary>Things kept up: <c>repaired</c>, <c>renovated</c>, <c>upgraded</c>.</summary>
    Upkeep,
}
