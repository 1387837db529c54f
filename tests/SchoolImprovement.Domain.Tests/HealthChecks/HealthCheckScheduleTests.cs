using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Domain.Tests.HealthChecks;

/// <summary>
/// When the next health check falls due (DDAT §2: at least annually, more often where the category calls for it): the
/// last completed check (or, before any, the day the school joined) plus the category's or the profile's months.
/// </summary>
public sealed class HealthCheckScheduleTests
{
    private static PolicyContent Ddat(int? riskMonths = null)
    {
        var ddat = PolicyTemplates.DerbyDiocesanAcademyTrust();
        return ddat with { Categories = [.. ddat.Categories.Select(c => c.Name == "Risk" ? c with { HealthCheckMonths = riskMonths } : c)] };
    }

    [Fact]
    public void The_profiles_twelve_months_apply_without_a_category_or_when_the_category_sets_none()
    {
        Assert.Equal(12, HealthCheckSchedule.Months(Ddat(), null));
        Assert.Equal(12, HealthCheckSchedule.Months(Ddat(), "Risk"));
        Assert.Equal(12, HealthCheckSchedule.Months(Ddat(riskMonths: 6), "Secure"));
    }

    [Fact]
    public void A_category_that_calls_for_checks_more_often_overrides_the_profile()
    {
        Assert.Equal(6, HealthCheckSchedule.Months(Ddat(riskMonths: 6), "Risk"));
        Assert.Equal(6, HealthCheckSchedule.Months(Ddat(riskMonths: 6), "risk"));
        var last = new DateOnly(2026, 3, 10);
        Assert.Equal(new DateOnly(2026, 9, 10), HealthCheckSchedule.NextDue(new DateOnly(2015, 9, 1), last, HealthCheckSchedule.Months(Ddat(riskMonths: 6), "Risk")));
    }

    [Fact]
    public void A_trust_without_a_health_check_interval_has_nothing_due()
    {
        var vine = PolicyTemplates.VineSchoolsTrust();
        Assert.Null(HealthCheckSchedule.Months(vine, null));
        Assert.Null(HealthCheckSchedule.NextDue(new DateOnly(2015, 9, 1), null, null));
    }

    [Fact]
    public void The_next_check_is_due_twelve_months_after_the_last_completed_one()
    {
        Assert.Equal(new DateOnly(2027, 11, 26), HealthCheckSchedule.NextDue(new DateOnly(2015, 9, 1), new DateOnly(2026, 11, 26), 12));
    }

    [Fact]
    public void A_school_never_checked_counts_from_the_day_it_joined()
    {
        Assert.Equal(new DateOnly(2024, 4, 1), HealthCheckSchedule.NextDue(new DateOnly(2023, 4, 1), null, 12));
        Assert.True(HealthCheckSchedule.IsOverdue(HealthCheckSchedule.NextDue(new DateOnly(2023, 4, 1), null, 12), new DateOnly(2026, 11, 26)));
    }

    [Fact]
    public void Due_dates_cross_the_academic_year_boundary_and_month_ends_clamp()
    {
        // A check on the last day of the summer term falls due the next 31 August, in the same academic year's end.
        Assert.Equal(new DateOnly(2027, 8, 31), HealthCheckSchedule.NextDue(new DateOnly(2015, 9, 1), new DateOnly(2026, 8, 31), 12));
        Assert.Equal(new DateOnly(2027, 9, 1), HealthCheckSchedule.NextDue(new DateOnly(2015, 9, 1), new DateOnly(2026, 9, 1), 12));
        Assert.Equal(new DateOnly(2027, 2, 28), HealthCheckSchedule.NextDue(new DateOnly(2015, 9, 1), new DateOnly(2026, 8, 31), 6));
    }

    [Fact]
    public void Overdue_only_once_the_due_day_has_passed()
    {
        var due = new DateOnly(2026, 8, 31);
        Assert.False(HealthCheckSchedule.IsOverdue(due, new DateOnly(2026, 8, 31)));
        Assert.True(HealthCheckSchedule.IsOverdue(due, new DateOnly(2026, 9, 1)));
        Assert.False(HealthCheckSchedule.IsOverdue(null, new DateOnly(2026, 9, 1)));
    }
}
