using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Inspections;

public sealed class InspectionTests
{
    private static readonly Guid School = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateOnly AfterReportCards = new(2026, 2, 4);

    internal static Dictionary<string, ReportCardGrade> ReportCardGrades(ReportCardGrade grade = ReportCardGrade.ExpectedStandard) =>
        InspectionAreas.ReportCard.Except(InspectionAreas.OptionalReportCard).ToDictionary(a => a, _ => grade);

    internal static Dictionary<string, OfstedGrade> OfstedGrades(OfstedGrade grade = OfstedGrade.Good) =>
        InspectionAreas.Ofsted2019.Except(InspectionAreas.OptionalOfsted2019).ToDictionary(a => a, _ => grade);

    [Fact]
    public void A_report_card_keeps_its_grades_and_safeguarding()
    {
        var grades = ReportCardGrades();
        grades["Early years"] = ReportCardGrade.StrongStandard;

        var inspection = Inspection.ReportCard(School, AfterReportCards, grades, safeguardingMet: true, Today, " Notes ");

        Assert.Equal(InspectionFramework.OfstedReportCard, inspection.Framework);
        Assert.Equal(7, inspection.Grades.Count);
        Assert.Equal((int)ReportCardGrade.StrongStandard, inspection.Grades["Early years"]);
        Assert.True(inspection.SafeguardingMet);
        Assert.Equal("Notes", inspection.Notes);
        Assert.Equal(School, inspection.SchoolId);
    }

    [Fact]
    public void An_ofsted_2019_inspection_without_early_years_or_sixth_form_is_accepted()
    {
        var inspection = Inspection.Ofsted2019(School, new DateOnly(2023, 5, 17), OfstedGrades(), Today);

        Assert.Equal(InspectionFramework.Ofsted2019, inspection.Framework);
        Assert.Equal(4, inspection.Grades.Count);
        Assert.Null(inspection.SafeguardingMet);
    }

    [Fact]
    public void A_siams_inspection_keeps_its_judgement_and_notes()
    {
        var inspection = Inspection.SiamsInspection(School, new DateOnly(2024, 1, 9), SiamsJudgement.NotYetFully, "IQ3: collective worship", Today);

        Assert.Equal(SiamsJudgement.NotYetFully, inspection.Siams);
        Assert.Equal("IQ3: collective worship", inspection.Notes);
        Assert.Empty(inspection.Grades);
    }

    [Fact]
    public void A_future_date_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => Inspection.Ofsted2019(School, Today.AddDays(1), OfstedGrades(), Today));
        Assert.Contains("cannot be in the future", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Todays_date_is_accepted()
    {
        Assert.Equal(Today, Inspection.SiamsInspection(School, Today, SiamsJudgement.LivingUpToFoundation, "", Today).InspectedOn);
    }

    [Fact]
    public void A_report_card_before_November_2025_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => Inspection.ReportCard(School, new DateOnly(2025, 10, 31), ReportCardGrades(), true, Today));
        Assert.Contains("November 2025", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_area_is_refused_and_named()
    {
        var grades = ReportCardGrades();
        grades.Remove("Achievement");

        var refused = Assert.Throws<DomainException>(() => Inspection.ReportCard(School, AfterReportCards, grades, true, Today));
        Assert.Contains("Achievement missing", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_ofsted_2019_area_is_refused()
    {
        var grades = OfstedGrades();
        grades.Remove("Quality of education");

        var refused = Assert.Throws<DomainException>(() => Inspection.Ofsted2019(School, new DateOnly(2023, 5, 17), grades, Today));
        Assert.Contains("Quality of education", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_area_or_grade_is_refused()
    {
        var unknownArea = OfstedGrades();
        unknownArea["Overall effectiveness"] = OfstedGrade.Good;
        Assert.Throws<DomainException>(() => Inspection.Ofsted2019(School, new DateOnly(2023, 5, 17), unknownArea, Today));

        var badGrade = ReportCardGrades();
        badGrade["Inclusion"] = (ReportCardGrade)9;
        Assert.Throws<DomainException>(() => Inspection.ReportCard(School, AfterReportCards, badGrade, true, Today));
    }

    [Fact]
    public void A_siams_inspection_without_a_judgement_is_refused()
    {
        Assert.Throws<DomainException>(() => Inspection.SiamsInspection(School, Today, default, "", Today));
    }
}
