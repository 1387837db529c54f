using SchoolImprovement.Domain.Spotlight;

namespace SchoolImprovement.Domain.Tests.Spotlight;

/// <summary>Focused visits every half term (DDAT §6), counted in the portal's half terms, across academic years.</summary>
public sealed class SpotlightScheduleTests
{
    private static SpotlightVisitDue Due(DateOnly openedOn, DateOnly[] visits, DateOnly today, int? perHalfTerm = 1) =>
        SpotlightSchedule.NextVisit(SpotlightStatus.Open, openedOn, visits, perHalfTerm, today)!;

    [Fact]
    public void Before_any_visit_the_first_is_due_by_the_end_of_the_half_term_the_project_opened_in()
    {
        var due = Due(new DateOnly(2026, 9, 15), [], new DateOnly(2026, 10, 1));

        Assert.Equal(new DateOnly(2026, 10, 31), due.DueBy);
        Assert.False(due.Overdue);
    }

    [Fact]
    public void With_a_visit_in_the_previous_half_term_the_next_is_due_by_the_end_of_the_current_one()
    {
        // Visited in Autumn 1; today in Autumn 2: due by the end of Autumn 2 (31 December), not overdue.
        var due = Due(new DateOnly(2026, 9, 15), [new DateOnly(2026, 10, 12)], new DateOnly(2026, 11, 20));

        Assert.Equal(new DateOnly(2026, 12, 31), due.DueBy);
        Assert.Equal(2, due.HalfTerm.NumberInYear);
        Assert.False(due.Overdue);
    }

    [Fact]
    public void With_a_visit_this_half_term_the_next_is_due_by_the_end_of_the_next_half_term()
    {
        var due = Due(new DateOnly(2026, 9, 15), [new DateOnly(2026, 11, 5)], new DateOnly(2026, 11, 20));

        Assert.Equal(new DateOnly(2027, 2, 14), due.DueBy);
        Assert.False(due.Overdue);
    }

    [Fact]
    public void A_visit_in_summer_two_makes_the_next_due_by_the_end_of_autumn_one_of_the_next_year()
    {
        var due = Due(new DateOnly(2026, 4, 20), [new DateOnly(2026, 7, 10)], new DateOnly(2026, 9, 7));

        Assert.Equal(new DateOnly(2026, 10, 31), due.DueBy);
        Assert.Equal(1, due.HalfTerm.NumberInYear);
        Assert.False(due.Overdue);
    }

    [Fact]
    public void Overdue_once_autumn_one_passes_without_a_visit_after_one_in_summer_two()
    {
        var opened = new DateOnly(2026, 4, 20);
        DateOnly[] visits = [new DateOnly(2026, 7, 10)];

        Assert.False(Due(opened, visits, new DateOnly(2026, 10, 31)).Overdue);
        Assert.True(Due(opened, visits, new DateOnly(2026, 11, 1)).Overdue);
    }

    [Fact]
    public void A_project_opened_in_summer_two_without_a_visit_is_overdue_in_autumn_one()
    {
        var due = Due(new DateOnly(2027, 6, 20), [], new DateOnly(2027, 9, 1));

        Assert.Equal(new DateOnly(2027, 8, 31), due.DueBy);
        Assert.True(due.Overdue);
    }

    [Fact]
    public void Two_visits_a_half_term_need_the_second_before_the_next_is_due_later()
    {
        var opened = new DateOnly(2026, 9, 2);
        var one = Due(opened, [new DateOnly(2026, 9, 20)], new DateOnly(2026, 10, 1), perHalfTerm: 2);
        var two = Due(opened, [new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 20)], new DateOnly(2026, 10, 25), perHalfTerm: 2);

        Assert.Equal(new DateOnly(2026, 10, 31), one.DueBy);
        Assert.Equal(new DateOnly(2026, 12, 31), two.DueBy);
    }

    [Fact]
    public void Without_a_number_in_the_profile_one_visit_a_half_term_is_needed()
    {
        var due = Due(new DateOnly(2026, 9, 2), [new DateOnly(2026, 9, 20)], new DateOnly(2026, 10, 1), perHalfTerm: null);

        Assert.Equal(new DateOnly(2026, 12, 31), due.DueBy);
    }

    [Fact]
    public void A_closed_project_has_no_visit_due()
    {
        Assert.Null(SpotlightSchedule.NextVisit(SpotlightStatus.Closed, new DateOnly(2026, 1, 5), [], 1, new DateOnly(2027, 1, 5)));
    }
}
