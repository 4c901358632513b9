namespace ClaimCheck.Benchmarks.Generation;

/// <summary>
/// One kind of figure a story can carry, with several wordings. In a wording, <c>{E}</c> is the story's
/// subject, <c>{N}</c> the figure as written (qualifier included) and <c>{T}</c> its time (<c>in 2021</c>).
/// </summary>
/// <param name="Low">Smallest base value.</param>
/// <param name="High">Largest base value.</param>
/// <param name="Style">How the figure is written.</param>
/// <param name="Wordings">Paraphrases of one sentence: sources rarely word a figure the same way.</param>
internal sealed record FactTemplate(double Low, double High, FigureStyle Style, string[] Wordings)
{
    /// <summary>The catalogue: counts, money, percentages, durations and measures, as news reports them.</summary>
    public static IReadOnlyList<FactTemplate> All { get; } =
    [
        new(20, 900, FigureStyle.Count, ["{E} has built {N} new schools {T}.", "{N} schools were opened in {E} {T}, officials said.", "The number of new schools in {E} reached {N} {T}."]),
        new(5, 300, FigureStyle.Count, ["{E} opened {N} hospitals {T}.", "{N} new hospitals started work in {E} {T}.", "Officials in {E} reported {N} new hospitals {T}."]),
        new(100, 5000, FigureStyle.Count, ["{E} produces {N} types of military products {T}.", "The defence industry of {E} makes {N} military products {T}.", "{N} kinds of military products are made in {E} {T}."]),
        new(50, 2000, FigureStyle.Count, ["{E} is working on {N} new weapons {T}.", "Engineers in {E} are developing {N} samples of weapons {T}.", "{N} new weapons are being designed in {E} {T}."]),
        new(1000, 90000, FigureStyle.Count, ["The plant in {E} employs {N} workers {T}.", "{N} people work at the {E} plant {T}.", "The {E} plant has a workforce of {N} employees {T}."]),
        new(10, 120, FigureStyle.Count, ["Delegations from {N} countries attended the forum in {E} {T}.", "{N} countries sent delegations to {E} {T}.", "The forum in {E} brought together representatives of {N} countries {T}."]),
        new(100000, 9000000, FigureStyle.Large, ["{E} welcomed {N} tourists {T}.", "{N} foreign tourists visited {E} {T}.", "The number of tourists in {E} rose to {N} {T}."]),
        new(1000, 400000, FigureStyle.Count, ["{N} students enrolled at universities in {E} {T}.", "Universities in {E} admitted {N} students {T}.", "{E} universities took in {N} new students {T}."]),
        new(10, 800, FigureStyle.Count, ["{E} registered {N} new companies in the technology park {T}.", "The technology park of {E} now hosts {N} companies {T}.", "{N} companies are residents of the {E} technology park {T}."]),
        new(50, 3000, FigureStyle.Count, ["{N} kilometres of new road were laid in {E} {T}.", "{E} built {N} kilometres of roads {T}.", "The road network of {E} grew by {N} kilometres {T}."]),
        new(10000, 5000000, FigureStyle.Large, ["{E} harvested {N} tonnes of grain {T}.", "Farmers in {E} gathered {N} tonnes of grain {T}.", "The grain harvest in {E} amounted to {N} tonnes {T}."]),
        new(100, 4000, FigureStyle.Count, ["The new power station in {E} will produce {N} megawatts {T}.", "{E} added {N} megawatts of generating capacity {T}.", "Generating capacity of {N} megawatts came online in {E} {T}."]),
        new(1, 900, FigureStyle.Money, ["{E} allocated {N} for the reconstruction programme {T}.", "The reconstruction programme in {E} received {N} {T}.", "{N} was set aside for reconstruction in {E} {T}."]),
        new(1, 500, FigureStyle.Money, ["Foreign investment in {E} reached {N} {T}.", "{E} attracted {N} of foreign investment {T}.", "Investors put {N} into {E} {T}."]),
        new(2, 25, FigureStyle.Percent, ["Unemployment in {E} stood at {N} {T}.", "The jobless rate in {E} was {N} {T}.", "{E} reported an unemployment rate of {N} {T}."]),
        new(1, 15, FigureStyle.Percent, ["Exports from {E} grew by {N} {T}.", "{E} increased its exports by {N} {T}.", "The exports of {E} rose {N} {T}."]),
        new(10, 400, FigureStyle.Duration, ["The {E} campaign lasted {N} {T}.", "It took {N} to complete the {E} campaign {T}.", "The campaign in {E} went on for {N} {T}."]),
        new(20, 600, FigureStyle.Count, ["{E} bought {N} new buses for the city {T}.", "The city fleet of {E} received {N} new buses {T}.", "{N} buses were delivered to {E} {T}."]),
        new(5, 200, FigureStyle.Count, ["{N} villages in {E} were connected to the gas network {T}.", "Gas reached {N} villages of {E} {T}.", "{E} connected {N} villages to gas supply {T}."]),
        new(100, 20000, FigureStyle.Count, ["{E} built {N} apartments for displaced families {T}.", "{N} flats were handed over to families in {E} {T}.", "Displaced families in {E} received {N} apartments {T}."]),
    ];
}
