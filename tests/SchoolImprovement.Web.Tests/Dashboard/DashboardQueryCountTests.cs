using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Dashboard;

/// <summary>
/// The dashboard sends exactly <see cref="DashboardCommands"/> SQL commands of its own (the scheme,
/// the schools with their confirmed categories, the linked officers, the overdue actions with their
/// count, the proposals awaiting confirmation), unfiltered, filtered, and filtered by officer, besides
/// the per-request session check. QueryCountTests shows the count does not grow with schools; this
/// one pins it, so folding queries back apart fails here. SQLite and PostgreSQL.
/// </summary>
public abstract class DashboardQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int DashboardCommands = 5;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_dashboard_sends_five_commands_of_its_own_whatever_the_filter()
    {
        var officerId = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        foreach (var page in new[] { "/dashboard", "/dashboard?Phase=Primary&LocalAuthority=Derby", $"/dashboard?Officer={officerId}" })
        {
            Portal.Commands.Reset();
            var shown = (await ceo.GetDocumentAsync(page)).Text();
            var own = PageCommands.OwnOf(Portal.Commands.Texts);
            Assert.True(own.Count == DashboardCommands, $"{page} sent {own.Count} commands besides the session check:\n{string.Join("\n---\n", own)}");
            Assert.Contains("open school", shown, StringComparison.Ordinal);
            Assert.Contains("Overdue actions", shown, StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteDashboardQueryCountTests(SqlitePortal fixture) : DashboardQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresDashboardQueryCountTests(PostgresPortal fixture) : DashboardQueryCountTests<PostgresPortal>(fixture);
