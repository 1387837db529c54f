using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Authorization;

/// <summary>The record a cell's URL names: {id}, and {parent} for a record under another (a school's inspection, a person's assignment).</summary>
public sealed record MatrixTarget(Guid Id, Guid? Parent = null)
{
    public string Fill(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Replace("{id}", Id.ToString(), StringComparison.Ordinal).Replace("{parent}", Parent?.ToString() ?? "", StringComparison.Ordinal);
    }
}

/// <summary>
/// Every record the matrix's URLs name, all made before the first request so that the run is
/// deterministic: shared records for rows whose requests change nothing, and one record per cell
/// (row x column x own/other/other trust) for rows whose allowed request changes its target.
/// Relations: for a school's records 0 = the trust's first school (URN 190001, where the demo
/// headteacher, committee member and SLE are assigned and the officer is linked), 1 = a school
/// with no one assigned (URN 190010), 2 = another trust's first school (URN 290001); for people
/// 0 = the own trust, 1 = another trust.
/// </summary>
public sealed class MatrixTargets
{
    private readonly Dictionary<Target, MatrixTarget[]> _shared = [];
    private readonly Dictionary<(int Row, int Column, int Relation), (MatrixTarget Target, Side Side, string Before)> _perCell = [];

    public MatrixTarget For(int row, int column, int relation)
    {
        var target = AuthorizationMatrix.Rows[row].Target;
        return AuthorizationMatrix.MadePerCell(target) ? _perCell[(row, column, relation)].Target : _shared[target][relation];
    }

    /// <summary>Whether the record made for a cell is no longer as it was made (reopened, deleted, deactivated, its stamp changed...).</summary>
    public async Task<bool> ChangedAsync(int row, int column, int relation)
    {
        var (target, side, before) = _perCell[(row, column, relation)];
        return await side.StateAsync(AuthorizationMatrix.Rows[row].Target, target) != before;
    }

