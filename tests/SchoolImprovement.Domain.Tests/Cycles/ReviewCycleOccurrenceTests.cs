using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Cycles;

/// <summary>Recording a held review: its lead and team, and the rules that refuse it.</summary>
public sealed class ReviewCycleOccurrenceTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid By = Guid.NewGuid();

    [Fact]
    public void A_development_review_keeps_its_lead_and_its_team_of_senior_leaders_from_other_schools()
    {
        var review = ReviewOccurrence.ForSchool(
            DueKind.DevelopmentReview, School, Today.AddDays(-3), ReviewLead.SchoolStaff, "  J. Head (St Cedd's)  ",
            ["A. Deputy", "", "  ", "B. Head", "a. deputy"], " Strong curriculum. ", By, Now, Today);

        Assert.Equal(DueKind.DevelopmentReview, review.Kind);
        Assert.Equal(School, review.SchoolId);
        Assert.Null(review.BoardKind);
        Assert.Equal(ReviewLead.SchoolStaff, review.Lead);
        Assert.Equal("J. Head (St Cedd's)", review.LeadName);
        Assert.Equal(["A. Deputy", "B. Head"], review.TeamMembers);
        Assert.Equal("Strong curriculum.", review.Notes);
        Assert.Equal(By, review.RecordedBy);
        Assert.Equal(Now.UtcDateTime, review.RecordedAt);
    }

    [Fact]
    public void A_development_review_without_its_lead_is_refused_with_every_reason()
    {
        var refused = Assert.Throws<DomainException>(() => ReviewOccurrence.ForSchool(
            DueKind.DevelopmentReview, School, Today.AddDays(1), null, null, [], null, By, Now, Today));

        Assert.Contains("cannot be in the future", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Say who led the development review", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Give the name of the development review's lead", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appraisal_needs_no_lead_but_a_school_review_of_another_kind_is_refused()
    {
        var appraisal = ReviewOccurrence.ForSchool(DueKind.HeadteacherAppraisal, School, Today, null, null, null, null, By, Now, Today);
        Assert.Null(appraisal.Lead);
        Assert.Empty(appraisal.TeamMembers);

        Assert.Throws<DomainException>(() => ReviewOccurrence.ForSchool(DueKind.TermsOfReferenceReview, School, Today, null, null, null, null, By, Now, Today));
        Assert.Throws<DomainException>(() => ReviewOccurrence.ForSchool(DueKind.HealthCheck, School, Today, null, null, null, null, By, Now, Today));
    }

    [Fact]
    public void A_team_of_more_than_twenty_is_refused()
    {
        var team = Enumerable.Range(1, ReviewOccurrence.MostTeamMembers + 1).Select(i => $"Member {i}");

        var refused = Assert.Throws<DomainException>(() => ReviewOccurrence.ForSchool(
            DueKind.SiamsPreparation, School, Today, null, null, team, null, By, Now, Today));
        Assert.Contains("at most 20 members", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_terms_of_reference_review_names_its_board_kind_and_no_school()
    {
        var review = ReviewOccurrence.ForTermsOfReference(BoardKind.InterimLocalTrustCommittee, Today, ReviewLead.CentralTeam, "Clerk", [], null, By, Now, Today);

        Assert.Equal(DueKind.TermsOfReferenceReview, review.Kind);
        Assert.Null(review.SchoolId);
        Assert.Equal(BoardKind.InterimLocalTrustCommittee, review.BoardKind);
        Assert.Throws<DomainException>(() => ReviewOccurrence.ForTermsOfReference((BoardKind)99, Today, null, null, [], null, By, Now, Today));
    }
}
