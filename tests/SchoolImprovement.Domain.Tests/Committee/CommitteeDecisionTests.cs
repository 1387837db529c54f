using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Domain.Tests.Boards;

namespace SchoolImprovement.Domain.Tests.Committee;

/// <summary>
/// The clerk records the committee's outcome on an item of the meeting's latest published pack, and it flows back through
/// the item's own rule: a board's recommendation accepted or rejected, an urgent decision ratified or not, an exit accepted
/// (designation ended, school's mark cleared, boards ended) or rejected, a designation noted; a deferral changes nothing.
/// </summary>
public sealed class CommitteeDecisionTests
{
    private static readonly DateOnly MeetingOn = new(2026, 11, 20);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Clerk = Guid.NewGuid();

    private readonly MeetingTestBoard _rab = new();
    private readonly School _school = new(new SchoolDetails(190005, "Test Primary", "Primary", "Academy converter", "Derby", null, null, 200, new DateOnly(2019, 9, 1)));
    private readonly CommitteeMeeting _meeting = DecisionTestData.Meeting(MeetingOn);

    private (BoardRecommendation Recommendation, CommitteeItemRecord Record) Recommendation()
    {
        var boardMeeting = _rab.Held(new DateOnly(2026, 10, 15), _rab.Chair, _rab.Director, _rab.Officer);
        var recommendation = BoardRecommendation.Make(boardMeeting, "Commission an external review of reading.", _rab.ChairUser, MeetingTestBoard.Now);
        return (recommendation, CommitteeItemRecord.Of(recommendation, boardMeeting.ScheduledOn));
    }

