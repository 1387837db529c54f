using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Spotlight;

public sealed class SpotlightProjectTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly Guid Member = Guid.NewGuid();

    private static SpotlightProject Opened(DateOnly? on = null) =>
        SpotlightProject.Open(School, SpotlightOrigin.Candidate, "Reading fell from 72% to 61%, below national twice.", Officer, Member, null, on ?? Today, Today);

    [Fact]
    public void A_project_opens_for_the_school_with_its_officer_and_local_committee_member()
    {
        var project = Opened();

        Assert.Equal(School, project.SchoolId);
        Assert.Equal(SpotlightStatus.Open, project.Status);
        Assert.Equal(SpotlightOrigin.Candidate, project.Origin);
        Assert.Equal(Officer, project.OfficerUserId);
        Assert.Equal(Member, project.LocalCommitteeMemberUserId);
        Assert.Equal(Today, project.OpenedOn);
        Assert.Null(project.LastVisitOn);
    }

    [Fact]
    public void Opening_by_hand_without_a_reason_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            SpotlightProject.Open(School, SpotlightOrigin.ByHand, "  ", Officer, Member, null, Today, Today));

        Assert.Contains("reason for opening a Spotlight project by hand", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_without_an_officer_or_a_local_committee_member_is_refused_with_both_reasons()
    {
        var refused = Assert.Throws<DomainException>(() =>
            SpotlightProject.Open(School, SpotlightOrigin.ByHand, "Concerns from the headteacher", null, null, " ", Today, Today));

        Assert.Contains("Choose the allocated officer", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Choose the local committee member involved", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_committee_member_without_an_account_is_named()
    {
        var project = SpotlightProject.Open(School, SpotlightOrigin.ByHand, "Phonics results", Officer, null, " Ann Governor ", Today, Today);

        Assert.Null(project.LocalCommitteeMemberUserId);
        Assert.Equal("Ann Governor", project.LocalCommitteeMemberName);
    }

    [Fact]
    public void A_second_open_project_for_the_school_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => SpotlightProject.EnsureNoneOpen(schoolHasOpenProject: true));

        Assert.Contains("already has an open Spotlight project", refused.Message, StringComparison.Ordinal);
        SpotlightProject.EnsureNoneOpen(schoolHasOpenProject: false);
    }

    [Fact]
    public void Opening_on_a_future_date_is_refused()
    {
        Assert.Throws<DomainException>(() => Opened(Today.AddDays(1)));
    }

    [Fact]
    public void A_visit_records_strengths_next_steps_and_notes_and_becomes_the_last_visit()
    {
        var project = Opened(new DateOnly(2026, 9, 10));
        var by = Guid.NewGuid();

        var visit = project.RecordVisit(new DateOnly(2026, 10, 5), " Strong phonics ", " Moderate writing ", " Met the headteacher ", by, Today, DateTimeOffset.UtcNow);

        Assert.Equal(project.Id, visit.ProjectId);
        Assert.Equal(School, visit.SchoolId);
        Assert.Equal("Strong phonics", visit.Strengths);
        Assert.Equal("Moderate writing", visit.NextSteps);
        Assert.Equal("Met the headteacher", visit.Notes);
        Assert.Equal(by, visit.RecordedBy);
        Assert.Equal(new DateOnly(2026, 10, 5), project.LastVisitOn);
    }

    [Fact]
    public void A_visit_without_strengths_or_next_steps_is_refused_with_both_reasons()
    {
        var project = Opened(new DateOnly(2026, 9, 10));

        var refused = Assert.Throws<DomainException>(() => project.RecordVisit(Today, "", null, "notes", Officer, Today, DateTimeOffset.UtcNow));

        Assert.Contains("Record the school's strengths", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Record the next steps agreed", refused.Message, StringComparison.Ordinal);
        Assert.Null(project.LastVisitOn);
    }

    [Fact]
    public void A_visit_before_the_project_opened_or_in_the_future_is_refused()
    {
        var project = Opened(new DateOnly(2026, 9, 10));

        Assert.Throws<DomainException>(() => project.RecordVisit(new DateOnly(2026, 9, 9), "S", "N", null, Officer, Today, DateTimeOffset.UtcNow));
        Assert.Throws<DomainException>(() => project.RecordVisit(Today.AddDays(1), "S", "N", null, Officer, Today, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void An_earlier_visit_recorded_late_does_not_move_the_last_visit_back()
    {
        var project = Opened(new DateOnly(2026, 9, 10));
        project.RecordVisit(new DateOnly(2026, 11, 10), "S", "N", null, Officer, Today, DateTimeOffset.UtcNow);

        project.RecordVisit(new DateOnly(2026, 10, 1), "S", "N", null, Officer, Today, DateTimeOffset.UtcNow);

        Assert.Equal(new DateOnly(2026, 11, 10), project.LastVisitOn);
    }

    [Fact]
    public void Closing_records_the_outcome_and_no_visit_follows()
    {
        var project = Opened(new DateOnly(2026, 9, 10));

        project.Close(" Outcomes back in line with national ", Today, Today);

        Assert.Equal(SpotlightStatus.Closed, project.Status);
        Assert.Equal(Today, project.ClosedOn);
        Assert.Equal("Outcomes back in line with national", project.Outcome);
        var refused = Assert.Throws<DomainException>(() => project.RecordVisit(Today, "S", "N", null, Officer, Today, DateTimeOffset.UtcNow));
        Assert.Contains("closed", refused.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => project.Close("Again", Today, Today));
    }

    [Fact]
    public void Closing_without_an_outcome_is_refused_and_the_project_stays_open()
    {
        var project = Opened(new DateOnly(2026, 9, 10));

        var refused = Assert.Throws<DomainException>(() => project.Close(" ", Today, Today));

        Assert.Contains("Record the outcome", refused.Message, StringComparison.Ordinal);
        Assert.Equal(SpotlightStatus.Open, project.Status);
        Assert.Null(project.ClosedOn);
    }
}
