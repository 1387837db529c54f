using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Domain.Tests.HeadlineData;

public sealed class ComparisonRuleTests
{
    [Theory]
    [InlineData(63.1, 62, Comparison.Above)]
    [InlineData(63, 62, Comparison.BroadlyInLine)]
    [InlineData(61, 62, Comparison.BroadlyInLine)]
    [InlineData(60.9, 62, Comparison.Below)]
    public void Within_the_tolerance_either_side_is_broadly_in_line(double value, double national, Comparison expected) =>
        Assert.Equal(expected, ComparisonRule.Compare((decimal)value, (decimal)national, 1m));

    [Fact]
    public void Without_a_reference_figure_there_is_no_comparison() => Assert.Null(ComparisonRule.Compare(50m, null, 1m));

    [Fact]
    public void Above_is_good_news_only_where_higher_is_better()
    {
        Assert.True(ComparisonRule.IsFavourable(Comparison.Above, higherIsBetter: true));
        Assert.False(ComparisonRule.IsFavourable(Comparison.Above, higherIsBetter: false));
        Assert.True(ComparisonRule.IsFavourable(Comparison.Below, higherIsBetter: false));
        Assert.Null(ComparisonRule.IsFavourable(Comparison.BroadlyInLine, higherIsBetter: true));
    }

    [Fact]
    public void Every_comparison_has_words_and_a_symbol_not_only_a_colour()
    {
        Assert.Equal("Below national", ComparisonRule.Label(Comparison.Below, "national"));
        Assert.Equal("Broadly in line with target", ComparisonRule.Label(Comparison.BroadlyInLine, "target"));
        Assert.Equal(3, Enum.GetValues<Comparison>().Select(ComparisonRule.Symbol).Distinct().Count());
    }

    [Fact]
    public void The_tolerance_is_set_per_unit_with_progress_8_on_its_own_scale()
    {
        var tolerances = ComparisonTolerances.Default;

        Assert.Equal(Comparison.BroadlyInLine, tolerances.Compare(Measures.Find(Measures.Ks2RwmExpected)!, 62.9m, 62m));
        Assert.Equal(Comparison.Above, tolerances.Compare(Measures.Find(Measures.Ks2RwmExpected)!, 63.1m, 62m));
        Assert.Equal(Comparison.BroadlyInLine, tolerances.Compare(Measures.Find(Measures.Ks4Attainment8)!, 45.5m, 45.9m));
        Assert.Equal(Comparison.Below, tolerances.Compare(Measures.Find(Measures.Ks4Attainment8)!, 45.3m, 45.9m));
        Assert.Equal(Comparison.Below, tolerances.Compare(Measures.Find(Measures.Ks4Progress8)!, -0.35m, 0m));
        Assert.Equal(Comparison.BroadlyInLine, tolerances.Compare(Measures.Find(Measures.Ks4Progress8)!, -0.05m, 0m));
        Assert.Equal(Comparison.Above, tolerances.Compare(Measures.Find(Measures.Suspensions)!, 4m, 3m));

        var stricter = tolerances with { Percentage = 0m };
        Assert.Equal(Comparison.Above, stricter.Compare(Measures.Find(Measures.Ks2RwmExpected)!, 62.5m, 62m));
    }
}