    public static async Task<MatrixTargets> CreateAsync(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var now = DateTimeOffset.UtcNow;
        var ddat = new Side(portal, await portal.TrustIdAsync(Browsing.DdatTrust), 170000, Browsing.Ddat);
        var vine = new Side(portal, await portal.TrustIdAsync(Browsing.VineTrust), 270000, Browsing.Vine);
        var own = await portal.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var other = await portal.SchoolIdAsync(Browsing.DdatTrust, 190010);
        var otherTrust = await portal.SchoolIdAsync(Browsing.VineTrust, 290001);

        // The matrix's columns are DDAT people; the DDAT policy has no website checks, so its administrator switches them on
        // (as Vine's policy has them) for the website-check rows to test access rather than the switched-off 404.
        await portal.UseCapabilityAsync(Browsing.DdatTrust, Domain.Policy.PolicyCapability.WebsiteChecks);
        // Day allocations likewise (Vine §4): switched on for DDAT with the Vine numbers, for the allocation rows.
        await portal.UseDayAllocationsAsync(Browsing.DdatTrust);
        // Likewise due diligence (Vine §5), which the DDAT policy does not use.
        await portal.UseCapabilityAsync(Browsing.DdatTrust, Domain.Policy.PolicyCapability.DueDiligence);
        (Side Side, Guid School, bool CopyAssignments)[] schools = [(ddat, own, true), (ddat, other, false), (vine, otherTrust, false)];
        Side[] people = [ddat, vine];

        var targets = new MatrixTargets();
        targets._shared[Target.School] = [.. schools.Select(s => new MatrixTarget(s.School))];
        targets._shared[Target.Action] = await EachAsync(schools, s => s.Side.ActionAsync(s.School, now));
        targets._shared[Target.Categorisation] = await EachAsync(schools, s => s.Side.ProposalAsync(s.School, now));
        targets._shared[Target.Inspection] = await EachAsync(schools, s => s.Side.InspectionAsync(s.School));
        targets._shared[Target.ReturnVersion] = await EachAsync(schools, s => s.Side.ReturnVersionAsync(s.School));
        var concerns = await EachAsync(schools, s => s.Side.ConcernAsync(s.School, now));
        targets._shared[Target.ConcernCase] = [.. concerns.Select(c => new MatrixTarget(c.Id))];
        targets._shared[Target.ExternalSupportRequest] = [.. concerns.Select(c => new MatrixTarget(c.Parent!.Value))];
        targets._shared[Target.SpotlightProject] = await EachAsync(schools, s => s.Side.SpotlightProjectAsync(s.School));
        targets._shared[Target.DayAllocation] = await EachAsync(schools, s => s.Side.DayAllocationAsync(s.School, now));
        targets._shared[Target.Visit] = await EachAsync(schools, s => s.Side.VisitAsync(s.School));
        targets._shared[Target.HealthCheck] = await EachAsync(schools, s => s.Side.HealthCheckAsync(s.School, now));
        targets._shared[Target.Board] = await EachAsync(schools, s => s.Side.BoardAsync(s.School, now));
        targets._shared[Target.DueDiligence] = await EachAsync(people, p => p.DueDiligenceAsync(complete: false, now));
        targets._shared[Target.JoinedSchool] = await EachAsync(people, p => p.DueDiligenceAsync(complete: true, now));
        var committee = await EachAsync(people, p => p.CommitteeAsync());
        targets._shared[Target.CommitteeMeeting] = [.. committee.Select(c => new MatrixTarget(c.Id))];
        targets._shared[Target.CommitteePack] = [.. committee.Select(c => new MatrixTarget(c.Parent!.Value))];
        var meetingBoards = new List<(Guid Board, Guid Meeting, Guid Recommendation, Guid Decision)>();
        foreach (var (side, school, copyAssignments) in schools)
        {
            meetingBoards.Add(await side.MeetingBoardAsync((await side.CopyOfSchoolAsync(school, copyAssignments, closed: false, now)).Id, now));
        }

        targets._shared[Target.MeetingBoard] = [.. meetingBoards.Select(b => new MatrixTarget(b.Board))];
        targets._shared[Target.BoardMeeting] = [.. meetingBoards.Select(b => new MatrixTarget(b.Meeting))];
        targets._shared[Target.BoardRecommendation] = [.. meetingBoards.Select(b => new MatrixTarget(b.Recommendation))];
        targets._shared[Target.UrgentDecision] = [.. meetingBoards.Select(b => new MatrixTarget(b.Decision))];
        targets._shared[Target.User] =
        [
            new(await portal.UserIdAsync($"trustee@{Browsing.Ddat}")),
            new(await portal.UserIdAsync($"trustee@{Browsing.Vine}")),
        ];

        targets._shared[Target.NationalComparator] =
        [
            new(await portal.InTrustAsync(ddat.Trust, db => db.NationalComparators.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())),
            new(await portal.InTrustAsync(vine.Trust, db => db.NationalComparators.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())),
        ];

        for (var row = 0; row < AuthorizationMatrix.Rows.Count; row++)
        {
            var target = AuthorizationMatrix.Rows[row].Target;
            if (!AuthorizationMatrix.MadePerCell(target))
            {
                continue;
            }

            for (var column = 0; column < AuthorizationMatrix.Columns.Count; column++)
            {
                for (var relation = 0; relation < AuthorizationMatrix.TargetCount(target); relation++)
                {
                    var side = target >= Target.NewUser ? people[relation] : schools[relation].Side;
                    var made = target switch
                    {
                        Target.NewClosedSchool => await schools[relation].Side.CopyOfSchoolAsync(schools[relation].School, schools[relation].CopyAssignments, closed: true, now),
                        Target.NewProposal => await schools[relation].Side.ProposalAsync(
                            (await schools[relation].Side.CopyOfSchoolAsync(schools[relation].School, schools[relation].CopyAssignments, closed: false, now)).Id, now),
                        Target.NewInspection => await schools[relation].Side.InspectionAsync(schools[relation].School),
                        Target.NewUser => await people[relation].PersonAsync(active: true, assignedTo: null),
                        Target.NewDeactivatedUser => await people[relation].PersonAsync(active: false, assignedTo: null),
                        Target.NewAssignment => await people[relation].PersonAsync(active: true, assignedTo: schools[relation == 0 ? 0 : 2].School),
                        _ => throw new InvalidOperationException($"No per-cell target for {target}."),
                    };
                    targets._perCell[(row, column, relation)] = (made, side, await side.StateAsync(target, made));
                }
            }
        }

        return targets;
    }

