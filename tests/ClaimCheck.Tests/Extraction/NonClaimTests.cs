using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

public sealed class NonClaimTests
{
    [Theory]
    [InlineData("He finished 4th in the race.")]
    [InlineData("It is a fifth-generation fighter.")]
    [InlineData("The meeting starts at 10:00 sharp.")]
    [InlineData("The meeting starts at 10:27 PM.")]
    [InlineData("The market opened at 5am.")]
    [InlineData("Call +994 12 555 12 34 for details.")]
    [InlineData("Call 555-1234 for details.")]
    [InlineData("Follow @Noend33 for updates.")]
    [InlineData("Photos: 193-1.JPG 194-1.JPG")]
    [InlineData("Visit www.example2024.com today.")]
    [InlineData("The new iPhone 11 Pro is out.")]
    [InlineData("The Galaxy S22 has a good screen.")]
    [InlineData("The F-150 is a pickup.")]
    [InlineData("The COVID-19 pandemic hit hard.")]
    [InlineData("A category 4 hurricane approached.")]
    [InlineData("He is ranked No. 1 in the world.")]
    [InlineData("They won 2-0 at home.")]
    [InlineData("The 5G network is live.")]
    [InlineData("He lives at 575 Wilbraham Road.")]
    [InlineData("The iPhone 11 Pro cameras are good.")]
    [InlineData("This iPhone 12 Mini deal is good.")]
    [InlineData("Regulators grounded the Boeing 737 Max jets.")]
    [InlineData("On the one hand, it worked.")]
    [InlineData("They advanced one by one.")]
    public void Ignores_numbers_that_state_no_quantity(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("Readers can reach the newsroom on 0161 496 0734 or by email.")]
    [InlineData("To book, call 0800 123 4567 before Friday.")]
    [InlineData("Freephone 0808-157-0192 for advice.")]
    [InlineData("Our Lisbon desk is on +351 21 340 5500 during office hours.")]
    [InlineData("Our London desk is on +44 (0)20 7946 0211 during office hours.")]
    [InlineData("For tickets ring (555) 019-8834 today.")]
    [InlineData("For tickets ring (0113) 496 0211 today.")]
    [InlineData("Tel: 029 2018 0455")]
    [InlineData("In an emergency call 911 at once.")]
    [InlineData("Anyone with information should dial 999.")]
    [InlineData("Worried parents can phone 116 123 day or night.")]
    [InlineData("To donate, text GIVE to 70070.")]
    [InlineData("Text HELP to 61144 for alerts.")]
    [InlineData("SMS 'STOP' to 88020 to unsubscribe.")]
    [InlineData("To vote, text the word YES to 60123.")]
    [InlineData("Call +1 (555) 012-3456 for help.")]
    [InlineData("Call 1-800-555-0199 for help.")]
    [InlineData("Ring 07700 900123 after six.")]
    public void Phone_numbers_and_short_codes_are_not_figures(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("Ferry operators said they would call 300 customers this week.", 300, "customer")]
    [InlineData("The helpline took 4,200 calls in its first month.", 4200, "call")]
    [InlineData("The charity sent 120 text messages.", 120, "text message")]
    [InlineData("In the latest survey (2021) 350 households took part.", 350, "household")]
    [InlineData("Guests can ring 5 times before the door opens.", 5, "times")]
    [InlineData("The campaign asked supporters to text MPs, and 40 MPs replied.", 40, "mp")]
    public void Figures_near_phone_words_still_count(string text, double value, string unit)
    {
        var claim = Assert.Single(Extract.Quantities(text), c => c.Value == value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Comments (27)")]
    [InlineData("Posted by Lena Park | Comments (3)")]
    [InlineData("Views: 4,512")]
    [InlineData("Shares: 96")]
    [InlineData("Replies (1.2k)")]
    [InlineData("Posted by Lena Park · 7 min read")]
    [InlineData("A 12-minute read on the new tram line.")]
    public void Page_counters_and_reading_times_are_not_figures(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("Shares: 5% higher at the close.", 5, "percent")]
    [InlineData("The council received 14 comments on the plan.", 14, "comment")]
    [InlineData("The walk is a 12-minute stroll from the station.", 12, "minute")]
    public void Figures_of_views_comments_and_minutes_in_running_text_still_count(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Version 4.2.1 of the browser fixed the flaw.")]
    [InlineData("Firmware 2.4.7 is rolling out to owners.")]
    [InlineData("The router at 192.168.0.1 was exposed.")]
    [InlineData("The update to Android 14.1 is due soon.")]
    [InlineData("The bank released version 3.1 of its app.")]
    [InlineData("The v2 design was dropped.")]
    [InlineData("The 17.2 update fixed the flaw.")]
    [InlineData("Users of the 3.1 release should upgrade.")]
    public void Software_versions_and_dotted_identifiers_are_not_figures(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("The airline flies Bombardier 400 turboprops on the island route.")]
    [InlineData("The army bought more Leopard 2 tanks from the maker.")]
    [InlineData("Regional carriers still fly Fokker 100 jets on short routes.")]
    [InlineData("Older Nokia 3310 handsets still work on the network.")]
    [InlineData("Demand for its Z-220 saloon held up.")]
    [InlineData("The Q5 sportback sold well, as did the PS5.")]
    [InlineData("The insurer refused to cover the Ranger X9 pickups.")]
    [InlineData("The yard delivered its first Damen 2810 catamarans in May.")]
    [InlineData("The hospital is short of Band 6 nurses.")]
    [InlineData("Calloway also flies ATR 72 turboprops to the islands.")]
    public void Model_numbers_of_aircraft_cars_and_products_are_not_counts(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("The airline ordered 40 Bombardier jets.", 40, "bombardier jet")]
    [InlineData("The army bought 14 Leopard tanks from the maker.", 14, "leopard tank")]
    [InlineData("On Monday 300 cars were recalled.", 300, "car")]
    [InlineData("In Ostrava 200 buses were taken off the road.", 200, "bus")]
    [InlineData("The regulator said, and in Brno 150 trams were checked.", 150, "tram")]
    [InlineData("The maker said Monday 300 jets would be inspected.", 300, "jet")]
    [InlineData("Halvard's 300 trucks are being repainted.", 300, "truck")]
    [InlineData("Fully 40 tanks were lost in the first week.", 40, "tank")]
    [InlineData("Norway sent 30 tanks and Denmark 40 trucks.", 40, "truck")]
    [InlineData("The seats were shared out, Labour 203 seats and the Greens 4 seats.", 203, "seat")]
    [InlineData("The seats were shared out, Labour 203 seats and the Greens 4 seats.", 4, "seat")]
    [InlineData("The carrier ordered a 190-seat A321 for the route.", 190, "seat")]
    [InlineData("The maker sold more than 3 million Z12 phones.", 3_000_000, "z12 phone")]
    [InlineData("The airline ordered 40 A321 jets.", 40, "a321 jet")]
    [InlineData("The army ordered 14 K-9 howitzers.", 14, "k-9 howitzer")]
    [InlineData("The shop sold two PS5 consoles an hour.", 2, "ps5 console per hour")]
    [InlineData("The carrier now flies 12 E190s.", 12, "e190")]
    [InlineData("The airline ordered 40 Boeing 737 jets.", 40, "boeing 737 jet")]
    [InlineData("The trains will replace 22 older Class 158 units.", 22, "older class 158 unit")]
    public void Counts_of_products_and_counts_beside_names_still_count(string text, double value, string unit)
    {
        var claim = Assert.Single(Extract.Quantities(text), c => c.Value == value);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Fact]
    public void A_currency_glued_to_its_amount_is_money_not_a_model()
    {
        Assert.Contains(Extract.Quantities("The shop gave away 3 USD50 vouchers."), c => c.Kind == ClaimKind.Money && c.Value == 50);
    }

    [Theory]
    [InlineData("Page 3 of 7")]
    [InlineData("Part 2 of 3: the harbour at night")]
    [InlineData("Photo 3 of 12: the quay at dawn")]
    [InlineData("Slide 2 of 10")]
    [InlineData("Photos (12)")]
    [InlineData("The ferry added a 4th daily crossing.")]
    [InlineData("It was the ninth consecutive year of growth.")]
    [InlineData("The club held its 125th anniversary dinner.")]
    [InlineData("A third aircraft joined the fleet in spring.")]
    [InlineData("It was the twenty-first year of the festival.")]
    [InlineData("The club marked its thirty fifth anniversary.")]
    [InlineData("The ferry made its hundredth sailing.")]
    [InlineData("Follow @Harbour_Times99 for updates.")]
    [InlineData("Instagram: @lakeside_np24")]
    [InlineData("Photo: quay-view-2019_04.jpg")]
    [InlineData("See DSC_8812.jpg for the chart.")]
    [InlineData("Map: flood_zone_v3.png")]
    public void Pages_ordinals_handles_and_file_names_are_not_figures(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("Posted on 12/03/2021 by the editor")]
    [InlineData("Filed 3/14/2022, 9:05 am")]
    public void A_date_written_with_slashes_leaves_no_count(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("Image: harbour_2019-05-12.jpg")]
    [InlineData("Source: https://example.org/news/2021/03/14/ferry-record")]
    [InlineData("Follow @Quay_2019 for more.")]
    public void Dates_inside_file_names_addresses_and_handles_are_no_claims(string text)
    {
        Assert.Empty(Extract.All(text));
    }

    [Fact]
    public void A_year_in_running_text_is_a_date_not_a_count()
    {
        var claim = Assert.Single(Extract.All("The bridge was rebuilt in 1987 after the flood."));
        Assert.Equal(ClaimKind.Date, claim.Kind);
    }

    [Fact]
    public void Numbered_list_items_count_only_their_figures()
    {
        const string text = "What the annual report shows:\n\n1. The council now runs 42 libraries across the county.\n2. About 30 percent of them open on Sundays.\n3. Loans fell by 4 percent.\n";
        var claims = Extract.Quantities(text);
        Assert.Equal(["42 libraries", "About 30 percent", "4 percent"], claims.Select(c => c.Text));
    }

    [Theory]
    [InlineData("Ends\n\nNotes to editors:\n1. Figures are provisional.\n2. Interviews can be arranged.\n")]
    [InlineData("Ends\n\nNotes to editors:\n\n1) Figures are provisional.\n\n2) Interviews can be arranged.\n")]
    [InlineData("Notes:\n1. All figures are rounded.\n")]
    public void Numbers_that_open_list_items_are_not_figures(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("The plan: 1. build 200 homes; 2. plant 3,000 trees.")]
    [InlineData("The council will (1) build 200 homes and (2) plant 3,000 trees.")]
    [InlineData("The options: 1) build 200 homes, or 2) plant 3,000 trees.")]
    public void Items_numbered_inside_a_sentence_count_only_their_figures(string text)
    {
        Assert.Equal([200, 3000], Extract.Quantities(text).Select(c => c.Value!.Value));
    }

    [Fact]
    public void A_lone_bracketed_figure_is_not_a_list()
    {
        Assert.Contains(Extract.Quantities("Visits to the park (3) were counted twice."), c => c.Value == 3);
    }

    [Fact]
    public void A_figure_that_opens_a_wrapped_line_still_counts()
    {
        // Hard-wrapped text: the line happens to start with the end of a sentence, not with a list marker.
        const string text = "The number of ferries on the route rose to\n12. The operator said more would follow.\n";
        Assert.Contains(Extract.Quantities(text), c => c.Value == 12);
    }

    [Theory]
    [InlineData("Police Arrest 300 Protesters In Capital", 300, "protester")]
    [InlineData("Tesla delivered 63,150 Model Ys.", 63_150, null)]
    public void A_number_between_capitalised_words_still_counts_a_plural(string text, double value, string? unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        if (unit is not null)
        {
            Assert.Equal(unit, claim.Unit);
        }
    }

    [Theory]
    [InlineData("The plant opened in 2019.", "2019")]
    [InlineData("It was founded on May 10, 2023.", "2023-05-10")]
    [InlineData("It was founded on 10 May, 2023.", "2023-05-10")]
    [InlineData("The rally of the 1990s changed politics.", "1990/1999")]
    [InlineData("The decision came in September 2019.", "2019-09")]
    [InlineData("They met on February 20.", "2023-02-20")]
    public void Recognises_dates_as_date_claims_never_counts(string text, string date)
    {
        var all = Extract.All(text);
        var claim = Assert.Single(all);
        Assert.Equal(ClaimKind.Date, claim.Kind);
        Assert.Null(claim.Value);
        Assert.Equal(date, claim.Date);
    }

    [Fact]
    public void A_four_digit_number_that_counts_something_is_not_a_year()
    {
        var claim = Extract.Single("The firm employs 1500 people.");
        Assert.Equal(ClaimKind.Count, claim.Kind);
        Assert.Equal(1500, claim.Value);
    }

    [Theory]
    [InlineData("Maddon, 66, has used the downtime well.", 66)]
    [InlineData("He will be 35 by the end of the year.", 35)]
    [InlineData("She is 35 and lives in Leeds.", 35)]
    [InlineData("He turned 60 last week.", 60)]
    [InlineData("A man aged 73 was arrested.", 73)]
    [InlineData("Few players play on past the age of 40.", 40)]
    public void An_age_is_a_measure_of_age(string text, double value)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal("year of age", claim.Unit);
    }

    [Theory]
    [InlineData("It is 35 and rising.")]
    [InlineData("The total was 35 by the end of the year.")]
    public void A_bare_figure_after_be_without_a_person_is_no_age(string text)
    {
        Assert.DoesNotContain(Extract.Quantities(text), c => c.Unit == "year of age");
    }
}

public sealed class PageWidgetNumberTests
{
    [Theory]
    [InlineData("Gallery: 1 of 12 photos of the new quay.")]
    [InlineData("You are listening to Radio Lorvik 96.4 FM.")]
    public void Gallery_positions_episodes_and_station_frequencies_are_not_claims(string text) =>
        Assert.Empty(Extract.Quantities(text));
}
