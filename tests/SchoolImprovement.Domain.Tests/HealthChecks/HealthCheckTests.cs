using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.HealthChecks;

/// <summary>Starting, rating, completing a health check and recording the evidence of impact (DDAT §2).</summary>
public sealed class HealthCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly Guid Head = Guid.NewGuid();

    private static HealthCheck Started(InspectionFramework framework = InspectionFramework.Ofsted2019, bool earlyYears = true, bool sixthForm = false) =>
        HealthCheck.Start(School, framework, Today, earlyYears, sixthForm, Officer, Today, Now);

    private static HealthCheckArea Area(HealthCheck check, string name) => check.Areas.Single(a => a.Name == name);

    private static void RateAllGreen(HealthCheck check)
    {
        foreach (var area in check.Areas.Where(a => !a.NotApplicable && a.Rag is null))
        {
            check.Rate(area.Id, Rag.Green, "Fine.", null, null, Today, Now);
        }
    }

    [Fact]
    public void A_started_check_is_a_draft_with_every_area_in_order_and_the_missing_provision_not_applicable()
    {
        var check = Started(earlyYears: true, sixthForm: false);

        Assert.Equal(HealthCheckStatus.Draft, check.Status);
        Assert.Equal(HealthCheckAreas.For(InspectionFramework.Ofsted2019), check.Areas.OrderBy(a => a.Position).Select(a => a.Name));
        Assert.False(Area(check, "Early years provision").NotApplicable);
        Assert.True(Area(check, "Sixth-form provision").NotApplicable);
        Assert.Equal(["Sixth-form provision"], check.Areas.Where(a => a.NotApplicable).Select(a => a.Name));
        Assert.All(check.Areas, a => Assert.Null(a.Rag));
    }

    [Fact]
    public void A_check_cannot_be_dated_in_the_future_or_follow_SIAMS()
    {
        Assert.Throws<DomainException>(() => HealthCheck.Start(School, InspectionFramework.Ofsted2019, Today.AddDays(1), true, false, Officer, Today, Now));
        Assert.Throws<DomainException>(() => HealthCheck.Start(School, InspectionFramework.Siams, Today, true, false, Officer, Today, Now));
    }

    [Fact]
    public void A_second_draft_for_the_school_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => HealthCheck.EnsureNoDraft(true));
        Assert.Contains("already has a health check in progress", refused.Message, StringComparison.Ordinal);
        HealthCheck.EnsureNoDraft(false);
    }

    [Fact]
    public void An_amber_area_needs_an_agreed_action_with_a_date_and_becomes_a_headteachers_action_sourced_to_the_check()
    {
        var check = Started();
        var area = Area(check, "Health and safety");

        var missing = Assert.Throws<DomainException>(() => check.Rate(area.Id, Rag.Amber, "Fire drills not logged.", null, null, Today, Now));
        Assert.Contains("identified area", missing.Message, StringComparison.Ordinal);
        Assert.Contains("agreed to be done by", missing.Message, StringComparison.Ordinal);
        Assert.Null(area.Rag);

        var past = Assert.Throws<DomainException>(() => check.Rate(area.Id, Rag.Amber, "Fire drills not logged.", "Log drills", Today.AddDays(-1), Today, Now));
        Assert.Contains("cannot be in the past", past.Message, StringComparison.Ordinal);

        var action = check.Rate(area.Id, Rag.Amber, "Fire drills not logged.", "Log every fire drill", new DateOnly(2027, 1, 31), Today, Now);

        Assert.NotNull(action);
        Assert.Equal(ActionSource.HealthCheck, action.Source);
        Assert.Equal(check.Id, action.SourceId);
        Assert.Equal(School, action.SchoolId);
        Assert.Equal("Headteacher", action.OwnerRole);
        Assert.Equal(new DateOnly(2027, 1, 31), action.DueOn);
        Assert.Equal("Log every fire drill", action.Title);
        Assert.Equal(Rag.Amber, area.Rag);
        Assert.Equal("Fire drills not logged.", area.Findings);
        Assert.Equal(action.Id, area.ActionId);
    }

    [Fact]
    public void A_green_area_needs_findings_but_no_action_and_rerating_keeps_the_one_action()
    {
        var check = Started();
        var area = Area(check, "Internal audit");

        Assert.Throws<DomainException>(() => check.Rate(area.Id, Rag.Green, "  ", null, null, Today, Now));
        Assert.Throws<DomainException>(() => check.Rate(area.Id, null, "Fine.", null, null, Today, Now));
        Assert.Null(check.Rate(area.Id, Rag.Green, "Fine.", null, null, Today, Now));
        var action = check.Rate(area.Id, Rag.Red, "A finding is open.", "Close the finding", Today.AddMonths(1), Today, Now);
        Assert.NotNull(action);
        Assert.Null(check.Rate(area.Id, Rag.Amber, "Partly closed.", null, null, Today, Now));

        Assert.Equal(Rag.Amber, area.Rag);
        Assert.Equal(action.Id, area.ActionId);
    }

    [Fact]
    public void A_not_applicable_area_is_not_rated()
    {
        var check = Started(sixthForm: false);
        var refused = Assert.Throws<DomainException>(() => check.Rate(Area(check, "Sixth-form provision").Id, Rag.Green, "n/a", null, null, Today, Now));
        Assert.Contains("not applicable", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Completing_needs_every_applicable_area_rated_and_not_the_not_applicable_ones()
    {
        var check = Started(earlyYears: false, sixthForm: false);
        check.Rate(Area(check, "Quality of education").Id, Rag.Green, "Fine.", null, null, Today, Now);

        var refused = Assert.Throws<DomainException>(() => check.Complete(Today));
        Assert.Contains("Behaviour and attitudes", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Early years provision", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HealthCheckStatus.Draft, check.Status);

        RateAllGreen(check);
        check.Complete(Today);

        Assert.Equal(HealthCheckStatus.Completed, check.Status);
        Assert.Equal(Today, check.CompletedOn);
        Assert.Throws<DomainException>(() => check.Complete(Today));
    }

    [Fact]
    public void A_completed_check_takes_no_rating_but_takes_the_headteachers_evidence_of_impact()
    {
        var check = Started();
        var area = Area(check, "Financial and non-financial controls");
        check.Rate(area.Id, Rag.Red, "Budget monitoring late.", "Monthly budget monitoring to the LTC", Today.AddMonths(2), Today, Now);
        RateAllGreen(check);
        check.Complete(Today);

        Assert.Throws<DomainException>(() => check.Rate(area.Id, Rag.Green, "Fixed.", null, null, Today, Now));
        Assert.Throws<DomainException>(() => check.RecordImpact(area.Id, " ", Head, Now));
        var noAction = Assert.Throws<DomainException>(() => check.RecordImpact(Area(check, "Internal audit").Id, "Evidence", Head, Now));
        Assert.Contains("no agreed action", noAction.Message, StringComparison.Ordinal);

        check.RecordImpact(area.Id, " Monthly reports since December. ", Head, Now);

        Assert.Equal("Monthly reports since December.", area.EvidenceOfImpact);
        Assert.Equal(Head, area.ImpactRecordedBy);
        Assert.Equal(Now.UtcDateTime, area.ImpactRecordedAt);
    }
}
