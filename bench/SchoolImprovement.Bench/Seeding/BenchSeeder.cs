using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Bench.Seeding;

/// <summary>
/// The load harness's fast path for data (bench/run.sh): straight into the database through the
/// portal's own DbContext and domain constructors, one SaveChanges per trust, never over HTTP.
/// <list type="bullet">
/// <item><c>seed grow --provider P --connection C --schools 200</c>: grows the demo DDAT trust (which
/// the portal seeded on its first start) to 200 open schools with <see cref="BenchSchoolHistory"/>, ties
/// the demo headteacher and linked officer to every school, and prints <c>SCHOOL_ID=</c> (the demo
/// school, URN 190001) and <c>OFFICER_ID=</c> for the script.</item>
/// <item><c>seed others --provider P --connection C --trusts 50 --schools 200</c>: adds that many other
/// trusts of that many schools each, with the same history, a headteacher and an officer each.</item>
/// </list>
/// </summary>
public static class BenchSeeder
{
    public const string Command = "seed";
    private const string DemoTrustPrefix = "Derby";
    private const string DemoDomain = "ddat.example";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var what = args.FirstOrDefault();
        var options = Options(args.Skip(1).ToArray());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options["provider"],
            ["Database:ConnectionString"] = options["connection"],
            // The grown schools' SEF and SIP files: the measured pages list versions, never read the bytes.
            ["Storage:Folder"] = options.GetValueOrDefault("storage", Path.Combine(Path.GetTempPath(), "portal-bench-files")),
        }).Build();
        await using var services = new ServiceCollection().AddPortalPersistence(configuration).AddPortalFileStorage(configuration).BuildServiceProvider();
        var schools = int.Parse(options.GetValueOrDefault("schools", "200"), System.Globalization.CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        switch (what)
        {
            case "grow":
                await GrowDemoTrustAsync(services, schools, output);
                break;
            case "others":
                var trusts = int.Parse(options.GetValueOrDefault("trusts", "50"), System.Globalization.CultureInfo.InvariantCulture);
                await AddOtherTrustsAsync(services, trusts, schools);
                break;
            default:
                await Console.Error.WriteLineAsync("usage: seed grow|others --provider Sqlite|Postgres --connection <string> [--schools 200] [--trusts 50]");
                return 2;
        }

        // PostgreSQL's autovacuum analyses a table within about a minute of a bulk change; analyse at once so the
        // pages are measured with the plans production would have, not with the statistics of an empty table.
        if (string.Equals(options["provider"], DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
        }

        await Console.Error.WriteLineAsync($"[bench] seed {what}: {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }

    private static async Task GrowDemoTrustAsync(ServiceProvider services, int schools, TextWriter output)
    {
        Guid trustId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            trustId = await db.Trusts.Where(t => t.Name.StartsWith(DemoTrustPrefix)).Select(t => t.Id).SingleAsync();
        }

        await using var trustScope = services.CreateTrustScope(trustId, "bench seeding");
        var trustDb = trustScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        async Task<Guid> UserAsync(string role)
        {
            var email = DemoSeeder.DemoEmail(role, DemoDomain);
            return await trustDb.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        }

        var head = await UserAsync(TrustRole.Headteacher);
        var officer = await UserAsync(TrustRole.SchoolImprovementOfficer);
        var director = await UserAsync(TrustRole.DirectorOfLearning);
        var policy = (await trustDb.PolicyProfiles.AsNoTracking().SingleAsync()).Content;
        var existing = await trustDb.Schools.Where(s => s.ClosedOn == null).CountAsync();
        var added = Enumerable.Range(existing, Math.Max(0, schools - existing))
            .Select(i => new School(BenchSchoolHistory.Details(180000 + i, $"Growth School {i:000}", i)))
            .ToList();
        trustDb.Schools.AddRange(added);
        trustDb.AddRange(BenchSchoolHistory.For(added, policy, officer, director, DateTimeOffset.UtcNow));
        var tied = await trustDb.SchoolAssignments.Where(a => a.UserId == head || a.UserId == officer).Select(a => new { a.SchoolId, a.UserId }).ToListAsync();
        var all = await trustDb.Schools.Select(s => s.Id).ToListAsync();
        all.AddRange(added.Select(a => a.Id));
        foreach (var school in all)
        {
            if (!tied.Any(t => t.SchoolId == school && t.UserId == head))
            {
                trustDb.SchoolAssignments.Add(SchoolAssignment.Create(head, [TrustRole.Headteacher], school, AssignmentKind.HeadteacherOf));
            }

            if (!tied.Any(t => t.SchoolId == school && t.UserId == officer))
            {
                trustDb.SchoolAssignments.Add(SchoolAssignment.Create(officer, [TrustRole.SchoolImprovementOfficer], school, AssignmentKind.LinkedOfficerFor));
            }
        }

        await trustDb.SaveChangesAsync();

        // Issue 9's pages at scale: three years of headline data and a year of SEF/SIP returns for every grown school, as the demo schools have.
        DemoHeadlineData.AddFor(trustDb, added, DemoHeadlineData.DemoYears, head, director, DateTimeOffset.UtcNow);
        await DemoReturns.AddForAsync(trustDb, trustScope.ServiceProvider.GetRequiredService<IFileStore>(), trustId, added, policy.ReturnRequirements, 1,
            head, officer, director, TimeProvider.System, CancellationToken.None);
        await trustDb.SaveChangesAsync();
        // Issue 10's trust view (/concerns) at scale: every tenth grown school causing concern with a board (a member, a meeting
        // scheduled), made through the domain as the pages would; the Spotlight projects follow.
        var ceo = await UserAsync(TrustRole.Ceo);
        var deputy = await UserAsync(TrustRole.DeputyCeo);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var term = AcademicTerm.Containing(today);
        for (var i = 0; i < added.Count; i++)
        {
            if (i % 10 == 0 && policy.BoardKinds.Count > 0)
            {
                var concern = ConcernCase.Recommend(added[i], [ConcernGround.OverallEffectiveness], "Load harness.", policy.BoardKinds[0], policy.BoardKinds, false, deputy, now);
                concern.Designate(added[i], "Load harness.", ceo, now, today);
                trustDb.ConcernCases.Add(concern);
                var board = Board.Form(added[i].Id, concern.Id, new BoardSettings(policy.BoardKinds[0], term, 3, 2, 1), ceo, now);
                board.AddMember("Load Harness Member", null, MembershipCategory.CentralExecutiveTeam, [], null, today, now);
                trustDb.Boards.Add(board);
                trustDb.BoardMeetings.Add(BoardMeeting.Schedule(board, term.LastDay, [], ceo, now));
            }
        }


        // Issue 10's Spotlight list at scale: an open project with two visits for every grown school the headline data makes a candidate.
        foreach (var school in added.Where(a => DemoHeadlineData.PatternOf(a.Urn) == DemoHeadlineData.Pattern.DropsBelowNational))
        {
            var project = SpotlightProject.Open(school.Id, SpotlightOrigin.Candidate, "Bench Spotlight candidate", officer, null, "Bench member", today.AddDays(-120), today);
            trustDb.SpotlightProjects.Add(project);
            trustDb.SpotlightVisits.AddRange(
                project.RecordVisit(today.AddDays(-90), "Strengths", "Next steps", null, officer, today, DateTimeOffset.UtcNow),
                project.RecordVisit(today.AddDays(-30), "Strengths", "Next steps", "Notes", officer, today, DateTimeOffset.UtcNow));
        }

        // Issue 11's visits pages at scale: a year of visits for every grown school.
        BenchVisitsSeeder.AddFor(trustDb, added, officer, head, now);
        // Issue 11's due list (/due) at scale: the review cycles on record for every grown school.
        BenchCyclesSeeder.AddFor(trustDb, added, policy, officer, ceo, now);

        await trustDb.SaveChangesAsync();
        var spotlight = await trustDb.SpotlightProjects.OrderBy(p => p.OpenedOn).Select(p => p.Id).FirstOrDefaultAsync();
        await output.WriteLineAsync($"SPOTLIGHT_ID={spotlight}");
        var own = await trustDb.Schools.Where(s => s.Urn == 190001).Select(s => s.Id).SingleAsync();
        await output.WriteLineAsync($"SCHOOL_ID={own}");
        await output.WriteLineAsync($"OFFICER_ID={officer}");
    }

    private static async Task AddOtherTrustsAsync(ServiceProvider services, int trusts, int schools)
    {
        var now = DateTimeOffset.UtcNow;
        for (var t = 0; t < trusts; t++)
        {
            var trust = new Trust($"Bench Trust {t:00}", now);
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                db.Trusts.Add(trust);
                await db.SaveChangesAsync();
            }

            await using var trustScope = services.CreateTrustScope(trust.Id, "bench seeding");
            var trustDb = trustScope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var policy = PolicyTemplates.VineSchoolsTrust();
            trustDb.PolicyProfiles.Add(new PolicyProfile(policy));
            var domain = $"bench{t:00}.example";
            PortalUser User(string name) => new()
            {
                UserName = $"{name}@{domain}", NormalizedUserName = $"{name}@{domain}".ToUpperInvariant(),
                Email = $"{name}@{domain}", NormalizedEmail = $"{name}@{domain}".ToUpperInvariant(), EmailConfirmed = true,
                DisplayName = $"Bench {name} {t:00}", TrustId = trust.Id, CreatedAt = now, SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            var head = User("head");
            var officer = User("officer");
            var director = User("director");
            trustDb.Users.AddRange(head, officer, director);
            var rows = Enumerable.Range(0, schools)
                .Select(i => new School(BenchSchoolHistory.Details(400000 + (t * 1000) + i, $"Bench School {t:00}-{i:000}", i)))
                .ToList();
            trustDb.Schools.AddRange(rows);
            trustDb.AddRange(BenchSchoolHistory.For(rows, policy, officer.Id, director.Id, now));
            foreach (var school in rows)
            {
                trustDb.SchoolAssignments.Add(SchoolAssignment.Create(head.Id, [TrustRole.Headteacher], school.Id, AssignmentKind.HeadteacherOf));
                trustDb.SchoolAssignments.Add(SchoolAssignment.Create(officer.Id, [TrustRole.SchoolImprovementOfficer], school.Id, AssignmentKind.LinkedOfficerFor));
            }

            await trustDb.SaveChangesAsync();
        }
    }
}
