using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Bench.Seeding;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features;
using SchoolImprovement.Web.Features.Committee;
using SchoolImprovement.Web.Features.Committee.Building;
using SchoolImprovement.Web.Features.Committee.Pdf;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Bench;

/// <summary>
/// Building and rendering an Education and Standards Committee pack for a trust of
/// <see cref="Schools"/> schools with records in every section (<see cref="BenchCommitteeSeeder"/>; DDAT's policy with
/// day allocations on), over a SQLite file, through the services the portal registers: the builder
/// (<see cref="PackBuildingRegistration.AddCommitteePackBuilding"/>) and the renderer (<see cref="PackPdfRegistration.AddPackPdf"/>).
/// Issue 12's budget: building plus rendering at most 1 s and 200 MB allocated.
/// </summary>
[MemoryDiagnoser]
public class CommitteePackBenchmarks
{
    private ServiceProvider _services = null!;
    private Guid _trust;
    private string _folder = "";
    private PackBuildContext _context = null!;

    [Params(200)]
    public int Schools { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "portal-bench", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = DatabaseProviders.Sqlite,
            ["Database:DataFolder"] = _folder,
            ["Storage:Folder"] = Path.Combine(_folder, "files"),
        }).Build();
        var services = new ServiceCollection()
            .AddPortalPersistence(configuration)
            .AddPortalFileStorage(configuration)
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddHttpContextAccessor()
            .AddPortalAuthorization()
            .AddFeatureHandlers()
            .AddScoped<SchoolAccess>()
            .AddScoped<PermissionsReader>()
            .AddCommitteePackBuilding()
            .AddPackPdf();
        _services = services.BuildServiceProvider();

        var now = DateTimeOffset.UtcNow;
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Database.Migrate();
            var trust = new Trust("Benchmark Diocesan Academy Trust", now.AddYears(-3));
            db.Trusts.Add(trust);
            db.SaveChanges();
            _trust = trust.Id;
        }

        using var trustScope = _services.CreateTrustScope(_trust);
        var trustDb = trustScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var policy = BenchCommitteeSeeder.Policy();
        trustDb.PolicyProfiles.Add(new PolicyProfile(policy));
        var people = BenchCommitteeSeeder.AddPeople(trustDb, _trust, now);
        trustDb.SaveChanges();
        List<School> schools = [.. Enumerable.Range(0, Schools).Select(i => new School(BenchSchoolHistory.Details(380000 + i, $"Bench Committee School {i:000}", i)))];
        trustDb.Schools.AddRange(schools);
        trustDb.SaveChanges();
        foreach (var record in BenchSchoolHistory.For(schools, policy, people.Officer, people.Director, now))
        {
            trustDb.Add(record);
        }

        DemoHeadlineData.SeedTrust(trustDb, schools, people.Headteacher, people.Director, now);
        BenchCyclesSeeder.AddFor(trustDb, schools, policy, people.Officer, people.Ceo, now);
        BenchCommitteeSeeder.AddFor(trustDb, schools, policy, people, now);
        trustDb.SaveChanges();
        DemoReturns.AddForAsync(trustDb, trustScope.ServiceProvider.GetRequiredService<IFileStore>(), _trust, [.. schools.Where((_, i) => i % 3 != 0)],
            policy.ReturnRequirements, 1, people.Headteacher, people.Officer, people.Director, TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
        trustDb.SaveChanges();

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        _context = new PackBuildContext(today.AddDays(10), null, new Dictionary<Guid, string>());
        // The last pack, for the changes: this one's content as if built for the meeting a term before.
        _context = _context with { Previous = BuildAsync().GetAwaiter().GetResult() with { MeetingOn = today.AddMonths(-4) } };
        var pack = BuildAsync().GetAwaiter().GetResult();
        Console.WriteLine($"// Committee pack: {pack.Sections.Count} sections, {pack.Items.Count()} items, {pack.Sections.Sum(s => s.Tables.Sum(t => t.Rows.Count))} table rows, "
            + $"{pack.Sections.Sum(s => s.Charts.Count)} charts, {PackSnapshot.Serialize(pack).Length:N0} characters of JSON.");
    }

    [Benchmark]
    public async Task<int> BuildAndRender()
    {
        await using var scope = _services.CreateTrustScope(_trust);
        var pack = await scope.ServiceProvider.GetRequiredService<ICommitteePackBuilder>().BuildAsync(_context, CancellationToken.None);
        return scope.ServiceProvider.GetRequiredService<IPackPdfRenderer>().Render(pack, new PackEdition("Draft, not for circulation", null, null)).Length;
    }

    private async Task<PackContent> BuildAsync()
    {
        await using var scope = _services.CreateTrustScope(_trust);
        return await scope.ServiceProvider.GetRequiredService<ICommitteePackBuilder>().BuildAsync(_context, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