    /// <summary>One after another: the databases are written by one request at a time here.</summary>
    private static async Task<MatrixTarget[]> EachAsync<T>(IEnumerable<T> items, Func<T, Task<MatrixTarget>> make)
    {
        var made = new List<MatrixTarget>();
        foreach (var item in items)
        {
            made.Add(await make(item));
        }

        return [.. made];
    }

    /// <summary>Makes records in one trust.</summary>
    private sealed class Side(PortalFactory portal, Guid trust, int firstUrn, string domain)
    {
        public Guid Trust => trust;

        private int _made;

        private int Next() => ++_made;

        public async Task<MatrixTarget> ActionAsync(Guid school, DateTimeOffset now)
        {
            var action = ImprovementAction.Create(school, "Matrix action", ActionSource.Other, null, TrustRole.Headteacher, null, new DateOnly(2099, 1, 1), new DateOnly(2026, 1, 1), now);
            await SaveAsync(db => db.Actions.Add(action));
            return new(action.Id);
        }

        public async Task<MatrixTarget> ProposalAsync(Guid school, DateTimeOffset now)
        {
            SchoolCategorisation proposal = null!;
            await portal.InTrustAsync(trust, async db =>
            {
                var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
                var category = scheme[0].Name;
                proposal = SchoolCategorisation.Propose(school, category, "Matrix", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category, "Notes"))], scheme, Guid.NewGuid(), now);
                db.Categorisations.Add(proposal);
                await db.SaveChangesAsync();
            });
            return new(proposal.Id);
        }

        public async Task<MatrixTarget> InspectionAsync(Guid school)
        {
            var inspection = Inspection.SiamsInspection(school, new DateOnly(2024, 3, 1), SiamsJudgement.LivingUpToFoundation, "Matrix", new DateOnly(2026, 1, 1));
            await SaveAsync(db => db.Inspections.Add(inspection));
            return new(inspection.Id, school);
        }

        /// <summary>A SIP version uploaded by the trust's demo headteacher (its file stored, so a download answers 200).</summary>
        public async Task<MatrixTarget> ReturnVersionAsync(Guid school)
        {
            var head = await portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Headteacher, domain));
            return new(await ReturnsTestData.AddVersionAsync(portal, trust, school, head, Domain.Returns.ReturnDocument.Sip, 2015, Domain.Calendar.Term.Autumn, 1 + Next()));
        }

        /// <summary>A designated concern case on the school with a pending external support request: the target's id is the case's, its parent the request's.</summary>
        public async Task<MatrixTarget> ConcernAsync(Guid school, DateTimeOffset now)
        {
            var ceo = await portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Ceo, domain));
            return await portal.InTrustAsync(trust, async db =>
            {
                var profile = await db.PolicyProfiles.SingleAsync();
                var record = await db.Schools.SingleAsync(s => s.Id == school);
                var concern = Domain.Concerns.ConcernCase.Recommend(
                    record, [Domain.Concerns.ConcernGround.OverallEffectiveness], "Matrix", profile.BoardKinds[0], profile.BoardKinds, false, ceo, now);
                concern.Designate(record, null, ceo, now, new DateOnly(2026, 1, 1));
                var request = Domain.Concerns.ExternalSupportRequest.Request(concern, "Matrix", null, 1m, ceo, now);
                db.ConcernCases.Add(concern);
                db.ExternalSupportRequests.Add(request);
                await db.SaveChangesAsync();
                return new MatrixTarget(concern.Id, request.Id);
            });
        }

        /// <summary>
        /// Due diligence on a joining school, every area rated, started by the trust's demo CEO: in progress (the target is the
        /// assessment), or completed (the target is the school it put on the register).
        /// </summary>
        public async Task<MatrixTarget> DueDiligenceAsync(bool complete, DateTimeOffset now)
        {
            var ceo = await portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Ceo, domain));
            var urn = firstUrn + 9900 + Next();
            return await portal.InTrustAsync(trust, async db =>
            {
                var details = new Domain.DueDiligence.DueDiligenceDetails($"Matrix joining school {urn}", urn, "Head", "Chair", "At the school", "CEO");
                var assessment = Domain.DueDiligence.DueDiligenceAssessment.Start(details, ceo, now);
                assessment.Record(details, new Domain.DueDiligence.DueDiligenceNarrative(null, null, null, null),
                    [.. Domain.DueDiligence.DueDiligenceAreas.All.Select(a => new Domain.DueDiligence.DueDiligenceRating(a, Domain.Assessment.Rag.Green, null))]);
                db.DueDiligenceAssessments.Add(assessment);
                if (!complete)
                {
                    await db.SaveChangesAsync();
                    return new MatrixTarget(assessment.Id);
                }

                var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
                var on = new DateOnly(2026, 1, 1);
                var school = assessment.Complete(new SchoolDetails(urn, "x", "Primary", "Academy converter", "Derbyshire", null, null, null, default), scheme[0].Name, scheme, ceo, on, on);
                db.Schools.Add(school);
                await db.SaveChangesAsync();
                return new MatrixTarget(school.Id);
            });
        }

        /// <summary>A committee meeting far ahead with version 1 of its pack published: the target's id is the meeting's, its parent the pack's.</summary>
        public async Task<MatrixTarget> CommitteeAsync()
        {
            var prefix = domain == Browsing.Ddat ? Browsing.DdatTrust : Browsing.VineTrust;
            var meeting = await Committee.CommitteeTestData.MeetingAsync(portal, prefix, domain, Committee.CommitteeTestData.UnusedDate());
            return new MatrixTarget(meeting, await Committee.CommitteeTestData.PublishedAsync(portal, prefix, domain, meeting));
        }

        /// <summary>An open Spotlight project on the school, led by the trust's demo officer.</summary>
        public async Task<MatrixTarget> SpotlightProjectAsync(Guid school)
        {
            var officer = await portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, domain));
            var on = new DateOnly(2025, 9, 10);
            var project = Domain.Spotlight.SpotlightProject.Open(school, Domain.Spotlight.SpotlightOrigin.ByHand, "Matrix", officer, null, "Matrix member", on, on);
            await SaveAsync(db => db.SpotlightProjects.Add(project));
            return new(project.Id);
        }

        /// <summary>The current academic year's day allocation of the school, led by the trust's demo officer (Vine's demo data has none on its first school).</summary>
        public async Task<MatrixTarget> DayAllocationAsync(Guid school, DateTimeOffset now)
        {
            var officer = await portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, domain));
            var allocation = Domain.Allocations.DayAllocation.Set(
                school, Domain.Calendar.AcademicYear.Containing(DateOnly.FromDateTime(now.UtcDateTime)), officer, 7.5m, 1m, 9m, AllocationTestData.VinePolicy, now);
            await SaveAsync(db => db.DayAllocations.Add(allocation));
            return new(allocation.Id);
        }

        /// <summary>A published improvement visit on the school, by the trust's demo officer, awaiting the headteacher.</summary>
        public async Task<MatrixTarget> VisitAsync(Guid school)
        {
            var officer = await portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, domain));
            var on = new DateOnly(2025, 9, 10);
            var visit = Domain.Visits.ImprovementVisit.Draft(
                school, officer, new Domain.Visits.VisitNote(on, Domain.Visits.VisitMode.InPerson, "Matrix", [], "Matrix notes", null, null, []), on, DateTimeOffset.UtcNow);
            visit.Publish(on, DateTimeOffset.UtcNow);
            await SaveAsync(db => db.ImprovementVisits.Add(visit));
            return new(visit.Id);
        }

        /// <summary>A draft health check of the school by the trust's demo officer, its Health and safety area rated Amber with an agreed action (the target's parent).</summary>
        public async Task<MatrixTarget> HealthCheckAsync(Guid school, DateTimeOffset now)
        {
            var officer = await portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, domain));
            var on = new DateOnly(2025, 9, 10);
            var check = Domain.HealthChecks.HealthCheck.Start(school, Domain.Inspections.InspectionFramework.Ofsted2019, on, true, false, officer, on, now);
            var area = check.Areas.Single(a => a.Name == Domain.HealthChecks.HealthCheckAreas.HealthAndSafety);
            var action = check.Rate(area.Id, Domain.Assessment.Rag.Amber, "Matrix", "Matrix action", on.AddMonths(1), on, now)!;
            await SaveAsync(db =>
            {
                db.HealthChecks.Add(check);
                db.Actions.Add(action);
            });
            return new(check.Id, area.Id);
        }

        /// <summary>A sitting board of the school (a RAB; the kind does not change who may see or change it), with one member: the target's parent.</summary>
        public async Task<MatrixTarget> BoardAsync(Guid school, DateTimeOffset now)
        {
            var ceo = await portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Ceo, domain));
            var board = Domain.Boards.Board.Form(
                school, null, new Domain.Boards.BoardSettings(Domain.Boards.BoardKind.RaisingAchievementBoard, Domain.Calendar.AcademicTerm.Containing(DateOnly.FromDateTime(now.UtcDateTime)), 3, 2, 1), ceo, now);
            var member = board.AddMember("Matrix Member", null, Domain.Boards.MembershipCategory.SchoolImprovementTeam, [], null, DateOnly.FromDateTime(now.UtcDateTime), now);
            await SaveAsync(db => db.Boards.Add(board));
            return new(board.Id, member.Id);
        }

        /// <summary>
        /// A RAB on the school (its own school, since one board sits per school): chaired by the trust's demo Deputy CEO, with the
        /// Director of Learning, the officer and an Associate Trustee, clerked by the governance professional; a held, quorate meeting
        /// with a pending recommendation, and the chair's urgent decision awaiting ratification.
        /// </summary>
        public async Task<(Guid Board, Guid Meeting, Guid Recommendation, Guid Decision)> MeetingBoardAsync(Guid school, DateTimeOffset now)
        {
            Task<Guid> User(string role) => portal.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(role, domain));
            var deputy = await User(TrustRole.DeputyCeo);
            var director = await User(TrustRole.DirectorOfLearning);
            var officer = await User(TrustRole.SchoolImprovementOfficer);
            var clerk = await User(TrustRole.GovernanceProfessional);
            var term = new Domain.Calendar.AcademicTerm(new Domain.Calendar.AcademicYear(2025), Domain.Calendar.Term.Autumn);
            var on = term.FirstDay;
            var board = Domain.Boards.Board.Form(school, null, new Domain.Boards.BoardSettings(Domain.Boards.BoardKind.RaisingAchievementBoard, term, 3, 2, 1, 1, "Governance professional", clerk), deputy, now);
            var chair = board.AddMember("Matrix chair", deputy, Domain.Boards.MembershipCategory.CentralExecutiveTeam, [], null, on, now);
            var dol = board.AddMember("Matrix director", director, Domain.Boards.MembershipCategory.CentralExecutiveTeam, [], null, on, now);
            var sit = board.AddMember("Matrix officer", officer, Domain.Boards.MembershipCategory.SchoolImprovementTeam, [], null, on, now);
            board.AddMember("Matrix associate", null, Domain.Boards.MembershipCategory.AssociateTrustee, [], null, on, now);
            board.SetChair(chair.Id, now);
            var meeting = Domain.Boards.BoardMeeting.Schedule(board, on, [], clerk, now);
            meeting.RecordAttendance(board, [chair.Id, dol.Id, sit.Id], on, clerk, now);
            var recommendation = Domain.Boards.BoardRecommendation.Make(meeting, "Matrix recommendation", clerk, now);
            var decision = Domain.Boards.UrgentDecision.Take(board, "Matrix decision", on, on, deputy, now);
            await SaveAsync(db =>
            {
                db.Boards.Add(board);
                db.BoardMeetings.Add(meeting);
                db.BoardRecommendations.Add(recommendation);
                db.UrgentDecisions.Add(decision);
            });
            return (board.Id, meeting.Id, recommendation.Id, decision.Id);
        }

        /// <summary>A new school like <paramref name="model"/>: with its assignments when <paramref name="copyAssignments"/>, so "own" stays own.</summary>
        public async Task<MatrixTarget> CopyOfSchoolAsync(Guid model, bool copyAssignments, bool closed, DateTimeOffset now)
        {
            var urn = firstUrn + Next();
            var school = new School(new SchoolDetails(urn, $"Matrix School {urn}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2020, 9, 1)));
            if (closed)
            {
                school.Close(new DateOnly(2025, 8, 31));
            }

            await portal.InTrustAsync(trust, async db =>
            {
                db.Schools.Add(school);
                if (copyAssignments)
                {
                    var ties = await db.SchoolAssignments.Where(a => a.SchoolId == model).ToListAsync();
                    db.SchoolAssignments.AddRange(ties.Select(a => SchoolAssignment.Create(a.UserId, [a.Kind.RequiredRole()], school.Id, a.Kind)));
                }

                await db.SaveChangesAsync();
            });
            return new(school.Id);
        }

        /// <summary>A local committee member made for one cell; with <paramref name="assignedTo"/>, the target is their assignment to it.</summary>
        public async Task<MatrixTarget> PersonAsync(bool active, Guid? assignedTo)
        {
            var email = $"matrix.{Next()}@{domain}";
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Matrix {email}", TrustId = trust, CreatedAt = DateTimeOffset.UtcNow, IsActive = active };
            await using (var scope = portal.Services.CreateTrustScope(trust, "matrix"))
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
                Check(await users.CreateAsync(user));
                Check(await users.AddToRolesAsync(user, [TrustRole.LocalCommitteeMember]));
            }

            if (assignedTo is not { } school)
            {
                return new(user.Id);
            }

            var assignment = SchoolAssignment.Create(user.Id, [TrustRole.LocalCommitteeMember], school, AssignmentKind.LocalCommitteeMemberOf);
            await SaveAsync(db => db.SchoolAssignments.Add(assignment));
            return new(assignment.Id, user.Id);
        }

        /// <summary>What a request could change on a record made for a cell, as text to compare before and after.</summary>
        public async Task<string> StateAsync(Target kind, MatrixTarget target) => kind switch
        {
            Target.NewClosedSchool => await portal.InTrustAsync(trust, async db =>
                string.Join('|', await db.Schools.Where(s => s.Id == target.Id).Select(s => $"{s.ClosedOn}|{s.Version}").ToListAsync())),
            Target.NewProposal => await portal.InTrustAsync(trust, async db =>
                string.Join('|', await db.Categorisations.Where(c => c.Id == target.Id).Select(c => $"{c.Status}|{c.Version}").ToListAsync())),
            Target.NewInspection => await portal.InTrustAsync(trust, async db => (await db.Inspections.CountAsync(i => i.Id == target.Id)).ToString(CultureInfo.InvariantCulture)),
            Target.NewAssignment => await portal.InTrustAsync(trust, async db => (await db.SchoolAssignments.CountAsync(a => a.Id == target.Id)).ToString(CultureInfo.InvariantCulture)),
            _ => await portal.WithoutTrustAsync(async db =>
                string.Join('|', await db.Users.Where(u => u.Id == target.Id).Select(u => $"{u.IsActive}|{u.SecurityStamp}|{u.TwoFactorEnabled}").ToListAsync())),
        };

        private Task SaveAsync(Action<PortalDbContext> add) => portal.InTrustAsync(trust, async db =>
        {
            add(db);
            await db.SaveChangesAsync();
        });

        private static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }
    }
}
