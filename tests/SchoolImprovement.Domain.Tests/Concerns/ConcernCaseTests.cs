using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Concerns;

public sealed class ConcernCaseTests
{
    private static readonly BoardKind[] DdatBoards = [BoardKind.RaisingAchievementBoard, BoardKind.InterimLocalTrustCommittee];
    private static readonly Guid Deputy = Guid.NewGuid();
    private static readonly Guid Ceo = Guid.NewGuid();
    private static readonly Guid Clerk = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 12, 31, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 31);

    internal static School NewSchool() =>
        new(new SchoolDetails(190005, "Test Primary", "Primary", "Academy converter", "Derby", null, null, 200, new DateOnly(2019, 9, 1)));

    internal static ConcernCase Recommended(School school) =>
        ConcernCase.Recommend(school, [ConcernGround.OverallEffectiveness], "Two years of falling outcomes.", BoardKind.RaisingAchievementBoard, DdatBoards, false, Deputy, At);

    internal static ConcernCase Designated(School school)
    {
        var concern = Recommended(school);
        concern.Designate(school, "Agreed.", Ceo, At, Today);
        return concern;
    }

    [Fact]
    public void A_recommendation_keeps_its_grounds_evidence_and_proposed_board_and_starts_the_history()
    {
        var school = NewSchool();
        var concern = ConcernCase.Recommend(
            school, [ConcernGround.SafeguardingFailure, ConcernGround.OverallEffectiveness, ConcernGround.SafeguardingFailure], "  Safeguarding audit findings.  ",
            BoardKind.InterimLocalTrustCommittee, DdatBoards, false, Deputy, At);

        Assert.Equal(ConcernStatus.Recommended, concern.Status);
        Assert.Equal([ConcernGround.OverallEffectiveness, ConcernGround.SafeguardingFailure], concern.Grounds);
        Assert.Equal("Safeguarding audit findings.", concern.Evidence);
        Assert.Equal(BoardKind.InterimLocalTrustCommittee, concern.ProposedResponse);
        Assert.Equal(Deputy, concern.RecommendedBy);
        Assert.Null(school.CausingConcernSince);
        var recorded = Assert.Single(concern.Events);
        Assert.Equal((ConcernEventKind.Recommended, Deputy), (recorded.What, recorded.By));
    }

    [Fact]
    public void A_recommendation_without_grounds_evidence_or_a_board_of_the_profile_is_refused_with_every_reason()
    {
        var refused = Assert.Throws<DomainException>(() =>
            ConcernCase.Recommend(NewSchool(), [], " ", BoardKind.TrustImprovementBoard, DdatBoards, false, Deputy, At));

        Assert.Contains("at least one ground", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Give the evidence", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Raising Achievement Board (RAB)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_school_with_an_open_case_cannot_be_recommended_again()
    {
        var refused = Assert.Throws<DomainException>(() =>
            ConcernCase.Recommend(NewSchool(), [ConcernGround.OverallEffectiveness], "Evidence.", BoardKind.RaisingAchievementBoard, DdatBoards, true, Deputy, At));

        Assert.Contains("already has an open concern case", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_school_cannot_be_recommended()
    {
        var school = NewSchool();
        school.Close(new DateOnly(2025, 8, 31));

        var refused = Assert.Throws<DomainException>(() => Recommended(school));

        Assert.Contains("closed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Designation_marks_the_school_from_today_and_queues_the_committee_notice()
    {
        var school = NewSchool();
        var concern = Recommended(school);

        concern.Designate(school, null, Ceo, At, Today);

        Assert.Equal(ConcernStatus.Designated, concern.Status);
        Assert.Equal(Today, concern.DesignatedOn);
        Assert.Equal(Today, school.CausingConcernSince);
        Assert.Equal(Ceo, concern.DecidedBy);
        Assert.True(concern.AwaitsCommitteeNotice);
        Assert.Equal([ConcernEventKind.Recommended, ConcernEventKind.Designated], concern.Events.Select(e => e.What));
    }

    [Fact]
    public void Declining_needs_reasons_and_leaves_the_school_unmarked()
    {
        var school = NewSchool();
        var concern = Recommended(school);

        var refused = Assert.Throws<DomainException>(() => concern.Decline("  ", Ceo, At));
        Assert.Contains("reasons for declining", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ConcernStatus.Recommended, concern.Status);

        concern.Decline("Support package is working.", Ceo, At);

        Assert.Equal(ConcernStatus.Declined, concern.Status);
        Assert.Equal("Support package is working.", concern.DecisionReasons);
        Assert.Null(school.CausingConcernSince);
        Assert.False(concern.IsOpen);
        Assert.False(concern.AwaitsCommitteeNotice);
        Assert.Equal("Support package is working.", concern.Events[^1].Reason);
    }

    [Fact]
    public void Only_a_recommended_case_can_be_designated_or_declined()
    {
        var school = NewSchool();
        var concern = Designated(school);

        Assert.Throws<DomainException>(() => concern.Designate(school, null, Ceo, At, Today));
        var refused = Assert.Throws<DomainException>(() => concern.Decline("Changed our mind.", Ceo, At));
        Assert.Contains("Only a recommended school can be declined", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ConcernStatus.Designated, concern.Status);
    }

    [Fact]
    public void The_committee_is_informed_once_on_a_day_between_the_designation_and_today()
    {
        var school = NewSchool();
        var recommended = Recommended(school);
        Assert.Throws<DomainException>(() => recommended.RecordCommitteeInformed(Today, Today, Clerk, At));

        var concern = Designated(NewSchool());
        Assert.Throws<DomainException>(() => concern.RecordCommitteeInformed(Today.AddDays(1), Today, Clerk, At));
        Assert.Throws<DomainException>(() => concern.RecordCommitteeInformed(Today.AddDays(-1), Today, Clerk, At));

        concern.RecordCommitteeInformed(Today, Today, Clerk, At);

        Assert.Equal(Today, concern.CommitteeInformedOn);
        Assert.False(concern.AwaitsCommitteeNotice);
        Assert.Throws<DomainException>(() => concern.RecordCommitteeInformed(Today, Today, Clerk, At));
    }

    [Fact]
    public void Exit_is_recommended_only_from_designated_and_needs_reasons()
    {
        var school = NewSchool();
        Assert.Throws<DomainException>(() => Recommended(school).RecommendExit("Improved.", Ceo, At));

        var concern = Designated(NewSchool());
        var refused = Assert.Throws<DomainException>(() => concern.RecommendExit(null, Ceo, At));
        Assert.Contains("reasons for recommending exit", refused.Message, StringComparison.Ordinal);

        concern.RecommendExit("Outcomes above national for two terms.", Ceo, At);

        Assert.Equal(ConcernStatus.ExitRecommended, concern.Status);
        Assert.Equal("Outcomes above national for two terms.", concern.ExitReasons);
        Assert.Throws<DomainException>(() => concern.RecommendExit("Again.", Ceo, At));
    }

    [Fact]
    public void The_committee_accepting_the_exit_ends_the_designation_and_clears_the_school()
    {
        var school = NewSchool();
        var concern = Designated(school);
        concern.RecommendExit("Improved.", Ceo, At);

        concern.RecordCommitteeExitDecision(school, accepted: true, null, Clerk, At, Today.AddDays(30));

        Assert.Equal(ConcernStatus.Exited, concern.Status);
        Assert.Equal(Today.AddDays(30), concern.ExitedOn);
        Assert.Null(school.CausingConcernSince);
        Assert.False(concern.IsOpen);
        Assert.Equal(ConcernEventKind.ExitAccepted, concern.Events[^1].What);
    }

    [Fact]
    public void The_committee_rejecting_the_exit_keeps_the_school_causing_concern_with_the_reason_in_the_history()
    {
        var school = NewSchool();
        var concern = Designated(school);
        concern.RecommendExit("Improved.", Ceo, At);

        Assert.Throws<DomainException>(() => concern.RecordCommitteeExitDecision(school, accepted: false, " ", Clerk, At, Today));
        concern.RecordCommitteeExitDecision(school, accepted: false, "Not yet sustained.", Clerk, At, Today);

        Assert.Equal(ConcernStatus.Designated, concern.Status);
        Assert.Null(concern.ExitReasons);
        Assert.Equal(Today, school.CausingConcernSince);
        Assert.Equal(
            [ConcernEventKind.Recommended, ConcernEventKind.Designated, ConcernEventKind.ExitRecommended, ConcernEventKind.ExitRejected],
            concern.Events.Select(e => e.What));
        Assert.Equal("Not yet sustained.", concern.Events[^1].Reason);
    }

    [Fact]
    public void The_committee_decides_an_exit_only_once_it_is_recommended()
    {
        var school = NewSchool();
        var concern = Designated(school);

        Assert.Throws<DomainException>(() => concern.RecordCommitteeExitDecision(school, accepted: true, null, Clerk, At, Today));
        Assert.Equal(Today, school.CausingConcernSince);
    }
}
