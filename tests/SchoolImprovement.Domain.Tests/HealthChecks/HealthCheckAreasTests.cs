using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;

namespace SchoolImprovement.Domain.Tests.HealthChecks;

/// <summary>DDAT §2: a health check covers every Ofsted area of the school's framework plus the trust's three areas.</summary>
public sealed class HealthCheckAreasTests
{
    [Fact]
    public void Under_the_2019_framework_the_areas_are_its_judgements_then_the_trusts_three()
    {
        Assert.Equal(
            [
                "Quality of education", "Behaviour and attitudes", "Personal development", "Leadership and management",
                "Early years provision", "Sixth-form provision",
                "Health and safety", "Internal audit", "Financial and non-financial controls",
            ],
            HealthCheckAreas.For(InspectionFramework.Ofsted2019));
        Assert.Equal("Early years provision", HealthCheckAreas.EarlyYears(InspectionFramework.Ofsted2019));
        Assert.Equal("Sixth-form provision", HealthCheckAreas.SixthForm(InspectionFramework.Ofsted2019));
    }

    [Fact]
    public void Under_report_cards_the_areas_are_its_evaluation_areas_then_the_trusts_three()
    {
        Assert.Equal(
            [
                "Inclusion", "Curriculum and teaching", "Achievement", "Attendance and behaviour",
                "Personal development and well-being", "Leadership and governance", "Early years", "Sixth form",
                "Health and safety", "Internal audit", "Financial and non-financial controls",
            ],
            HealthCheckAreas.For(InspectionFramework.OfstedReportCard));
        Assert.Equal("Early years", HealthCheckAreas.EarlyYears(InspectionFramework.OfstedReportCard));
        Assert.Equal("Sixth form", HealthCheckAreas.SixthForm(InspectionFramework.OfstedReportCard));
    }

    [Fact]
    public void The_framework_is_the_latest_Ofsted_inspections_and_2019_when_there_is_none()
    {
        Assert.Equal(InspectionFramework.OfstedReportCard, HealthCheckAreas.FrameworkFor(InspectionFramework.OfstedReportCard));
        Assert.Equal(InspectionFramework.Ofsted2019, HealthCheckAreas.FrameworkFor(InspectionFramework.Ofsted2019));
        Assert.Equal(InspectionFramework.Ofsted2019, HealthCheckAreas.FrameworkFor(null));
    }

    [Fact]
    public void SIAMS_is_not_a_health_check_framework()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HealthCheckAreas.For(InspectionFramework.Siams));
    }
}
