using System.Globalization;
using PolicyCycles = SchoolImprovement.Domain.Policy.Cycles;
using SchoolImprovement.Domain.Cycles;

namespace SchoolImprovement.Domain.Tests.Cycles;

/// <summary>
/// The next due date of each review cycle: the last occurrence (or, with none, the day counted from) plus the profile's
/// months; the headteacher appraisal by the end of the autumn term of the academic year after the one it was held in.
/// </summary>
public sealed class ReviewCycleDueDateTests
{
    private static readonly PolicyCycles Vine = new(12, 36, 36, 1, null, null, 12) { HeadteacherAppraisalMonths = 12 };

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(DueKind.DevelopmentReview, "2023-10-12", "2026-10-12")]
    [InlineData(DueKind.SiamsPreparation, "2024-02-29", "2027-02-28")]
    [InlineData(DueKind.TermsOfReferenceReview, "2025-12-31", "2026-12-31")]
    [InlineData(DueKind.TermsOfReferenceReview, "2026-01-01", "2027-01-01")]
    public void A_cycle_falls_due_its_interval_after_the_last_occurrence(DueKind kind, string last, string due) =>
        Assert.Equal(D(due), ReviewCycle.NextDue(kind, Vine, D(last), D("2010-09-01")));

    [Fact]
    public void With_no_occurrence_a_cycle_counts_from_the_day_the_school_joined() =>
        Assert.Equal(D("2028-04-01"), ReviewCycle.NextDue(DueKind.DevelopmentReview, Vine, null, D("2025-04-01")));

    [Theory]
    [InlineData("2025-09-01", "2026-12-31")]
    [InlineData("2025-12-31", "2026-12-31")]
    [InlineData("2026-01-01", "2026-12-31")]
    [InlineData("2026-08-31", "2026-12-31")]
    [InlineData("2026-09-01", "2027-12-31")]
    [InlineData("2026-12-31", "2027-12-31")]
    [InlineData("2027-01-01", "2027-12-31")]
    public void An_appraisal_falls_due_by_the_end_of_the_autumn_term_of_the_next_academic_year(string held, string due) =>
        Assert.Equal(D(due), ReviewCycle.NextDue(DueKind.HeadteacherAppraisal, Vine, D(held), D("2010-09-01")));

    [Fact]
    public void An_appraisal_due_on_31_December_is_overdue_from_1_January()
    {
        var due = ReviewCycle.AppraisalDue(D("2026-08-31"), 12);

        Assert.False(due < D("2026-12-31"));
        Assert.True(due < D("2027-01-01"));
    }

    [Fact]
    public void A_school_that_joined_on_1_September_has_its_first_appraisal_due_in_the_autumn_of_the_following_year() =>
        Assert.Equal(D("2027-12-31"), ReviewCycle.NextDue(DueKind.HeadteacherAppraisal, Vine, null, D("2026-09-01")));

    [Fact]
    public void A_cycle_the_profile_sets_no_interval_for_has_no_due_date()
    {
        var ddat = new PolicyCycles(12, null, null, 1, 1, 3, 12) { HeadteacherAppraisalMonths = null };

        Assert.Null(ReviewCycle.NextDue(DueKind.DevelopmentReview, ddat, D("2025-01-01"), D("2020-01-01")));
        Assert.Null(ReviewCycle.NextDue(DueKind.SiamsPreparation, ddat, null, D("2020-01-01")));
        Assert.Null(ReviewCycle.NextDue(DueKind.HeadteacherAppraisal, ddat, null, D("2020-01-01")));
    }
}
