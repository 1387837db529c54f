using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Features.Actions;
using SchoolImprovement.Web.Features.Dashboard;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Bench;

/// <summary>
/// The pages that grow with a trust: the dashboard and the trust's action list, over a SQLite
/// file holding one trust of <see cref="Schools"/> schools, each with a confirmed category, its
/// action plan and a proposal awaiting confirmation. Speed is measured here, never asserted in tests.
/// </summary>
[MemoryDiagnoser]
public class TrustPageBenchmarks
{
    private ServiceProvider _services = null!;
    private Guid _trust;
    private string _folder = "";

    [Params(10, 200)]
    public int Schools { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "portal-bench", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = DatabaseProviders.Sqlite,
            ["Database:DataFolder"] = _folder,
        }).Build();
        _services = new ServiceCollection().AddPortalPersistence(configuration).BuildServiceProvider();
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Database.Migrate();
            var trust = new Trust("Benchmark Trust", DateTimeOffset.UtcNow);
            db.Trusts.Add(trust);
            db.SaveChanges();
            _trust = trust.Id;
        }

        using var trustScope = _services.CreateTrustScope(_trust);
        var trustDb = trustScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var policy = PolicyTemplates.VineSchoolsTrust();
        trustDb.PolicyProfiles.Add(new PolicyProfile(policy));
        for (var i = 0; i < Schools; i++)
        {
            var school = new School(new SchoolDetails(300000 + i, $"Bench School {i:000}", i % 3 == 0 ? "Secondary" : "Primary", "Academy converter", "Essex", null, null, 200, new DateOnly(2020, 9, 1)));
            trustDb.Schools.Add(school);
            var category = policy.Categories[i % policy.Categories.Count];
            List<EvidenceJudgement> evidence = [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category.Name, "n"))];
            var confirmed = SchoolCategorisation.Propose(school.Id, category.Name, "bench", evidence, policy.Categories, Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-100));
            confirmed.Confirm(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-100));
            trustDb.Categorisations.Add(confirmed);
            trustDb.Actions.AddRange(ActionPlan.FromStandardResponses(confirmed, category, new DateOnly(2025, 1, 1), DateTimeOffset.UtcNow));
            trustDb.Categorisations.Add(SchoolCategorisation.Propose(school.Id, category.Name, "next", evidence, policy.Categories, Guid.NewGuid(), DateTimeOffset.UtcNow));
        }

        trustDb.SaveChanges();
    }

    [Benchmark]
    public async Task<int> Dashboard()
    {
        await using var scope = _services.CreateTrustScope(_trust);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var page = await new DashboardHandler(db, TimeProvider.System).HandleAsync(new DashboardQuery(null, null, null), Permissions.None, CancellationToken.None);
        return page.OverdueCount;
    }

    [Benchmark]
    public async Task<int> OpenActions()
    {
        await using var scope = _services.CreateTrustScope(_trust);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var page = await Queries(db).ListAsync(new ActionListQuery(null, null, null, null, null, null, null), CancellationToken.None);
        return page.Total;
    }

    private static ActionQueries Queries(PortalDbContext db) => new(db, new SchoolAccess(db), TimeProvider.System);

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
