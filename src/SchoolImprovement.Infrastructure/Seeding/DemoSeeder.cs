using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// Demo data for an empty database when demo mode is on: two trusts configured from the two seed
/// policies, their fictional schools, one user per role, and a platform administrator.
/// Never runs when demo mode is off.
/// </summary>
public sealed partial class DemoSeeder(IServiceProvider services, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "demo-password-2026";
    public const string PlatformAdministratorEmail = "platform.admin@portal.example";

    private static readonly (string Name, string Domain, Func<PolicyContent> Policy, Func<IReadOnlyList<SchoolDetails>> Schools)[] DemoTrusts =
    [
        ("Derby Diocesan Academy Trust (demo)", "ddat.example", PolicyTemplates.DerbyDiocesanAcademyTrust, DemoSchools.Ddat),
        ("Vine Schools Trust (demo)", "vine.example", PolicyTemplates.VineSchoolsTrust, DemoSchools.Vine),
    ];

    /// <summary>Sign-in name prefix for each role, e.g. <c>ceo@vine.example</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> RoleMailboxes = new Dictionary<string, string>
    {
        [TrustRole.Ceo] = "ceo",
        [TrustRole.DeputyCeo] = "deputy.ceo",
        [TrustRole.DirectorOfLearning] = "director.of.learning",
        [TrustRole.SchoolImprovementOfficer] = "officer",
        [TrustRole.SpecialistLeader] = "sle",
        [TrustRole.Headteacher] = "headteacher",
        [TrustRole.LocalCommitteeMember] = "local.committee",
        [TrustRole.Trustee] = "trustee",
        [TrustRole.GovernanceProfessional] = "governance",
        [TrustRole.TrustAdministrator] = "trust.admin",
    };

    public static string DemoEmail(string role, string domain) => $"{RoleMailboxes[role]}@{domain}";

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            if (await db.Trusts.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
            {
                return;
            }

            var admin = new PortalUser { UserName = PlatformAdministratorEmail, Email = PlatformAdministratorEmail, EmailConfirmed = true, DisplayName = "Platform Administrator", CreatedAt = clock.GetUtcNow() };
            await CreateUserAsync(scope.ServiceProvider, admin, [TrustRole.PlatformAdministrator]);
        }

        foreach (var (name, domain, policy, schools) in DemoTrusts)
        {
            await SeedTrustAsync(name, domain, policy(), schools(), cancellationToken);
        }

        var accounts = DemoTrusts.SelectMany(t => TrustRole.TrustRoles.Select(role => $"{DemoEmail(role, t.Domain)} ({role})")).Prepend(PlatformAdministratorEmail);
        LogDemoReady(logger, Environment.NewLine + string.Join(Environment.NewLine, accounts.Select(a => "  " + a)), DemoPassword);
    }

    private async Task SeedTrustAsync(string name, string domain, PolicyContent policy, IReadOnlyList<SchoolDetails> schools, CancellationToken cancellationToken)
    {
        var trust = new Trust(name, clock.GetUtcNow());
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Trusts.Add(trust);
            await db.SaveChangesAsync(cancellationToken);
        }

        await using var trustScope = services.CreateTrustScope(trust.Id, "demo seeding");
        var trustDb = trustScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        trustDb.PolicyProfiles.Add(new PolicyProfile(policy));
        var schoolRows = schools.Select(s => new School(s)).ToList();
        trustDb.Schools.AddRange(schoolRows);
        await trustDb.SaveChangesAsync(cancellationToken);

        var users = new Dictionary<string, PortalUser>();
        foreach (var role in TrustRole.TrustRoles)
        {
            var email = DemoEmail(role, domain);
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Demo {role}", TrustId = trust.Id, CreatedAt = clock.GetUtcNow() };
            await CreateUserAsync(trustScope.ServiceProvider, user, [role]);
            users[role] = user;
        }

        var first = schoolRows[0];
        SchoolAssignment Assign(string role, Guid school, AssignmentKind kind) => SchoolAssignment.Create(users[role].Id, [role], school, kind);
        trustDb.SchoolAssignments.AddRange(
            Assign(TrustRole.Headteacher, first.Id, AssignmentKind.HeadteacherOf),
            Assign(TrustRole.LocalCommitteeMember, first.Id, AssignmentKind.LocalCommitteeMemberOf),
            Assign(TrustRole.SpecialistLeader, first.Id, AssignmentKind.SpecialistLeaderFor),
            Assign(TrustRole.SpecialistLeader, schoolRows[1].Id, AssignmentKind.SpecialistLeaderFor));
        trustDb.SchoolAssignments.AddRange(schoolRows.Take(5).Select(s => Assign(TrustRole.SchoolImprovementOfficer, s.Id, AssignmentKind.LinkedOfficerFor)));
        trustDb.AddRange(DemoSchoolPositions.For(schoolRows, policy, users[TrustRole.SchoolImprovementOfficer].Id, users[TrustRole.DirectorOfLearning].Id, clock.GetUtcNow()));
        DemoHeadlineData.SeedTrust(trustDb, schoolRows, users[TrustRole.Headteacher].Id, users[TrustRole.DirectorOfLearning].Id, clock.GetUtcNow());
        await DemoReturns.AddForAsync(trustDb, trustScope.ServiceProvider.GetRequiredService<Storage.IFileStore>(), trust.Id, schoolRows, policy.ReturnRequirements, 1, users[TrustRole.Headteacher].Id, users[TrustRole.SchoolImprovementOfficer].Id, users[TrustRole.DirectorOfLearning].Id, clock, cancellationToken);
        DemoSpotlight.AddFor(trustDb, policy, schoolRows, users[TrustRole.SchoolImprovementOfficer].Id, users[TrustRole.LocalCommitteeMember].Id, clock.GetUtcNow());
        DemoAllocations.AddFor(trustDb, policy, schoolRows, users[TrustRole.SchoolImprovementOfficer].Id, users[TrustRole.SpecialistLeader].Id, users[TrustRole.DirectorOfLearning].Id, clock.GetUtcNow());
        DemoVisits.AddFor(trustDb, policy, schoolRows, users[TrustRole.SchoolImprovementOfficer].Id, users[TrustRole.Headteacher].Id, clock.GetUtcNow());
        DemoHealthChecks.AddFor(trustDb, policy, schoolRows, users[TrustRole.SchoolImprovementOfficer].Id, users[TrustRole.Headteacher].Id, clock.GetUtcNow());
        DemoDueDiligence.AddFor(trustDb, policy, users[TrustRole.DirectorOfLearning].Id, clock.GetUtcNow());
        DemoCycles.AddFor(trustDb, policy, schoolRows, users.ToDictionary(u => u.Key, u => u.Value.Id), clock.GetUtcNow());
        DemoCommittee.AddFor(trustDb, policy, name, schoolRows, users[TrustRole.GovernanceProfessional].Id, clock.GetUtcNow());
        if (domain == DemoTrusts[0].Domain)
        {
            DemoInterventions.AddForDdat(trustDb, schoolRows, users.ToDictionary(u => u.Key, u => u.Value.Id), clock);
        }

        await trustDb.SaveChangesAsync(cancellationToken);
    }

    private static async Task CreateUserAsync(IServiceProvider provider, PortalUser user, string[] roles)
    {
        var users = provider.GetRequiredService<UserManager<PortalUser>>();
        // The demo password is known by design (README) and contains "demo", part of every demo
        // name: it is set directly, not chosen by a person, so the password rules do not apply.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, DemoPassword);
        Check(await users.CreateAsync(user));
        Check(await users.AddToRolesAsync(user, roles));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo mode: seeded two demo trusts. Sign-in names:{Accounts}\nDemo password for every account: {Password}")]
    private static partial void LogDemoReady(ILogger logger, string accounts, string password);
}
