using System.Collections.Frozen;

namespace ClaimCheck.Extraction;

/// <summary>
/// Units written after a number, keyed by their surface form: tokens in lower case, joined by a space
/// where the text has whitespace and directly where it has none (<c>km/h</c>, <c>year-old</c>).
/// Short symbols whose case carries meaning (<c>C</c>, <c>F</c>, <c>W</c>, <c>M</c>) are looked up case-sensitively.
/// </summary>
internal static class UnitLexicon
{
    public const int MaxTokens = 5;

    private const ClaimKind Measure = ClaimKind.Measure;
    private const ClaimKind Duration = ClaimKind.Duration;
    private const ClaimKind Money = ClaimKind.Money;
    private const ClaimKind Percent = ClaimKind.Percent;
    private const ClaimKind Ratio = ClaimKind.Ratio;

    /// <summary>Case-insensitive forms (stored lower case).</summary>
    public static readonly FrozenDictionary<string, UnitInfo> Forms = Build(
        (Percent, "percent", ["%", "percent", "per cent", "pct", "pc", "percentage", "percent-owned", "per-cent", "％"]),
        (Percent, "percentage point", ["percentage point", "percentage points", "percentage-point", "pp", "ppt", "ppts", "points of percentage"]),
        (Percent, "basis point", ["basis point", "basis points", "bps", "bp", "basis-point"]),
        (Ratio, "times", ["times", "-fold", "fold", "x"]),
        (Duration, "second", ["second", "seconds", "sec", "secs"]),
        (Duration, "minute", ["minute", "minutes", "min", "mins"]),
        (Duration, "hour", ["hour", "hours", "hr", "hrs"]),
        (Duration, "day", ["day", "days"]),
        (Duration, "week", ["week", "weeks"]),
        (Duration, "month", ["month", "months"]),
        (Duration, "year", ["year", "years", "yr", "yrs"]),
        (Duration, "decade", ["decade", "decades"]),
        (Duration, "century", ["century", "centuries"]),
        (Measure, "year of age", ["year-old", "years-old", "year old", "years old", "-year-old", "yo"]),
        (Measure, "month of age", ["month-old", "months-old", "month old", "months old"]),
        (Measure, "week of age", ["week-old", "weeks-old", "week old", "weeks old"]),
        (Measure, "day of age", ["day-old", "days-old", "day old", "days old"]),
        (Measure, "millimetre", ["mm", "millimetre", "millimetres", "millimeter", "millimeters"]),
        (Measure, "centimetre", ["cm", "centimetre", "centimetres", "centimeter", "centimeters"]),
        (Measure, "metre", ["metre", "metres", "meter", "meters"]),
        (Measure, "kilometre", ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"]),
        (Measure, "micrometre", ["μm", "µm", "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"]),
        (Measure, "nanometre", ["nm", "nanometre", "nanometres", "nanometer", "nanometers"]),
        (Measure, "inch", ["inch", "inches", "-inch", "″"]),
        (Measure, "foot", ["foot", "feet", "ft", "′"]),
        (Measure, "yard", ["yard", "yards", "yd", "yds"]),
        (Measure, "mile", ["mile", "miles", "mi"]),
        (Measure, "nautical mile", ["nautical mile", "nautical miles"]),
        (Measure, "square metre", ["square metre", "square metres", "square meter", "square meters", "sq m", "sqm", "m2", "m²", "sq. m"]),
        (Measure, "square kilometre", ["square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "km2", "km²"]),
        (Measure, "square mile", ["square mile", "square miles", "sq mi", "sq miles"]),
        (Measure, "square foot", ["square foot", "square feet", "sq ft", "sq. ft", "sqft"]),
        (Measure, "hectare", ["hectare", "hectares", "ha"]),
        (Measure, "acre", ["acre", "acres"]),
        (Measure, "litre", ["litre", "litres", "liter", "liters"]),
        (Measure, "millilitre", ["ml", "millilitre", "millilitres", "milliliter", "milliliters"]),
        (Measure, "gallon", ["gallon", "gallons", "us gallon", "us gallons"]),
        (Measure, "pint", ["pint", "pints", "us pint", "us pints"]),
        (Measure, "quart", ["quart", "quarts", "us quart", "us quarts"]),
        (Measure, "fluid ounce", ["fluid ounce", "fluid ounces", "fl oz", "us fluid ounce", "us fluid ounces"]),
        (Measure, "barrel", ["barrel", "barrels", "bbl"]),
        (Measure, "cubic metre", ["cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³"]),
        (Measure, "cubic foot", ["cubic foot", "cubic feet", "cu ft"]),
        (Measure, "milligram", ["mg", "milligram", "milligrams"]),
        (Measure, "gram", ["gram", "grams", "gramme", "grammes"]),
        (Measure, "kilogram", ["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"]),
        (Measure, "tonne", ["tonne", "tonnes", "metric ton", "metric tons"]),
        (Measure, "ton", ["ton", "tons"]),
        (Measure, "pound-mass", ["lb", "lbs", "pound", "pounds"]),
        (Measure, "ounce", ["oz", "ounce", "ounces"]),
        (Measure, "mile per gallon", ["mpg", "miles per gallon", "mile per gallon", "miles a gallon"]),
        (Measure, "mile per hour", ["mph", "miles per hour", "mile per hour", "miles an hour"]),
        (Measure, "kilometre per hour", ["km/h", "kmh", "kph", "km/hr", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"]),
        (Measure, "metre per second", ["m/s", "metres per second", "meters per second"]),
        (Measure, "knot", ["knot", "knots"]),
        (Measure, "watt", ["watt", "watts"]),
        (Measure, "kilowatt", ["kw", "kilowatt", "kilowatts"]),
        (Measure, "megawatt", ["mw", "megawatt", "megawatts"]),
        (Measure, "gigawatt", ["gw", "gigawatt", "gigawatts"]),
        (Measure, "horsepower", ["hp", "horsepower", "horse power"]),
        (Measure, "brake horsepower", ["bhp", "brake horsepower"]),
        (Measure, "kilowatt hour", ["kwh", "kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours"]),
        (Measure, "megawatt hour", ["mwh", "megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours"]),
        (Measure, "gigawatt hour", ["gwh", "gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours"]),
        (Measure, "terawatt hour", ["twh", "terawatt hour", "terawatt hours", "terawatt-hour", "terawatt-hours"]),
        (Measure, "milliampere-hour", ["mah", "milliampere-hour", "milliamp hours"]),
        (Measure, "mega british thermal unit", ["mmbtu", "mmbtus", "million btu", "million btus", "million british thermal units"]),
        (Measure, "british thermal unit", ["btu", "btus", "british thermal units", "british thermal unit"]),
        (Measure, "volt", ["volt", "volts", "kv"]),
        (Measure, "hertz", ["hz", "hertz"]),
        (Measure, "kilohertz", ["khz", "kilohertz"]),
        (Measure, "megahertz", ["mhz", "megahertz"]),
        (Measure, "gigahertz", ["ghz", "gigahertz"]),
        (Measure, "kilobyte", ["kb", "kilobyte", "kilobytes"]),
        (Measure, "megabyte", ["mb", "megabyte", "megabytes"]),
        (Measure, "gigabyte", ["gb", "gigabyte", "gigabytes"]),
        (Measure, "terabyte", ["tb", "terabyte", "terabytes"]),
        (Measure, "megapixel", ["mp", "megapixel", "megapixels"]),
        (Measure, "celsius", ["°c", "degrees celsius", "degree celsius", "celsius", "degrees centigrade", "centigrade", "c degrees"]),
        (Measure, "fahrenheit", ["°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit"]),
        (Measure, "degree", ["degree", "degrees", "°", "-degree"]),
        (Measure, "gigapascal", ["gpa", "gigapascal", "gigapascals"]),
        (Measure, "pound per square inch", ["psi"]),
        (Measure, "newton metre", ["nm torque", "newton metre", "newton metres", "newton meters", "newton-metres"]),
        (Measure, "pound-foot", ["lb-ft", "lb ft", "pound-feet", "pound-foot", "pound feet", "foot-pounds"]),
        (Measure, "decibel", ["db", "decibel", "decibels"]),
        (Measure, "parts-per-million", ["ppm", "parts per million"]),
        (Measure, "parts-per-billion", ["ppb", "parts per billion"]),
        (Measure, "revolutions per minute", ["rpm", "revolutions per minute", "revolution per minute"]),
        (Measure, "point", ["point", "points", "pts"]),
        (Money, "dollar", ["dollar", "dollars", "us dollars", "us dollar", "u.s. dollars", "usd", "bucks"]),
        (Money, "australian dollar", ["australian dollars", "australian dollar", "aud"]),
        (Money, "canadian dollar", ["canadian dollars", "canadian dollar", "cad"]),
        (Money, "hong kong dollar", ["hong kong dollars", "hong kong dollar", "hkd"]),
        (Money, "new zealand dollar", ["new zealand dollars", "new zealand dollar", "nzd"]),
        (Money, "singapore dollar", ["singapore dollars", "singapore dollar", "sgd"]),
        (Money, "cent", ["cent", "cents", "¢"]),
        (Money, "euro", ["euro", "euros", "eur", "€"]),
        (Money, "pound sterling", ["pounds sterling", "pound sterling", "sterling", "gbp", "£"]),
        (Money, "penny", ["pence", "penny", "p"]),
        (Money, "japanese yen", ["yen", "jpy"]),
        (Money, "chinese yuan", ["yuan", "renminbi", "rmb", "cny"]),
        (Money, "manat", ["manat", "manats", "azn", "azerbaijani manats", "azerbaijani manat", "₼"]),
        (Money, "shekel", ["shekel", "shekels", "new shekels", "new israeli shekels", "nis", "ils"]),
        (Money, "danish krone", ["danish crowns", "danish kroner", "danish krone", "dkk"]),
        (Money, "swedish krona", ["swedish crowns", "swedish kronor", "swedish krona", "sek"]),
        (Money, "norwegian krone", ["norwegian crowns", "norwegian kroner"]),
        (Money, "swiss franc", ["swiss francs", "swiss franc", "chf"]),
        (Money, "franc", ["franc", "francs"]),
        (Money, "indian rupee", ["rupee", "rupees", "inr", "crore rupees"]),
        (Money, "russian rouble", ["rouble", "roubles", "ruble", "rubles"]),
        (Money, "turkish lira", ["lira", "liras", "turkish lira"]),
        (Money, "malaysian ringgit", ["ringgit"]),
        (Money, "sen", ["sen"]),
        (Money, "south african rand", ["rand", "zar"]),
        (Money, "nigerian naira", ["naira", "ngn"]),
        (Money, "peso", ["peso", "pesos"]),
        (Money, "won", ["won", "krw"]),
        (Money, "dirham", ["dirham", "dirhams", "aed"]),
        (Money, "riyal", ["riyal", "riyals"]),
        (Money, "lari", ["lari"]),
        (Money, "dram", ["dram", "drams", "amd"]),
        (Money, "tenge", ["tenge", "kzt"]),
        (Money, "hryvnia", ["hryvnia", "hryvnias", "uah"]),
        (Money, "zloty", ["zloty", "zlotys", "pln"]),
        (Money, "bitcoin", ["bitcoin", "bitcoins", "btc"]));

    /// <summary>Case-sensitive symbols: meaningful only in this exact case.</summary>
    public static readonly FrozenDictionary<string, UnitInfo> CaseSensitiveForms = new Dictionary<string, UnitInfo>(StringComparer.Ordinal)
    {
        ["C"] = new("celsius", Measure),
        ["F"] = new("fahrenheit", Measure),
        ["W"] = new("watt", Measure),
        ["V"] = new("volt", Measure),
        ["m"] = new("metre", Measure),
        ["g"] = new("gram", Measure),
        ["l"] = new("litre", Measure),
        ["L"] = new("litre", Measure),
        ["Nm"] = new("newton metre", Measure),
        ["PS"] = new("horsepower", Measure),
        ["s"] = new("second", Duration),
        ["h"] = new("hour", Duration),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currency signs and codes written before the amount, with optional country prefixes: <c>$</c>, <c>US$</c>, <c>HK $</c>, <c>$A</c>, <c>€</c>.</summary>
    public static readonly FrozenDictionary<string, string> PrefixCurrencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "dollar",
        ["US$"] = "dollar",
        ["US $"] = "dollar",
        ["U.S. $"] = "dollar",
        ["U.S.$"] = "dollar",
        ["$US"] = "dollar",
        ["USD"] = "dollar",
        ["USD $"] = "dollar",
        ["A$"] = "australian dollar",
        ["A $"] = "australian dollar",
        ["AU$"] = "australian dollar",
        ["AUD"] = "australian dollar",
        ["$A"] = "australian dollar",
        ["C$"] = "canadian dollar",
        ["CA$"] = "canadian dollar",
        ["CAD"] = "canadian dollar",
        ["$C"] = "canadian dollar",
        ["HK$"] = "hong kong dollar",
        ["HK $"] = "hong kong dollar",
        ["HKD"] = "hong kong dollar",
        ["NZ$"] = "new zealand dollar",
        ["NZ $"] = "new zealand dollar",
        ["S$"] = "singapore dollar",
        ["£"] = "pound sterling",
        ["GBP"] = "pound sterling",
        ["€"] = "euro",
        ["EUR"] = "euro",
        ["¥"] = "japanese yen",
        ["Y="] = "japanese yen",
        ["JPY"] = "japanese yen",
        ["₹"] = "indian rupee",
        ["Rs"] = "indian rupee",
        ["Rs."] = "indian rupee",
        ["INR"] = "indian rupee",
        ["₽"] = "russian rouble",
        ["₼"] = "manat",
        ["AZN"] = "manat",
        ["₪"] = "shekel",
        ["NIS"] = "shekel",
        ["CHF"] = "swiss franc",
        ["RM"] = "malaysian ringgit",
        ["R$"] = "brazilian real",
        ["₩"] = "won",
        ["₺"] = "turkish lira",
        ["₦"] = "nigerian naira",
        ["₴"] = "hryvnia",
        ["₾"] = "lari",
        ["֏"] = "dram",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// <c>PS</c> is how ASCII-folded text writes the pound sign (<c>PS2.7m</c>). It is read as a currency only
    /// when glued to a number written like money (a decimal part, thousands separators or a scale), so
    /// that <c>PS5</c> (the console) stays a product name.
    /// </summary>
    public const string AsciiFoldedPound = "PS";

    private static FrozenDictionary<string, UnitInfo> Build(params (ClaimKind Kind, string Name, string[] Forms)[] entries)
    {
        var map = new Dictionary<string, UnitInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, name, forms) in entries)
        {
            var info = new UnitInfo(name, kind);
            foreach (var form in forms)
            {
                map.TryAdd(form, info);
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
