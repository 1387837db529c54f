using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// The DDAT demo trust's schools causing concern, as real records (DDAT §3–5, Appendices 1 and 2), dated from the seeding
/// clock with the boards started last term: URN 190009 designated on the overall-effectiveness ground (recommended by the
/// Deputy CEO, designated by the CEO) with a Raising Achievement Board that has met twice, the second meeting inquorate,
/// a recommendation from the first meeting pending the committee and an unratified urgent decision by its chair; URN 190008
/// designated on ground 4 (governance at risk) with an Interim Local Trust Committee whose finance link member is missing.
/// Never 190001 or 190010, which the tests use as they are.
/// </summary>
public static class DemoInterventions
{
    public const int RabUrn = 190009;
    public const int IltcUrn = 190008;

    private static readonly BoardKind[] DdatBoardKinds = [BoardKind.RaisingAchievementBoard, BoardKind.InterimLocalTrustCommittee];

    /// <param name="people">The demo trust's users by role.</param>
    public static void AddForDdat(PortalDbContext db, IReadOnlyList<School> schools, IReadOnlyDictionary<string, Guid> people, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var started = AcademicTerm.Containing(today).Plus(-1);
        AddRab(db, schools.Single(s => s.Urn == RabUrn), people, started, today);
        AddIltc(db, schools.Single(s => s.Urn == IltcUrn), people, started);
    }

    private static void AddRab(PortalDbContext db, School school, IReadOnlyDictionary<string, Guid> people, AcademicTerm started, DateOnly today)
    {
        var deputy = people[TrustRole.DeputyCeo];
        var ceo = people[TrustRole.Ceo];
        var clerk = people[TrustRole.GovernanceProfessional];
        var designatedOn = started.FirstDay.AddDays(-10);
        var concern = ConcernCase.Recommend(
            school, [ConcernGround.OverallEffectiveness],
            "Outcomes at the end of KS2 have been below national for three years and the school has struggled to improve its overall effectiveness; reading and writing are weakest.",
            BoardKind.RaisingAchievementBoard, DdatBoardKinds, schoolHasOpenCase: false, deputy, At(designatedOn.AddDays(-7)));
        concern.Designate(school, "The evidence meets the first ground of §3; a Raising Achievement Board will support and challenge the school.", ceo, At(designatedOn), designatedOn);
        concern.RecordCommitteeInformed(designatedOn.AddDays(7), today, clerk, At(designatedOn.AddDays(7)));
        db.Add(concern);

        var formed = At(designatedOn.AddDays(1));
        var board = Board.Form(school.Id, concern.Id, new BoardSettings(BoardKind.RaisingAchievementBoard, started, 3, 2, 1, 1, "Demo Governance professional", clerk), ceo, formed);
        var on = started.FirstDay;
        var chair = board.AddMember("Demo Deputy CEO", deputy, MembershipCategory.CentralExecutiveTeam, [], null, on, formed);
        var director = board.AddMember("Demo Director of Learning", people[TrustRole.DirectorOfLearning], MembershipCategory.CentralExecutiveTeam, [], null, on, formed);
        var officer = board.AddMember("Demo School improvement officer", people[TrustRole.SchoolImprovementOfficer], MembershipCategory.SchoolImprovementTeam, [], null, on, formed);
        var local = board.AddMember("Mrs Helen Ward (local committee)", null, MembershipCategory.LocalCommittee, [], null, on, formed);
        var associate = board.AddMember("Dr Sam Okafor (Associate Trustee)", null, MembershipCategory.AssociateTrustee, [], null, on, formed);
        board.SetChair(chair.Id, formed);
        db.Add(board);

        var firstOn = started.FirstDay.AddDays(21);
        var first = BoardMeeting.Schedule(board, firstOn, [], clerk, At(started.FirstDay));
        first.RecordAttendance(board, [chair.Id, director.Id, officer.Id, local.Id, associate.Id], firstOn, clerk, At(firstOn));
        first.RecordMinutes(
            [
                new AgendaNote(AgendaStandard.Attainment, "Year 6 reading is **below target**; the headteacher presented the validated autumn data."),
                new AgendaNote(AgendaStandard.BehaviourAndAttendance, "Persistent absence is above the school's target: the attendance lead will report next month."),
                new AgendaNote(AgendaStandard.ChristianDistinctiveness, "The vision is displayed but not yet the driver for raising standards."),
            ],
            "The board met the headteacher and the English lead.\n\n- Reviewed the validated data against targets.\n- Agreed the priorities for the term.",
            "Reading at KS2 and attendance are the priorities; leaders are open to support.", clerk, At(firstOn));
        var recommendation = BoardRecommendation.Make(first, "Commission an external review of reading across KS2, agreed in advance with the CEO.", clerk, At(firstOn));

        var secondOn = firstOn.AddMonths(1);
        var second = BoardMeeting.Schedule(board, secondOn, [firstOn], clerk, At(firstOn));
        second.RecordAttendance(board, [chair.Id, associate.Id], secondOn, clerk, At(secondOn));
        second.RecordMinutes([], "Only the chair and the Associate Trustee attended: the meeting was not quorate and made no recommendations.", null, clerk, At(secondOn));
        db.AddRange(first, second, recommendation);

        var decidedOn = secondOn.AddDays(3) <= today ? secondOn.AddDays(3) : secondOn;
        db.Add(UrgentDecision.Take(board, "Release the budget for a reading consultant for six weeks, before the next meeting.", decidedOn, today, deputy, At(decidedOn)));
    }

    private static void AddIltc(PortalDbContext db, School school, IReadOnlyDictionary<string, Guid> people, AcademicTerm started)
    {
        var deputy = people[TrustRole.DeputyCeo];
        var ceo = people[TrustRole.Ceo];
        var clerk = people[TrustRole.GovernanceProfessional];
        var designatedOn = started.FirstDay.AddDays(-5);
        var concern = ConcernCase.Recommend(
            school, [ConcernGround.NewlyJoinedGovernanceOrFinance],
            "Governance is at risk of failing in its responsibilities: the local committee has three vacancies and has not met this term; the budget shows a significant deficit.",
            BoardKind.InterimLocalTrustCommittee, DdatBoardKinds, schoolHasOpenCase: false, deputy, At(designatedOn.AddDays(-7)));
        concern.Designate(school, "An Interim Local Trust Committee will replace the local committee while new members are recruited and trained.", ceo, At(designatedOn), designatedOn);
        db.Add(concern);

        var formed = At(designatedOn.AddDays(1));
        var board = Board.Form(school.Id, concern.Id, new BoardSettings(BoardKind.InterimLocalTrustCommittee, started, 3, 2, 1, 1, "Demo Governance professional", clerk), ceo, formed);
        var on = started.FirstDay;
        var chair = board.AddMember("Demo Director of Learning", people[TrustRole.DirectorOfLearning], MembershipCategory.CentralExecutiveTeam, [LinkRole.Safeguarding], "None declared", on, formed);
        board.AddMember("Demo Deputy CEO", deputy, MembershipCategory.CentralExecutiveTeam, [LinkRole.Send], "None declared", on, formed);
        board.AddMember("Demo School improvement officer", people[TrustRole.SchoolImprovementOfficer], MembershipCategory.SchoolImprovementTeam, [], "Governor at another trust's school", on, formed);
        board.SetChair(chair.Id, formed);
        db.Add(board);
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
