using Dataset.Site;
using Xunit;

namespace Dataset.Site.Tests;

/// <summary>Annotations drawn over text stay well nested whatever their overlap, and the text is escaped.</summary>
public class HtmlTests
{
    private static Html.Mark Q(int start, int end) => new(start, end, 0, "<q>", "</q>");

    private static Html.Mark M(int start, int end) => new(start, end, 1, "<m>", "</m>");

    [Fact]
    public void An_annotation_inside_another_is_drawn_inside_it_unsplit()
    {
        Assert.Equal("a<q>b<m>cd</m>e</q>f", Html.Marked("abcdef", 0, 6, new[] { M(2, 4), Q(1, 5) }));
    }

    [Fact]
    public void Crossing_annotations_split_the_higher_rank_at_the_lower_ones_edge()
    {
        Assert.Equal("<q>ab<m>cd</m></q><m>ef</m>", Html.Marked("abcdef", 0, 6, new[] { Q(0, 4), M(2, 6) }));
        Assert.Equal("<m>ab</m><q><m>cd</m>ef</q>", Html.Marked("abcdef", 0, 6, new[] { M(0, 4), Q(2, 6) }));
    }

    [Fact]
    public void A_range_draws_only_its_part_of_an_annotation_that_goes_past_it()
    {
        Assert.Equal("<q>cd</q>", Html.Marked("abcdef", 2, 4, new[] { Q(0, 6) }));
        Assert.Equal("cd", Html.Marked("abcdef", 2, 4, new[] { Q(4, 6) }));
    }

    [Fact]
    public void An_annotation_across_two_ranges_is_drawn_in_each_and_its_pieces_join_to_its_text()
    {
        // Paragraphs are drawn one range each: a quote across the break is split there, the break itself outside both.
        const string Text = "ab\n\ncd";
        var quote = new[] { Q(1, 6) };

        Assert.Equal("a<q>b</q>", Html.Marked(Text, 0, 2, quote));
        Assert.Equal("<q>cd</q>", Html.Marked(Text, 4, 6, quote));
    }

    [Fact]
    public void Text_is_escaped_and_equal_annotations_nest_by_rank()
    {
        Assert.Equal("<q><m>&lt;b&gt; &amp; &quot;</m></q>", Html.Marked("<b> & \"", 0, 7, new[] { M(0, 7), Q(0, 7) }));
    }
}
