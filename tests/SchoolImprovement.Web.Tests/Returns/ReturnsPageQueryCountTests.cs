using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Tests.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Returns;

/// <summary>
/// The returns page sends the same number of SQL commands for 10 and for 200 schools, each with three terms of SEF and SIP
/// versions (reviewed, changes requested, re-uploaded) and a website check, unfiltered and filtered; and the added schools
/// really show (their count in the caption, their states in the counts). SQLite and PostgreSQL.
/// </summary>
public abstract class ReturnsPageQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_returns_page_keeps_a_constant_query_count_from_10_to_200_schools()
    {
        Portal.Clock.PinUk(new DateTime(2031, 5, 20, 9, 0, 0));
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        // The website checks' query and filter count too: the DDAT policy leaves them off, so the administrator switches them on.
        await Portal.UseCapabilityAsync(Browsing.DdatTrust, PolicyCapability.WebsiteChecks);
        var officerId = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        string[] pages =
        [
            "/returns", "/returns?Year=2030&Term=Autumn", "/returns?Year=2030&Term=Spring&State=Reviewed&Page=2",
            $"/returns?Year=2030&Term=Summer&Officer={officerId}&Phase=Primary", "/returns?Website=Due",
        ];

        await GrowAsync(ddat, 10);
        var atTen = await CountAllAsync(ceo, pages);
        await GrowAsync(ddat, Grown);
        var atTwoHundred = await CountAllAsync(ceo, pages);

        Assert.Equal(atTen, atTwoHundred);
        Assert.All(atTen, count => Assert.InRange(count.Value, 1, 10));

        var open = await Portal.InTrustAsync(ddat, db => db.Schools.CountAsync(s => s.ClosedOn == null || s.ClosedOn >= new DateOnly(2030, 9, 1)));
        Assert.True(open >= Grown - 10, $"The trust did not grow: {open} open schools.");
        var autumn = await ceo.GetDocumentAsync("/returns?Year=2030&Term=Autumn");
        Assert.Contains($"{open} schools, Autumn term 2030/31", autumn.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.True(int.Parse(autumn.QuerySelector($"#state-counts [data-state='{ReturnState.Reviewed}']")!.TextContent, CultureInfo.InvariantCulture) >= Grown - 10);
        Assert.Equal(30, autumn.QuerySelectorAll("tbody tr").Length);
    }

    /// <summary>
    /// Grows the trust to <paramref name="schools"/> schools; each new one has, for each term of 2030/31, a SEF reviewed
    /// after changes were requested (two versions) and a SIP awaiting review, and a website check of the year.
    /// </summary>
    private async Task GrowAsync(Guid trust, int schools)
    {
        var head = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        var director = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Ddat));
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, head, "returns query count test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var file = await scope.ServiceProvider.GetRequiredService<FileUploads>().SaveAsync(new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()), "sef.pdf", "application/pdf", CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var existing = await db.Schools.CountAsync();
        for (var i = existing; i < schools; i++)
        {
            var school = new School(new SchoolDetails(170000 + i, $"Returns Growth {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1)));
            db.Schools.Add(school);
            db.SchoolAssignments.Add(SchoolAssignment.Create(officer, [TrustRole.SchoolImprovementOfficer], school.Id, AssignmentKind.LinkedOfficerFor));
            foreach (var term in Enum.GetValues<Term>())
            {
                var first = new ReturnVersion(school.Id, ReturnDocument.Sef, new AcademicYear(2030), term, 1, file.Id, head, now, null);
                first.RecordReview(ReviewOutcome.ChangesRequested, "More data.", officer, now);
                var second = new ReturnVersion(school.Id, ReturnDocument.Sef, new AcademicYear(2030), term, 2, file.Id, head, now, "Added.");
                second.RecordReview(ReviewOutcome.Reviewed, null, officer, now);
                db.ReturnVersions.AddRange(first, second, new ReturnVersion(school.Id, ReturnDocument.Sip, new AcademicYear(2030), term, 1, file.Id, head, now, null));
            }

            var checkedOn = new DateOnly(2030, 11, 1);
            db.WebsiteChecks.Add(WebsiteCheck.Record(school.Id, [], [], ModerationOutcome.Moderated, null, checkedOn, checkedOn, director, now));
        }

        await db.SaveChangesAsync();
    }

    private async Task<Dictionary<string, int>> CountAllAsync(HttpClient client, string[] pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            Portal.Commands.Reset();
            using var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
            counts[page] = Portal.Commands.Count;
        }

        return counts;
    }
}

public sealed class SqliteReturnsPageQueryCountTests(SqlitePortal fixture) : ReturnsPageQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresReturnsPageQueryCountTests(PostgresPortal fixture) : ReturnsPageQueryCountTests<PostgresPortal>(fixture);
