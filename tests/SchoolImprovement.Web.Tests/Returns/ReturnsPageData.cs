using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Returns;

/// <summary>Schools, versions and website checks made straight in the database for the returns page's tests.</summary>
public static class ReturnsPageData
{
    /// <summary>A new open school of the trust with nothing returned (so demo data never changes what a test expects).</summary>
    public static async Task<Guid> AddSchoolAsync(this PortalFactory factory, string trust, int urn, string name, string phase, Guid? linkedOfficer = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return await factory.InTrustAsync(await factory.TrustIdAsync(trust), async db =>
        {
            var school = new School(new SchoolDetails(urn, name, phase, "Academy converter", "Derbyshire", null, null, 200, new DateOnly(2024, 9, 1)));
            db.Schools.Add(school);
            if (linkedOfficer is { } officer)
            {
                db.SchoolAssignments.Add(SchoolAssignment.Create(officer, [TrustRole.SchoolImprovementOfficer], school.Id, AssignmentKind.LinkedOfficerFor));
            }

            await db.SaveChangesAsync();
            return school.Id;
        });
    }

    /// <summary>Uploads the next version of a school's document for the term as the trust's demo headteacher (a stored file and its version).</summary>
    public static async Task<Guid> AddVersionAsync(this PortalFactory factory, string trust, string domain, Guid school, ReturnDocument document, int year, Term term, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var trustId = await factory.TrustIdAsync(trust);
        var head = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, domain));
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trustId, head, "returns page test");
        var file = await scope.ServiceProvider.GetRequiredService<FileUploads>().SaveAsync(new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()), "sef.pdf", "application/pdf", CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var number = 1 + await db.ReturnVersions.Where(v => v.SchoolId == school && v.Document == document && v.Year == year && v.Term == term).Select(v => (int?)v.Number).MaxAsync() ?? 1;
        var version = new ReturnVersion(school, document, new AcademicYear(year), term, number, file.Id, head, at, null);
        db.ReturnVersions.Add(version);
        await db.SaveChangesAsync();
        return version.Id;
    }

    /// <summary>The demo officer's review of a version.</summary>
    public static async Task ReviewAsync(this PortalFactory factory, string trust, string domain, Guid version, ReviewOutcome outcome, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, domain));
        await factory.InTrustAsync(await factory.TrustIdAsync(trust), async db =>
        {
            var found = await db.ReturnVersions.SingleAsync(v => v.Id == version);
            found.RecordReview(outcome, outcome == ReviewOutcome.ChangesRequested ? "Add the Year 6 data." : null, officer, at);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A website check of the school by the trust's demo Director of Learning.</summary>
    public static async Task CheckWebsiteAsync(this PortalFactory factory, string trust, string domain, Guid school, ModerationOutcome outcome, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var director = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, domain));
        await factory.InTrustAsync(await factory.TrustIdAsync(trust), async db =>
        {
            db.WebsiteChecks.Add(WebsiteCheck.Record(school, [], [], outcome, outcome == ModerationOutcome.ChangesNeeded ? "Publish the accounts." : null, on, on, director, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
    }
}
