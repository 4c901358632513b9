namespace ClaimCheck.Benchmarks.Generation;

/// <summary>
/// Invented proper names (places, people, outlets) from syllables, so a generated corpus of any size has
/// as many distinct subjects as it has stories, like a real archive, without naming anyone real.
/// </summary>
internal static class NameMaker
{
    private static readonly string[] Syllables =
    [
        "ka", "ro", "vel", "tan", "mir", "sa", "lo", "den", "ar", "bel", "cor", "du", "en", "fa", "gor", "ha", "is", "jan",
        "ker", "lin", "mon", "nor", "ol", "pa", "quin", "ras", "sel", "tor", "ul", "var", "wen", "xa", "yor", "zel", "bra",
        "dri", "fel", "gra", "kru", "lev", "mar", "nes", "pra", "sto", "tri", "vos",
    ];

    private static readonly string[] PlaceEndings = ["ia", "an", "ovo", "stan", "land", "ora", "ez", "ville"];

    /// <summary>The <paramref name="index"/>-th place name: distinct for every index below 97,336 × endings.</summary>
    public static string Place(int index)
    {
        var n = Syllables.Length;
        var first = Syllables[index % n];
        var second = Syllables[index / n % n];
        var third = index / (n * n) % n;
        var ending = PlaceEndings[index / (n * n * n) % PlaceEndings.Length];
        var body = first + second + (third == 0 ? string.Empty : Syllables[third]) + ending;
        return char.ToUpperInvariant(body[0]) + body[1..];
    }

    /// <summary>A person's name drawn from <paramref name="random"/>.</summary>
    public static string Person(Random random) => Capital(Word(random, 2)) + " " + Capital(Word(random, 3)) + "ov";

    /// <summary>The <paramref name="index"/>-th news outlet.</summary>
    public static string Outlet(int index) => Place(index + 50_000) switch
    {
        var name when index % 3 == 0 => name + " Times",
        var name when index % 3 == 1 => name + " News",
        var name => "Radio " + name,
    };

    private static string Word(Random random, int syllables)
    {
        var parts = new string[syllables];
        for (var i = 0; i < syllables; i++)
        {
            parts[i] = Syllables[random.Next(Syllables.Length)];
        }

        return string.Concat(parts);
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
