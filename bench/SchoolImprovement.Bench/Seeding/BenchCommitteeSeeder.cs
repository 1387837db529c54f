using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Bench.Seeding;

/// <summary>
/// A committee pack with something in every section (issue 12), for <see cref="CommitteePackBenchmarks"/>: the people the
/// records name, and for the grown schools: every fifth designated with a RAB that met (quorate, with key findings), made a
/// recommendation and whose chair took an urgent decision; an exit recommended on every twentieth; a Spotlight project on
/// every fifth; a completed health check on every other (the rest overdue); an allocation on three in four with days
/// logged on some. Headline data, returns and the due cycles come from the existing seeders. Made through the domain;
/// the caller saves.
/// </summary>
public static class BenchCommitteeSeeder
{
    public sealed record BenchPeople(Guid Ceo, Guid Deputy, Guid Officer, Guid Headteacher, Guid Director);

    /// <summary>DDAT's policy with day allocations switched on (Vine's numbers), so that every one of the pack's sections reads.</summary>
    public static PolicyContent Policy()
    {
        var ddat = PolicyTemplates.DerbyDiocesanAcademyTrust();
        return ddat with
        {
            Allocations = new Allocations(7.5m, 1m, 9m, AdditionalSleDaysForGreatestNeed: true),
            Capabilities = [.. ddat.Capabilities.Append(PolicyCapability.DayAllocations)],
        };
    }

    public static BenchPeople AddPeople(PortalDbContext db, Guid trustId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        Guid Add(string role)
        {
            var email = $"bench-{role.Replace(' ', '-').ToLowerInvariant()}@committee.example";
            var user = new PortalUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, DisplayName = $"Bench {role}", TrustId = trustId, CreatedAt = now };
            db.Users.Add(user);
            return user.Id;
        }

        return new BenchPeople(Add(TrustRole.Ceo), Add(TrustRole.DeputyCeo), Add(TrustRole.SchoolImprovementOfficer), Add(TrustRole.Headteacher), Add(TrustRole.DirectorOfLearning));
    }

    public static void AddFor(PortalDbContext db, IReadOnlyList<School> schools, PolicyContent policy, BenchPeople people, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(people);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var year = AcademicYear.Containing(today);
        var started = AcademicTerm.Containing(today).Plus(-1);
        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i];
            db.SchoolAssignments.Add(SchoolAssignment.Create(people.Officer, [TrustRole.SchoolImprovementOfficer], school.Id, AssignmentKind.LinkedOfficerFor));
            if (i % 5 == 0)
            {
                var concern = Designate(db, school, policy, people, today.AddDays(-90), now);
                var board = Board.Form(school.Id, concern.Id, new BoardSettings(BoardKind.RaisingAchievementBoard, started, 1, 2, 1), people.Ceo, now);
                var member = board.AddMember("Bench Chair", people.Ceo, MembershipCategory.CentralExecutiveTeam, [], null, started.FirstDay, now);
                board.SetChair(member.Id, now);
                var meeting = BoardMeeting.Schedule(board, today.AddDays(-20), [], people.Ceo, now);
                meeting.RecordAttendance(board, [member.Id], today, people.Ceo, now);
                meeting.RecordMinutes([], "Bench minutes: the board reviewed the school's data and its improvement plan.",
                    "Reading at KS2 improved by six points; writing remains below national; attendance of disadvantaged pupils is the priority.", people.Ceo, now);
                db.Boards.Add(board);
                db.BoardMeetings.Add(meeting);
                db.BoardRecommendations.Add(BoardRecommendation.Make(meeting, $"Extend the board for one term at {school.Name}.", people.Ceo, now));
                db.UrgentDecisions.Add(UrgentDecision.Take(board, "Release the budget for a reading consultant for six weeks.", today.AddDays(-5), today, people.Ceo, now));
            }
            else if (i % 20 == 11)
            {
                Designate(db, school, policy, people, today.AddDays(-300), now).RecommendExit("Two good monitoring visits and results above national.", people.Ceo, now);
            }

            if (i % 5 == 1)
            {
                var project = SpotlightProject.Open(school.Id, SpotlightOrigin.ByHand, "Bench: outcomes dropped below national.", people.Officer, null, "Bench Member", today.AddDays(-70), today);
                db.SpotlightProjects.Add(project);
                if (i % 10 == 1)
                {
                    db.SpotlightVisits.Add(project.RecordVisit(today.AddDays(-30), "Strengths.", "Next steps.", null, people.Officer, today, now));
                }
            }

            if (i % 2 == 0)
            {
                var heldOn = today.AddMonths(-3);
                var check = HealthCheck.Start(school.Id, InspectionFramework.Ofsted2019, heldOn, true, false, people.Officer, heldOn, now);
                foreach (var area in check.Areas.Where(a => !a.NotApplicable && a.Rag is null))
                {
                    check.Rate(area.Id, Rag.Green, "Bench.", null, null, heldOn, now);
                }

                check.Complete(heldOn);
                db.HealthChecks.Add(check);
            }

            if (i % 4 != 0)
            {
                var allocation = DayAllocation.Set(school.Id, year, people.Officer, 7.5m, 1m, 9m, policy.Allocations!, now);
                db.DayAllocations.Add(allocation);
                if (i % 4 == 1 && today > year.FirstDay)
                {
                    db.DayLogs.Add(allocation.Log(people.Officer, AllocationStrand.Officer, year.FirstDay.AddDays(10), 2m, "Bench visit.", VisitMode.InPerson, null, now));
                }
            }
        }
    }

    private static ConcernCase Designate(PortalDbContext db, School school, PolicyContent policy, BenchPeople people, DateOnly on, DateTimeOffset now)
    {
        var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var concern = ConcernCase.Recommend(school, [ConcernGround.OverallEffectiveness], "Outcomes below national for three years.", policy.BoardKinds[0], policy.BoardKinds, false, people.Deputy, at);
        concern.Designate(school, "Agreed.", people.Ceo, at, on);
        db.ConcernCases.Add(concern);
        return concern;
    }
}
