using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Domain.Tests.Policy;

/// <summary>
/// DDAT §2: health checks "at least annually, and more frequently where there is a need": a category may call for them more
/// often than the profile's interval, never less often; both templates track the headteacher's appraisal yearly.
/// </summary>
public sealed class HealthCheckIntervalTests
{
    private static PolicyContent WithFirstCategoryMonths(int? months)
    {
        var ddat = PolicyTemplates.DerbyDiocesanAcademyTrust();
        return ddat with { Categories = [ddat.Categories[0] with { HealthCheckMonths = months }, .. ddat.Categories.Skip(1)] };
    }

    [Fact]
    public void A_category_may_call_for_health_checks_more_often_than_the_profile()
    {
        var content = WithFirstCategoryMonths(6);

        Assert.Empty(content.Problems());
        Assert.Equal(6, new PolicyProfile(content).Categories[0].HealthCheckMonths);
    }

    [Theory]
    [InlineData(13, "A category may call for health checks more often than every 12 months, never less often (DDAT §2: \"at least annually\").")]
    [InlineData(0, "A category's health check interval must be at least one month.")]
    public void A_category_interval_longer_than_the_profile_or_below_a_month_is_refused(int months, string problem)
    {
        Assert.Contains(problem, WithFirstCategoryMonths(months).Problems());
    }

    [Fact]
    public void A_category_interval_is_part_of_the_category_equality()
    {
        var category = PolicyTemplates.DerbyDiocesanAcademyTrust().Categories[0];

        Assert.NotEqual(category, category with { HealthCheckMonths = 6 });
    }

    [Fact]
    public void Both_templates_track_the_headteacher_appraisal_yearly()
    {
        Assert.Equal(12, PolicyTemplates.DerbyDiocesanAcademyTrust().Cycles.HeadteacherAppraisalMonths);
        Assert.Equal(12, PolicyTemplates.VineSchoolsTrust().Cycles.HeadteacherAppraisalMonths);
    }
}
