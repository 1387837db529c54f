using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Domain.Tests.HeadlineData;

/// <summary>DDAT policy §6: a drop in attainment AND below national in the latest two comparable results.</summary>
public sealed class SpotlightRuleTests
{
    private const bool HigherIsBetter = true;
    private const bool LowerIsBetter = false;

    [Fact]
    public void A_drop_that_is_below_national_in_both_years_is_a_candidate()
    {
        var candidate = SpotlightRule.Assess(HigherIsBetter, [Annual(2023, 70, 60), Annual(2024, 55, 61), Annual(2025, 50, 61)]);

        Assert.NotNull(candidate);
        Assert.Equal(Annual(2024, 55, 61), candidate.Previous);
        Assert.Equal(Annual(2025, 50, 61), candidate.Latest);
    }

    [Fact]
    public void A_drop_that_stays_above_national_is_not_a_candidate() =>
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Annual(2024, 75, 61), Annual(2025, 65, 61)]));

    [Fact]
    public void A_drop_below_national_from_above_it_is_not_yet_a_candidate() =>
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Annual(2024, 65, 61), Annual(2025, 55, 61)]));

    [Fact]
    public void A_single_low_year_is_not_a_candidate() =>
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Annual(2025, 40, 61)]));

    [Fact]
    public void A_low_year_whose_previous_year_is_missing_is_not_compared_with_an_older_one() =>
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Annual(2022, 55, 61), Annual(2025, 50, 61)]));

    [Fact]
    public void A_rise_that_stays_below_national_is_not_a_candidate() =>
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Annual(2024, 50, 61), Annual(2025, 55, 61)]));

    [Fact]
    public void An_unchanged_result_below_national_is_no_drop() =>
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Annual(2024, 50, 61), Annual(2025, 50, 61)]));

    [Fact]
    public void The_latest_result_decides_even_when_an_earlier_pair_dropped() =>
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Annual(2023, 55, 61), Annual(2024, 50, 61), Annual(2025, 52, 61)]));

    [Fact]
    public void Where_lower_is_better_a_rise_above_national_is_a_candidate()
    {
        // Persistent absence: 18% then 22% against a national 16%.
        var candidate = SpotlightRule.Assess(LowerIsBetter, [Termly(2024, 2, 18, 16), Termly(2025, 2, 22, 16)]);

        Assert.NotNull(candidate);
        Assert.Equal(22, candidate.Latest.Value);
    }

    [Fact]
    public void Where_lower_is_better_a_fall_or_a_rise_below_national_is_not_a_candidate()
    {
        Assert.Null(SpotlightRule.Assess(LowerIsBetter, [Termly(2024, 2, 22, 16), Termly(2025, 2, 18, 16)]));
        Assert.Null(SpotlightRule.Assess(LowerIsBetter, [Termly(2024, 2, 10, 16), Termly(2025, 2, 14, 16)]));
    }

    [Fact]
    public void A_termly_result_is_compared_with_the_same_term_a_year_earlier_not_the_term_before()
    {
        // Spring 2025 (term 2) against Spring 2024, not Autumn 2025: the drop from 60 in autumn does not count.
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Termly(2024, 2, 80, 90), Termly(2025, 1, 90, 90), Termly(2025, 2, 85, 90)]));

        var candidate = SpotlightRule.Assess(HigherIsBetter, [Termly(2024, 2, 88, 90), Termly(2025, 1, 95, 90), Termly(2025, 2, 85, 90)]);
        Assert.NotNull(candidate);
        Assert.Equal((2024, 2), (candidate.Previous.Year, candidate.Previous.TermNumber));
    }

    [Fact]
    public void Without_a_national_figure_for_either_year_it_cannot_say_and_lists_nobody()
    {
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Annual(2024, 55, null), Annual(2025, 50, 61)]));
        Assert.Null(SpotlightRule.Assess(HigherIsBetter, [Annual(2024, 55, 61), Annual(2025, 50, null)]));
    }

    [Fact]
    public void By_measure_the_direction_and_the_kind_of_result_come_from_the_measure()
    {
        var absence = Measures.Find(Measures.PersistentAbsence)!;
        var reading = Measures.Find(Measures.Ks2RwmExpected)!;

        Assert.NotNull(SpotlightRule.Assess(absence, [Termly(2024, 3, 18, 16), Termly(2025, 3, 22, 16)]));
        Assert.Null(SpotlightRule.Assess(reading, [Annual(2024, 22, 16), Annual(2025, 18, 16)]));
        Assert.NotNull(SpotlightRule.Assess(reading, [Annual(2024, 55, 61), Annual(2025, 50, 62)]));

        // A stray whole-year row of a termly measure (or term rows of an annual one) is not its latest result.
        Assert.NotNull(SpotlightRule.Assess(absence, [Termly(2024, 3, 18, 16), Termly(2025, 3, 22, 16), Annual(2025, 10, 16)]));
        Assert.Null(SpotlightRule.Assess(reading, [Termly(2024, 1, 55, 61), Termly(2025, 1, 50, 61)]));
    }

    [Fact]
    public void No_results_is_no_candidate() => Assert.Null(SpotlightRule.Assess(HigherIsBetter, []));

    private static SpotlightResult Annual(int year, decimal value, decimal? national) => new(year, 0, value, national);

    private static SpotlightResult Termly(int year, int term, decimal value, decimal? national) => new(year, term, value, national);
}
