using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Returns;

namespace SchoolImprovement.Domain.Tests.Returns;

public sealed class ReturnScheduleTests
{
    private static readonly ReturnRequirement EveryTerm = new(ReturnDocument.Sef, [Term.Autumn, Term.Spring, Term.Summer], 30);
    private static readonly AcademicYear Year = new(2026);

    [Theory]
    [InlineData(Term.Autumn, 2026, 10, 1)]
    [InlineData(Term.Spring, 2027, 1, 31)]
    [InlineData(Term.Summer, 2027, 5, 1)]
    public void A_return_is_due_the_requirements_days_after_its_term_starts_in_the_right_calendar_year(Term term, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), ReturnSchedule.DueOn(EveryTerm, Year, term));

    [Fact]
    public void The_spring_term_of_an_academic_year_is_in_the_next_calendar_year() =>
        Assert.Equal(new DateOnly(2027, 1, 1), ReturnSchedule.TermStart(Year, Term.Spring));

    [Theory]
    [InlineData(2026, 8, 31, ReturnState.NotDue)] // the day before the academic year (and its Autumn term) starts
    [InlineData(2026, 9, 1, ReturnState.Due)]
    [InlineData(2026, 10, 1, ReturnState.Due)] // the due date itself
    [InlineData(2026, 10, 2, ReturnState.Overdue)]
    [InlineData(2027, 1, 1, ReturnState.Overdue)] // still overdue into the next calendar year
    public void Over_the_autumn_term_nothing_uploaded_goes_from_not_due_to_due_to_overdue(int y, int m, int d, ReturnState expected) =>
        Assert.Equal(expected, ReturnSchedule.StateOf(EveryTerm, Year, Term.Autumn, new DateOnly(y, m, d), hasVersion: false, latestReview: null));

    [Theory]
    [InlineData(2026, 12, 31, ReturnState.NotDue)] // across the calendar year boundary: spring starts on 1 January
    [InlineData(2027, 1, 1, ReturnState.Due)]
    [InlineData(2027, 1, 31, ReturnState.Due)]
    [InlineData(2027, 2, 1, ReturnState.Overdue)]
    public void The_spring_term_turns_due_on_new_years_day(int y, int m, int d, ReturnState expected) =>
        Assert.Equal(expected, ReturnSchedule.StateOf(EveryTerm, Year, Term.Spring, new DateOnly(y, m, d), false, null));

    [Fact]
    public void A_term_the_profile_does_not_require_is_never_due()
    {
        var autumnOnly = EveryTerm with { Terms = [Term.Autumn] };
        Assert.Equal(ReturnState.NotDue, ReturnSchedule.StateOf(autumnOnly, Year, Term.Summer, new DateOnly(2027, 8, 1), false, null));
        Assert.Equal(ReturnState.NotDue, ReturnSchedule.StateOf(null, Year, Term.Autumn, new DateOnly(2026, 12, 1), false, null));
    }

    [Theory]
    [InlineData(null, ReturnState.Submitted)]
    [InlineData(ReviewOutcome.Reviewed, ReturnState.Reviewed)]
    [InlineData(ReviewOutcome.ChangesRequested, ReturnState.ChangesRequested)]
    public void Once_uploaded_the_state_follows_the_latest_versions_review_even_past_the_due_date(ReviewOutcome? review, ReturnState expected) =>
        Assert.Equal(expected, ReturnSchedule.StateOf(EveryTerm, Year, Term.Autumn, new DateOnly(2026, 12, 1), true, review));

    [Fact]
    public void The_next_academic_year_starts_again_at_not_due()
    {
        var next = new AcademicYear(2027);
        Assert.Equal(ReturnState.NotDue, ReturnSchedule.StateOf(EveryTerm, next, Term.Autumn, new DateOnly(2027, 8, 31), false, null));
        Assert.Equal(ReturnState.Due, ReturnSchedule.StateOf(EveryTerm, next, Term.Autumn, new DateOnly(2027, 9, 1), false, null));
    }
}
