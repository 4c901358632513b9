using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

public sealed class TokenizerTests
{
    private static List<(TokenKind Kind, string Text, bool Space)> Tokens(string text) =>
        [.. Tokenizer.Tokenize(text, 0, text.Length).Select(t => (t.Kind, text[t.Start..t.End], t.SpaceBefore))];

    [Fact]
    public void Keeps_thousands_separators_and_decimals_inside_numbers()
    {
        Assert.Equal([(TokenKind.Number, "1,463.78", true), (TokenKind.Word, "points", true)], Tokens("1,463.78 points"));
    }

    [Fact]
    public void A_comma_list_of_numbers_is_not_one_number()
    {
        Assert.Equal(["1", ",", "2", ",", "3"], Tokens("1,2,3").Select(t => t.Text));
    }

    [Fact]
    public void Letters_glued_to_a_number_are_a_separate_word_with_no_space_before()
    {
        Assert.Equal([(TokenKind.Number, "640", true), (TokenKind.Word, "bhp", false)], Tokens("640bhp"));
    }

    [Fact]
    public void Digits_glued_after_letters_start_their_own_token()
    {
        Assert.Equal(["$", "US", "55,931,000"], Tokens("$US55,931,000").Select(t => t.Text));
    }

    [Fact]
    public void An_apostrophe_written_as_a_double_quote_stays_inside_the_word()
    {
        Assert.Equal(["Aliyev\"s", "deeds"], Tokens("Aliyev\"s deeds").Select(t => t.Text));
    }
}
