using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Web.Tests.ConcernsOverview;
using SchoolImprovement.Web.Tests.Support;
using static SchoolImprovement.Web.Tests.Committee.Building.CommitteePackTestData;

namespace SchoolImprovement.Web.Tests.Committee.Building;

/// <summary>
/// Building a pack sends the same number of SQL commands for 13 and for 200 schools (issue 12 "Building the pack keeps a
/// constant number of SQL queries from 10 to 200 schools"), with records in every section at both sizes (DDAT, with day
/// allocations switched on so that all twelve sections read): every fourth new school designated with a RAB that met and
/// made a recommendation and an urgent decision, every fourth in a Spotlight project, every fourth with a headline figure,
/// every fourth with an allocation, one exit recommended; none with a health check or returns (all exceptions). And the
/// added records really show. SQLite and PostgreSQL.
/// </summary>
public abstract class CommitteePackQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task Building_a_pack_keeps_a_constant_query_count_from_10_to_200_schools()
    {
        Portal.Clock.PinUk(Today.ToDateTime(new TimeOnly(9, 0)));
        var trust = await Portal.TrustIdAsync(Browsing.DdatTrust);
        await Portal.UseDayAllocationsAsync(Browsing.DdatTrust);

        await GrowAsync(trust, 13);
        var (atTen, small) = await CountAsync(trust);
        await GrowAsync(trust, Grown);
        var (atTwoHundred, large) = await CountAsync(trust);

        Assert.Equal(atTen, atTwoHundred);
        Assert.InRange(atTen, 1, 60);
        Assert.Equal(Enum.GetValues<PackSectionKind>(), small.Sections.Select(s => s.Kind));
        Assert.Equal(Enum.GetValues<PackSectionKind>(), large.Sections.Select(s => s.Kind));
        Assert.True(large.Section(PackSectionKind.Recommendations)!.Items.Count >= (Grown - 13) / 4);
        Assert.True(large.Section(PackSectionKind.UrgentDecisions)!.Items.Count >= (Grown - 13) / 4);
        Assert.True(large.Section(PackSectionKind.Spotlight)!.Tables[0].Rows.Count >= (Grown - 13) / 4);
        Assert.True(large.Section(PackSectionKind.Returns)!.Tables[0].Rows.Count >= Grown - 13);
        Assert.True(large.Section(PackSectionKind.HealthChecks)!.Tables[0].Rows.Count >= Grown - 13);
        Assert.True(large.Section(PackSectionKind.Boards)!.Tables.Single(t => t.Caption == "Meeting summaries and key findings").Rows.Count >= (Grown - 13) / 4);
    }

    private async Task<(int Count, PackContent Pack)> CountAsync(Guid trust)
    {
        // Once to warm up (EF's model and compiled queries), then counted.
        await BuildAsync(Portal, trust);
        Portal.Commands.Reset();
        var pack = await BuildAsync(Portal, trust);
        return (Portal.Commands.Count, pack);
    }

    private async Task GrowAsync(Guid trust, int schools)
    {
        var people = await DdatPeopleAsync(Portal);
        await Portal.InTrustAsync(trust, async db =>
        {
            var existing = await db.Schools.CountAsync();
            for (var i = existing; i < schools; i++)
            {
                var school = AddSchool(db, 178000 + i, $"Pack Growth {i:000}");
                switch (i % 4)
                {
                    case 0:
                        await DesignateWithBoardAsync(db, school, people, $"Findings {i}.", $"Recommendation {i}.", $"Urgent decision {i}.");
                        break;
                    case 1:
                        ConcernsOverviewTestData.OpenSpotlight(db, school.Id, people.Officer, new DateOnly(2026, 9, 10), Today);
                        break;
                    case 2:
                        AddKs2Figure(db, school.Id, 50m + (i % 30), 65m, people.Officer);
                        break;
                    default:
                        AddAllocation(db, school.Id, people.Officer);
                        break;
                }

                if (i == existing)
                {
                    await ExitRecommendedAsync(db, AddSchool(db, 179000 + i, $"Pack Exit {i:000}"), people, "Sustained improvement.");
                }
            }

            await db.SaveChangesAsync();
        });
    }
}

public sealed class SqliteCommitteePackQueryCountTests(SqlitePortal fixture) : CommitteePackQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresCommitteePackQueryCountTests(PostgresPortal fixture) : CommitteePackQueryCountTests<PostgresPortal>(fixture);
