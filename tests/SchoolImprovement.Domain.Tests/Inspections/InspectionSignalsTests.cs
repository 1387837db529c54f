using SchoolImprovement.Domain.Inspections;

namespace SchoolImprovement.Domain.Tests.Inspections;

public sealed class InspectionSignalsTests
{
    private static readonly Guid School = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateOnly On = new(2026, 2, 4);

    private static Inspection ReportCard(string area, ReportCardGrade grade, bool safeguardingMet = true)
    {
        var grades = InspectionTests.ReportCardGrades();
        grades[area] = grade;
        return Inspection.ReportCard(School, On, grades, safeguardingMet, Today);
    }

    private static Inspection Ofsted2019(string area, OfstedGrade grade)
    {
        var grades = InspectionTests.OfstedGrades();
        grades[area] = grade;
        return Inspection.Ofsted2019(School, new DateOnly(2023, 5, 17), grades, Today);
    }

    [Fact]
    public void Urgent_improvement_in_any_area_suggests_Risk()
    {
        var suggestion = InspectionSignals.Suggest(ReportCard("Attendance and behaviour", ReportCardGrade.UrgentImprovement));

        Assert.Equal(InspectionSignals.Risk, suggestion?.Category);
        Assert.Equal(["Attendance and behaviour: Urgent improvement (04/02/2026)"], suggestion!.Reasons);
    }

    [Fact]
    public void Safeguarding_not_met_suggests_Risk_even_when_every_grade_is_good()
    {
        var suggestion = InspectionSignals.Suggest(ReportCard("Inclusion", ReportCardGrade.StrongStandard, safeguardingMet: false));

        Assert.Equal(InspectionSignals.Risk, suggestion?.Category);
        Assert.Contains("Safeguarding: Not met (04/02/2026)", suggestion!.Reasons);
    }

    [Fact]
    public void Needs_attention_suggests_Support()
    {
        var suggestion = InspectionSignals.Suggest(ReportCard("Achievement", ReportCardGrade.NeedsAttention));

        Assert.Equal(InspectionSignals.Support, suggestion?.Category);
        Assert.Equal(["Achievement: Needs attention (04/02/2026)"], suggestion!.Reasons);
    }

    [Fact]
    public void Risk_outweighs_Support()
    {
        var grades = InspectionTests.ReportCardGrades();
        grades["Achievement"] = ReportCardGrade.NeedsAttention;
        grades["Inclusion"] = ReportCardGrade.UrgentImprovement;

        Assert.Equal(InspectionSignals.Risk, InspectionSignals.Suggest(Inspection.ReportCard(School, On, grades, true, Today))?.Category);
    }

    [Fact]
    public void An_inadequate_2019_judgement_suggests_Risk()
    {
        var suggestion = InspectionSignals.Suggest(Ofsted2019("Leadership and management", OfstedGrade.Inadequate));

        Assert.Equal(InspectionSignals.Risk, suggestion?.Category);
        Assert.Equal(["Leadership and management: Inadequate (17/05/2023)"], suggestion!.Reasons);
    }

    [Fact]
    public void Requires_improvement_under_2019_suggests_Support()
    {
        Assert.Equal(InspectionSignals.Support, InspectionSignals.Suggest(Ofsted2019("Quality of education", OfstedGrade.RequiresImprovement))?.Category);
    }

    [Fact]
    public void Good_grades_and_safeguarding_met_suggest_nothing()
    {
        Assert.Null(InspectionSignals.Suggest(ReportCard("Inclusion", ReportCardGrade.Exceptional)));
        Assert.Null(InspectionSignals.Suggest(Ofsted2019("Quality of education", OfstedGrade.Outstanding)));
        Assert.Null(InspectionSignals.Suggest(null));
    }

    [Fact]
    public void A_siams_inspection_suggests_nothing()
    {
        Assert.Null(InspectionSignals.Suggest(Inspection.SiamsInspection(School, On, SiamsJudgement.NotYetFully, "", Today)));
    }
}
