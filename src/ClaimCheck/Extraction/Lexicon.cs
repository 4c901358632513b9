using System.Collections.Frozen;

namespace ClaimCheck.Extraction;

/// <summary>Closed word classes the recognisers consult: words that end a noun phrase, change verbs, labels.</summary>
internal static class Lexicon
{
    /// <summary>Function words and common verbs: a counted noun phrase never contains them.</summary>
    public static readonly FrozenSet<string> PhraseBreakers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "it", "its", "his", "her",
        "our", "we", "us", "you", "your", "i", "me", "my", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "by",
        "to", "from", "with", "without", "into", "onto", "over", "under", "about", "above", "below", "after", "before", "between",
        "among", "through", "during", "since", "until", "than", "then", "as", "if", "when", "while", "where", "which", "who", "whom",
        "whose", "what", "why", "how", "not", "no", "more", "most", "less", "least", "very", "also", "just", "only", "even", "still",
        "already", "again", "ever", "never", "both", "each", "every", "all", "any", "some", "many", "much", "few", "several", "such",
        "own", "other", "another", "same", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says", "say",
        "according", "told", "took", "take", "takes", "make", "makes", "made", "came", "come", "comes", "went", "go", "goes", "get",
        "got", "gets", "saw", "see", "gave", "give", "gives", "won", "lost", "left", "put", "set", "including", "include", "includes",
        "versus", "vs", "ago", "later", "earlier", "away", "back", "up", "down", "out", "off", "apiece", "respectively", "alone",
        "now", "today", "yesterday", "tomorrow", "last", "next", "per", "via", "like", "unlike", "toward", "towards", "against",
        "across", "along", "around", "within", "upon", "whereas", "although", "though", "because", "whether", "either", "neither",
        "here", "plus", "minus", "total", "altogether", "overall", "worldwide", "nationwide", "annually", "became", "become",
        "becomes", "remain", "remains", "remained", "stand", "stands", "stood", "fell", "rose", "grew", "hit", "reach", "reached",
        "reaches", "represent", "represents", "represented", "cost", "costs", "worth", "long", "wide", "high", "deep", "tall", "old",
        "apart", "ahead", "behind", "too", "well", "enough", "instead", "once", "twice", "yes", "mostly", "nearly",
        "almost", "roughly", "approximately", "exactly", "precisely", "s", "t", "compared");

    /// <summary>Nouns that classify rather than name what is counted: <c>1,000 types of military products</c> counts products.</summary>
    public static readonly FrozenSet<string> Classifiers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "type", "types", "kind", "kinds", "sort", "sorts", "sample", "samples", "variety", "varieties", "category", "categories",
        "model", "models", "form", "forms", "piece", "pieces", "item", "items", "unit", "units", "class", "classes", "line", "lines",
        "name", "names", "brand", "brands", "species", "version", "versions", "modification", "modifications", "series", "batch",
        "batches", "set", "sets", "specimen", "specimens", "example", "examples", "pair", "pairs");

    /// <summary>Words before a bare number that make it a label or a rank, not a quantity: <c>category 4</c>, <c>No. 1</c>, <c>page 12</c>.</summary>
    public static readonly FrozenSet<string> Labels = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "category", "level", "grade", "phase", "number", "no", "nos", "room", "page", "pages", "chapter", "section", "article", "gate",
        "platform", "route", "flight", "stage", "round", "episode", "version", "tier", "class", "size", "row", "seat", "lane", "exit",
        "highway", "interstate", "zone", "district", "paragraph", "item", "rule", "act", "week", "matchday", "day", "game", "hole",
        "lap", "volume", "vol", "issue", "part", "figure", "fig", "table", "step", "option", "channel", "track", "unit", "block", "ep",
        "building", "apartment", "suite", "floor", "ward", "precinct", "box", "code", "model", "type", "series", "generation", "gen",
        "season", "term", "year", "line", "bus", "train", "terminal", "pier", "dock", "berth", "bay", "slot", "id", "ranked",
        "rank", "covid", "resolution", "decree", "law", "order", "protocol", "annex", "appendix",
        "clause", "amendment", "verse", "psalm", "sura", "surah", "ayah", "dow", "photo", "image", "picture", "slide",
        "nasdaq", "ftse", "dax", "nikkei", "hang", "seng", "sp", "tsx", "asx", "index");

    /// <summary>Verbs and adverbs that make a following figure a change: <c>rose 5%</c>, <c>up 19 cents</c>.</summary>
    public static readonly FrozenSet<string> IncreaseWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "increase", "increased", "increases", "increasing", "rise", "rose", "risen", "rises", "rising", "grow", "grew", "grown",
        "grows", "growing", "gain", "gained", "gains", "gaining", "jump", "jumped", "jumps", "jumping", "climb", "climbed", "climbs",
        "climbing", "advance", "advanced", "advances", "advancing", "surge", "surged", "surges", "surging", "soar", "soared", "soars",
        "soaring", "rally", "rallied", "rallies", "rallying", "boost", "boosted", "boosts",
        "spike", "spiked", "spikes", "expand", "expanded", "expands", "widen", "widened", "widens", "up", "added", "adds", "swell",
        "swelled", "swelling", "accelerated", "skyrocketed", "rocketed", "leapt", "leaped", "leap", "leaps", "higher", "upped",
        "upward", "upwards", "hike", "hiked", "hikes", "ticked", "edged", "inched", "firmed", "strengthened", "appreciated");

    /// <summary>Verbs and adverbs that make a following figure a fall: <c>dropped 7%</c>, <c>down 1%</c>.</summary>
    public static readonly FrozenSet<string> DecreaseWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "decrease", "decreased", "decreases", "decreasing", "fall", "fell", "fallen", "falls", "falling", "drop", "dropped", "drops",
        "dropping", "decline", "declined", "declines", "declining", "lose", "lost", "loses", "losing", "plunge", "plunged", "plunges",
        "plunging", "plummet", "plummeted", "plummets", "plummeting", "slide", "slid", "slides", "sliding", "slip", "slipped", "slips",
        "slipping", "sink", "sank", "sunk", "sinks", "sinking", "tumble", "tumbled", "tumbles", "tumbling", "shed", "sheds", "shedding",
        "dip", "dipped", "dips", "dipping", "cut", "cuts", "cutting", "reduce", "reduced", "reduces", "reducing", "down", "shrink",
        "shrank", "shrunk", "shrinks", "shrinking", "contract", "contracted", "contracts", "contracting", "tank", "tanked", "tanks",
        "crash", "crashed", "crashes", "retreat", "retreated", "retreats", "ease", "eased", "eases", "easing", "weaken", "weakened",
        "weakens", "slump", "slumped", "slumps", "slumping", "sag", "sagged", "slashed", "slash", "trimmed", "trim", "lowered",
        "lower", "downward", "downwards", "depreciated", "dived", "dove", "skidded", "nosedived", "narrowed", "narrow");

    /// <summary>Verbs whose <c>up</c>/<c>down</c> is a particle: <c>gave up 517 yards</c> is no rise.</summary>
    public static readonly FrozenSet<string> PhrasalVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "give", "gave", "given", "gives", "giving", "pick", "picked", "picks", "put", "puts", "set", "sets", "take", "took", "taken",
        "takes", "make", "made", "makes", "shut", "lock", "locked", "break", "broke", "broken", "turn", "turned", "tied", "tie",
        "sign", "signed", "line", "lined", "back", "backed", "split", "wrote", "write", "written", "run", "ran", "racked",
        "rack", "chalked", "chalk", "clocked", "clock", "piled", "pile", "wind", "wound", "shot", "knocked",
        "count", "counted", "bring", "brought", "sum", "summed", "mop", "mopped", "snap", "snapped", "scoop", "scooped", "serve",
        "served", "hand", "handed", "jot", "cough", "coughed", "hold", "held", "tot", "totted", "cut", "boiled", "hunkered", "settled", "calm", "calmed", "slow", "slowed", "wrap", "wrapped");

    /// <summary>
    /// Words that put a telephone number or a text short code after them: <c>call 911</c>, <c>dial 999</c>,
    /// <c>Tel: 029 2018 0455</c>, <c>text GIVE to 70070</c>.
    /// </summary>
    public static readonly FrozenSet<string> PhoneWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "call", "calls", "called", "calling", "ring", "rang", "ringing", "dial", "dials", "dialled", "dialed", "dialling", "dialing",
        "phone", "phoned", "phoning", "telephone", "tel", "fax", "freephone", "helpline", "hotline", "text", "texted", "texting",
        "sms", "txt");

    /// <summary>
    /// What page widgets count: <c>Views: 2,318</c>, <c>Comments (14)</c>, <c>1.2k shares</c>, <c>Просмотров: 46</c>.
    /// The boilerplate detector reads counter lines with these words too.
    /// </summary>
    public static readonly FrozenSet<string> PageCounters = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "view", "views", "hits", "reads", "comment", "comments", "reply", "replies", "share", "shares", "like", "likes",
        "reaction", "reactions", "retweets", "reposts", "claps", "followers", "subscribers", "photos", "images", "pictures",
        "videos", "просмотр", "просмотра", "просмотров", "просмотры");

    /// <summary>
    /// Labels of the parts of a paper that numbers point to: <c>Figure 3</c>, <c>Figs. 3 and 4</c>, <c>Eq. (4)</c>,
    /// <c>Tables 2–4</c>. Plural forms are here so a list of labels is read as one.
    /// </summary>
    public static readonly FrozenSet<string> ReferenceLabels = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "figure", "figures", "fig", "figs", "table", "tables", "eq", "eqs", "equation", "equations", "ref", "refs");

    /// <summary>Nouns that a version number names rather than counts: <c>the 17.2 update</c>, <c>the 3.1 release</c>.</summary>
    public static readonly FrozenSet<string> VersionNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "version", "update", "release", "patch", "build", "firmware", "edition");

    /// <summary>
    /// Prepositions that open a phrase of place or time at the head of a clause, after which a comma is often left out:
    /// the number in <c>In Ostrava 200 buses were withdrawn</c> follows a place, not a brand.
    /// </summary>
    public static readonly FrozenSet<string> PlaceAndTimePrepositions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "in", "at", "on", "across", "throughout", "inside", "outside", "near", "around", "from", "during", "since", "after",
        "before", "until", "by", "over", "within", "beyond");

    /// <summary>Words before a bare year that make it a date: <c>in 2019</c>, <c>since 1991</c>.</summary>
    public static readonly FrozenSet<string> DatePrepositions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "early", "late", "mid", "around", "circa",
        "throughout", "year", "years", "fiscal", "fy", "spring", "summer", "autumn", "fall", "winter", "end", "beginning", "start",
        "pre", "post", "through", "season", "class", "vintage", "election", "’s");

    /// <summary>Words before <c>one</c> that make it a pronoun: <c>each one</c>, <c>no one</c>.</summary>
    public static readonly FrozenSet<string> PronounOneContext = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "each", "every", "no", "any", "the", "this", "that", "which", "someone", "anyone", "everyone", "only", "last", "new", "old",
        "big", "little", "right", "wrong", "other", "another", "such", "first", "by");
}