    private UrgentDecision Urgent() =>
        UrgentDecision.Take(_rab.Board, "Appoint an interim head of maths.", new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 3), _rab.ChairUser, MeetingTestBoard.Now);

    private ConcernCase Designated()
    {
        var at = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        var concern = ConcernCase.Recommend(
            _school, [ConcernGround.OverallEffectiveness], "Two years of falling outcomes.", BoardKind.RaisingAchievementBoard,
            [BoardKind.RaisingAchievementBoard], false, Guid.NewGuid(), at);
        concern.Designate(_school, "Agreed.", Guid.NewGuid(), at, new DateOnly(2026, 10, 1));
        return concern;
    }

    private (ConcernCase Concern, Board Board) ExitRecommended()
    {
        var concern = Designated();
        concern.RecordCommitteeInformed(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 2), Clerk, Now);
        concern.RecommendExit("Outcomes recovered for two terms.", Guid.NewGuid(), Now.AddDays(-10));
        var board = Board.Form(_school.Id, concern.Id, new BoardSettings(BoardKind.RaisingAchievementBoard, new AcademicTerm(new AcademicYear(2026), Term.Autumn), 3, 2, 1, 1, "Clerk"), Guid.NewGuid(), Now.AddDays(-60));
        return (concern, board);
    }

    private CommitteeDecision Record(
        CommitteeItemKind kind, Guid itemId, CommitteeOutcome outcome, string? reason, CommitteeItemRecord? record,
        IReadOnlyCollection<CommitteePack>? packs = null, IReadOnlyCollection<CommitteeDecision>? recorded = null, DateOnly? today = null, CommitteeMeeting? meeting = null)
    {
        meeting ??= _meeting;
        packs ??= [DecisionTestData.Pack(meeting, 1, new PackItem(kind, itemId, _school.Id, "Test Primary", "The item.", null))];
        return CommitteeDecision.Record(meeting, packs, recorded ?? [], kind, itemId, outcome, reason, record, Clerk, Now, today ?? MeetingOn);
    }

    [Fact]
    public void An_accepted_recommendation_is_accepted_on_the_meeting_day_by_the_clerk()
    {
        var (recommendation, record) = Recommendation();

        var decision = Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Accepted, null, record);

        Assert.Equal(RecommendationStatus.Accepted, recommendation.Status);
        Assert.Equal(MeetingOn, recommendation.CommitteeDecidedOn);
        Assert.Equal(Clerk, recommendation.CommitteeRecordedBy);
        Assert.Equal((_meeting.Id, CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Accepted, _school.Id, Clerk),
            (decision.MeetingId, decision.ItemKind, decision.ItemId, decision.Outcome, decision.SchoolId, decision.RecordedBy));
    }

    [Fact]
    public void A_rejected_recommendation_needs_the_reason_which_the_board_reads()
    {
        var (recommendation, record) = Recommendation();

        var refused = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Rejected, "  ", record));
        Assert.Contains("Give the committee's reason", refused.Message, StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Pending, recommendation.Status);

        var decision = Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Rejected, " Not affordable this year. ", record);

        Assert.Equal(RecommendationStatus.Rejected, recommendation.Status);
        Assert.Equal("Not affordable this year.", recommendation.CommitteeNotes);
        Assert.Equal("Not affordable this year.", decision.Reason);
    }

    [Fact]
    public void An_urgent_decision_is_ratified_on_the_meeting_day()
    {
        var urgent = Urgent();

        Record(CommitteeItemKind.UrgentDecision, urgent.Id, CommitteeOutcome.Ratified, null, CommitteeItemRecord.Of(urgent));

        Assert.Equal(UrgentDecisionStatus.Ratified, urgent.Status);
        Assert.Equal(MeetingOn, urgent.RatifiedOn);
        Assert.Equal(Clerk, urgent.RatificationRecordedBy);
    }

    [Fact]
    public void An_urgent_decision_not_ratified_keeps_the_reason()
    {
        var urgent = Urgent();
        Assert.Throws<DomainException>(() => Record(CommitteeItemKind.UrgentDecision, urgent.Id, CommitteeOutcome.NotRatified, null, CommitteeItemRecord.Of(urgent)));

        Record(CommitteeItemKind.UrgentDecision, urgent.Id, CommitteeOutcome.NotRatified, "Needs a quote first.", CommitteeItemRecord.Of(urgent));

        Assert.Equal(UrgentDecisionStatus.NotRatified, urgent.Status);
        Assert.Equal("Needs a quote first.", urgent.Notes);
    }

    [Fact]
    public void An_accepted_exit_ends_the_designation_clears_the_schools_mark_and_ends_the_board_sitting_for_it()
    {
        var (concern, board) = ExitRecommended();
        Assert.NotNull(_school.CausingConcernSince);

        Record(CommitteeItemKind.Exit, concern.Id, CommitteeOutcome.Accepted, null, CommitteeItemRecord.Of(concern, _school, [board]));

        Assert.Equal(ConcernStatus.Exited, concern.Status);
        Assert.Equal(MeetingOn, concern.ExitedOn);
        Assert.Null(_school.CausingConcernSince);
        Assert.Equal(BoardStatus.Ended, board.Status);
        Assert.Contains(concern.Events, e => e.What == ConcernEventKind.ExitAccepted && e.By == Clerk);
    }

    [Fact]
    public void A_rejected_exit_keeps_the_school_designated()
    {
        var (concern, board) = ExitRecommended();

        Record(CommitteeItemKind.Exit, concern.Id, CommitteeOutcome.Rejected, "One more term of data first.", CommitteeItemRecord.Of(concern, _school, [board]));

        Assert.Equal(ConcernStatus.Designated, concern.Status);
        Assert.NotNull(_school.CausingConcernSince);
        Assert.Equal(BoardStatus.Active, board.Status);
    }

    [Fact]
    public void A_noted_designation_records_the_committee_informed_on_the_meeting_day()
    {
        var concern = Designated();
        Assert.True(concern.AwaitsCommitteeNotice);

        Record(CommitteeItemKind.Designation, concern.Id, CommitteeOutcome.Noted, null, CommitteeItemRecord.Of(concern, _school, []));

        Assert.Equal(MeetingOn, concern.CommitteeInformedOn);
        Assert.False(concern.AwaitsCommitteeNotice);
    }

    [Fact]
    public void A_deferral_needs_a_reason_and_changes_nothing_on_the_item()
    {
        var (recommendation, record) = Recommendation();
        var urgent = Urgent();
        var (concern, board) = ExitRecommended();
        Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Deferred, null, record));

        var deferred = Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Deferred, "Awaiting the summer results.", record);
        Record(CommitteeItemKind.UrgentDecision, urgent.Id, CommitteeOutcome.Deferred, "Chair absent.", CommitteeItemRecord.Of(urgent));
        Record(CommitteeItemKind.Exit, concern.Id, CommitteeOutcome.Deferred, "Wait for the visit.", CommitteeItemRecord.Of(concern, _school, [board]));

        Assert.Equal((CommitteeOutcome.Deferred, "Awaiting the summer results."), (deferred.Outcome, deferred.Reason));
        Assert.Equal((RecommendationStatus.Pending, (DateOnly?)null), (recommendation.Status, recommendation.CommitteeDecidedOn));
        Assert.True(urgent.AwaitsRatification);
        Assert.Equal(ConcernStatus.ExitRecommended, concern.Status);
        Assert.NotNull(_school.CausingConcernSince);
        Assert.Equal(BoardStatus.Active, board.Status);
    }

    [Fact]
    public void An_outcome_the_items_kind_does_not_allow_is_refused()
    {
        var (recommendation, record) = Recommendation();
        var concern = Designated();

        var ratified = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Ratified, null, record));
        var deferredDesignation = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Designation, concern.Id, CommitteeOutcome.Deferred, "Later.", CommitteeItemRecord.Of(concern, _school, [])));

        Assert.Contains("accepted, rejected, deferred", ratified.Message, StringComparison.Ordinal);
        Assert.Contains("noted", deferredDesignation.Message, StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Pending, recommendation.Status);
        Assert.True(concern.AwaitsCommitteeNotice);
    }

    [Fact]
    public void Decisions_are_refused_before_the_meeting_day_and_for_a_cancelled_meeting()
    {
        var (recommendation, record) = Recommendation();

        var early = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Accepted, null, record, today: MeetingOn.AddDays(-1)));
        var cancelled = DecisionTestData.Meeting(MeetingOn, cancelled: true);
        var onCancelled = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Accepted, null, record, meeting: cancelled));

        Assert.Contains("20 November 2026", early.Message, StringComparison.Ordinal);
        Assert.Contains("cancelled", onCancelled.Message, StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Pending, recommendation.Status);
    }

    [Fact]
    public void Only_items_of_the_meetings_latest_published_pack_are_decided()
    {
        var (recommendation, record) = Recommendation();
        var other = Recommendation();
        var inVersion1 = new PackItem(CommitteeItemKind.Recommendation, recommendation.Id, _school.Id, "Test Primary", "The item.", null);
        var inVersion2 = inVersion1 with { ItemId = other.Recommendation.Id };
        var otherMeeting = DecisionTestData.Meeting(MeetingOn.AddDays(-100));

        var none = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Accepted, null, record, packs: []));
        var notMeetings = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Accepted, null, record, packs: [DecisionTestData.Pack(otherMeeting, 1, inVersion1)]));
        var corrected = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Accepted, null, record,
            packs: [DecisionTestData.Pack(_meeting, 2, inVersion2), DecisionTestData.Pack(_meeting, 1, inVersion1)]));

        Assert.Contains("has not been published", none.Message, StringComparison.Ordinal);
        Assert.Contains("has not been published", notMeetings.Message, StringComparison.Ordinal);
        Assert.Contains("not in the meeting's latest published pack (version 2)", corrected.Message, StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Pending, recommendation.Status);

        var version2 = DecisionTestData.Pack(_meeting, 2, inVersion2);
        var decided = Record(CommitteeItemKind.Recommendation, other.Recommendation.Id, CommitteeOutcome.Accepted, null, other.Record,
            packs: [DecisionTestData.Pack(_meeting, 1, inVersion1), version2]);
        Assert.Equal(RecommendationStatus.Accepted, other.Recommendation.Status);
        Assert.Equal(version2.Id, decided.PackId);
    }

    [Fact]
    public void A_second_outcome_on_the_same_item_at_the_same_meeting_is_refused()
    {
        var (recommendation, record) = Recommendation();
        var deferred = Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Deferred, "Later.", record);

        var refused = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Accepted, null, record, recorded: [deferred]));

        Assert.Contains("already been recorded for this meeting: deferred", refused.Message, StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Pending, recommendation.Status);
    }

    [Fact]
    public void An_item_decided_elsewhere_since_the_pack_was_published_is_neither_decided_again_nor_deferred()
    {
        var urgent = Urgent();
        urgent.RecordRatification(true, MeetingOn, MeetingOn, null, Clerk);

        var again = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.UrgentDecision, urgent.Id, CommitteeOutcome.NotRatified, "No.", CommitteeItemRecord.Of(urgent)));
        var deferral = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.UrgentDecision, urgent.Id, CommitteeOutcome.Deferred, "Later.", CommitteeItemRecord.Of(urgent)));

        Assert.Contains("already ratified", again.Message, StringComparison.Ordinal);
        Assert.Contains("no longer waits for the committee", deferral.Message, StringComparison.Ordinal);
        Assert.Equal(UrgentDecisionStatus.Ratified, urgent.Status);
    }

    [Fact]
    public void A_record_that_is_not_in_the_trust_is_refused()
    {
        var (recommendation, _) = Recommendation();

        var refused = Assert.Throws<DomainException>(() => Record(CommitteeItemKind.Recommendation, recommendation.Id, CommitteeOutcome.Accepted, null, null));

        Assert.Contains("no longer in the trust", refused.Message, StringComparison.Ordinal);
    }
}
