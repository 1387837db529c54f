using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DueDiligence;

/// <summary>
/// The due diligence list, an assessment's page, its report and export, and a joined school's integration plan send the same
/// number of SQL commands of their own with the demo's one assessment and with 200 (half of them completed, each making a
/// school with an integration meeting and an action); the added assessments really show. SQLite and PostgreSQL.
/// </summary>
public abstract class DueDiligenceQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_due_diligence_pages_keep_a_constant_query_count_from_one_to_200_assessments()
    {
        var vine = await Portal.TrustIdAsync(Browsing.VineTrust);
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        var demo = await Portal.InTrustAsync(vine, db => db.DueDiligenceAssessments.Where(a => a.Urn == DemoDueDiligence.JoiningUrn).Select(a => a.Id).SingleAsync());
        var (joinedAssessment, joinedSchool) = await GrowAsync(vine, 1);
        string[] pages = ["/due-diligence", $"/due-diligence/{demo}", $"/due-diligence/{demo}/report", $"/due-diligence/{demo}/export", $"/due-diligence/{demo}/complete",
            $"/due-diligence/{joinedAssessment}/report", $"/schools/{joinedSchool}/integration-plan"];
        var before = await CountAllAsync(ceo, pages);
        await GrowAsync(vine, Grown);
        var after = await CountAllAsync(ceo, pages);

        Assert.Equal(before, after);
        Assert.All(before, count => Assert.InRange(count.Value, 1, 8));
        var list = await ceo.GetDocumentAsync("/due-diligence");
        Assert.Equal(Grown + 2, list.QuerySelectorAll("#assessments tbody tr").Length);
    }

    /// <summary>Adds <paramref name="count"/> assessments, every other one completed with its school, an integration meeting and an action; returns the last completed one.</summary>
    private async Task<(Guid Assessment, Guid School)> GrowAsync(Guid trust, int count)
    {
        var ceo = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Vine));
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, ceo, "due diligence query count test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var on = new DateOnly(2026, 1, 5);
        var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
        var start = await db.DueDiligenceAssessments.CountAsync();
        (Guid, Guid) last = default;
        for (var i = 0; i < count; i++)
        {
            var urn = 260000 + start + i;
            var details = new DueDiligenceDetails($"Growth {urn}", urn, "Head", "Chair", "At the school", "CEO");
            var assessment = DueDiligenceAssessment.Start(details, ceo, now);
            assessment.Record(details, new DueDiligenceNarrative("E", "O", "I", "F"), [.. DueDiligenceAreas.All.Select(a => new DueDiligenceRating(a, Rag.Amber, "C"))]);
            db.DueDiligenceAssessments.Add(assessment);
            if (i % 2 == 0)
            {
                var school = assessment.Complete(new SchoolDetails(urn, "x", "Primary", "Academy converter", "Essex", null, null, null, default), scheme[0].Name, scheme, ceo, on, on);
                db.Schools.Add(school);
                var meeting = IntegrationMeeting.Record(assessment, on, [IntegrationAttendee.Headteacher, IntegrationAttendee.DirectorOfLearning], "Notes", ceo, on, now);
                db.IntegrationMeetings.Add(meeting);
                db.Actions.Add(ImprovementAction.Create(school.Id, "Growth action", ActionSource.IntegrationPlan, meeting.Id, "Headteacher", null, on.AddMonths(2), on, now));
                last = (assessment.Id, school.Id);
            }
        }

        await db.SaveChangesAsync();
        return last;
    }

    private async Task<Dictionary<string, int>> CountAllAsync(HttpClient client, string[] pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            Portal.Commands.Reset();
            using var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
            counts[page] = PageCommands.OwnOf(Portal.Commands.Texts).Count;
        }

        return counts;
    }
}

public sealed class DueDiligenceQueryCountSqliteTests(SqlitePortal fixture) : DueDiligenceQueryCountTests<SqlitePortal>(fixture);

public sealed class DueDiligenceQueryCountPostgresTests(PostgresPortal fixture) : DueDiligenceQueryCountTests<PostgresPortal>(fixture);
