using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features.Audit;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Audit;

/// <summary>
/// The trust administrator's security events page (/audit/security): their trust's events only
/// (the rows are not trust-owned, so the read filters by trust itself), newest first, filtered by
/// kind, outcome and UK days, paged, with names from one query. And a platform administrator's
/// changes carry who acted (ASVS 5.0 V16.2.1). Runs on SQLite and PostgreSQL.
/// </summary>
public abstract class SecurityEventAuditViewTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    public sealed record Row(string When, string Who, string What, string Outcome, string Address, string Correlation);

    private static async Task<List<Row>> RowsAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        return [.. page.QuerySelectorAll("table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Select(td => new Row(td[0], td[1], td[2], td[3], td[4], td[5]))];
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..10];

    private async Task AddAsync(params SecurityEvent[] events) =>
        await Portal.WithoutTrustAsync(async db =>
        {
            db.SecurityEvents.AddRange(events);
            return await db.SaveChangesAsync();
        });

    private static SecurityEvent Event(DateTimeOffset at, Guid? trust, Guid? user, string kind, string outcome, string correlation, Guid? actor = null) =>
        new(at, trust, user, actor, kind, outcome, "203.0.113.9", correlation, "a detail");

    [SkippableFact]
    public async Task A_trust_administrator_sees_their_trusts_events_with_names_and_never_another_trusts()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var vine = await Portal.TrustIdAsync(Browsing.VineTrust);
        var ddatHead = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var vineHead = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Vine));
        var headName = await Portal.WithoutTrustAsync(db => db.Users.Where(u => u.Id == ddatHead).Select(u => u.DisplayName).SingleAsync());
        var tag = Tag();
        var now = DateTimeOffset.UtcNow;
        await AddAsync(
            Event(now.AddMinutes(-2), ddat, ddatHead, "PasswordSignIn", "Failed", "ddat-old-" + tag),
            Event(now.AddMinutes(-1), ddat, ddatHead, "LockedOut", "Refused", "ddat-new-" + tag),
            Event(now.AddMinutes(-1), vine, vineHead, "PasswordSignIn", "Failed", "vine-" + tag),
            Event(now.AddMinutes(-1), null, null, "PasswordSignIn", "Failed", "nobody-" + tag));

        using var ddatAdmin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var rows = await RowsAsync(ddatAdmin, "/audit/security");
        var correlations = rows.Select(r => r.Correlation).ToList();
        Assert.Contains("ddat-new-" + tag, correlations);
        Assert.True(correlations.IndexOf("ddat-new-" + tag) < correlations.IndexOf("ddat-old-" + tag), "newest first");
        Assert.DoesNotContain("vine-" + tag, correlations);
        Assert.DoesNotContain("nobody-" + tag, correlations);
        var locked = rows.Single(r => r.Correlation == "ddat-new-" + tag);
        Assert.StartsWith(headName, locked.Who, StringComparison.Ordinal);
        Assert.StartsWith("Locked out", locked.What, StringComparison.Ordinal);
        Assert.Equal(("Refused", "203.0.113.9"), (locked.Outcome, locked.Address));
        // The administrator's own sign-in is there too, as a real request wrote it.
        Assert.Contains(rows, r => r.What.StartsWith("Password sign in", StringComparison.Ordinal) && r.Outcome == "Succeeded");

        using var vineAdmin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Vine);
        var vineRows = (await RowsAsync(vineAdmin, "/audit/security")).Select(r => r.Correlation).ToList();
        Assert.Contains("vine-" + tag, vineRows);
        Assert.DoesNotContain("ddat-new-" + tag, vineRows);
        Assert.DoesNotContain("ddat-old-" + tag, vineRows);
    }

    [SkippableFact]
    public async Task Filters_by_kind_outcome_and_uk_days_and_shows_uk_time()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        var tag = Tag();
        // 1 July 2026 00:30 in the UK (BST) is 30 June 23:30 UTC; 30 June 23:59 BST is 22:59 UTC.
        var firstOfJuly = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
        var lastOfJune = new DateTimeOffset(2026, 6, 30, 22, 59, 0, TimeSpan.Zero);
        await AddAsync(
            Event(firstOfJuly, ddat, officer, "PasswordChanged", "Succeeded", "in-" + tag),
            Event(firstOfJuly, ddat, officer, "PasswordChanged", "Failed", "failed-" + tag),
            Event(firstOfJuly, ddat, officer, "SignedOut", "Succeeded", "other-kind-" + tag),
            Event(lastOfJune, ddat, officer, "PasswordChanged", "Succeeded", "june-" + tag));

        using var admin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var rows = await RowsAsync(admin, "/audit/security?Kind=PasswordChanged&Outcome=Succeeded&From=2026-07-01&To=2026-07-01");

        var row = Assert.Single(rows);
        Assert.Equal("in-" + tag, row.Correlation);
        Assert.Equal("01/07/2026 00:30", row.When);
        var june = Assert.Single(await RowsAsync(admin, "/audit/security?Kind=PasswordChanged&Outcome=Succeeded&From=2026-06-30&To=2026-06-30"));
        Assert.Equal(("june-" + tag, "30/06/2026 23:59"), (june.Correlation, june.When));
    }

    [SkippableFact]
    public async Task Pages_of_fifty_newest_first_with_names_read_in_one_query_whatever_the_rows()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var people = await Portal.WithoutTrustAsync(db => db.Users.Where(u => u.TrustId == ddat).Select(u => u.Id).Take(6).ToListAsync());
        var start = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
        var tag = Tag();
        await AddAsync([.. Enumerable.Range(0, SecurityEventsPage.PageSize + 1).Select(i =>
            Event(start.AddMinutes(i), ddat, people[i % people.Count], "RecoveryCodesRenewed", "Succeeded", $"page-{tag}-{i:00}", actor: people[(i + 1) % people.Count]))]);
        await AddAsync(Event(new DateTimeOffset(2025, 2, 3, 9, 0, 0, TimeSpan.Zero), ddat, people[0], "AccountReactivated", "Succeeded", "one-" + tag));
        using var admin = await Portal.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        await RowsAsync(admin, "/audit/security?Kind=AccountReactivated");

        Portal.Commands.Reset();
        var one = await RowsAsync(admin, "/audit/security?Kind=AccountReactivated&From=2025-02-03&To=2025-02-03");
        var commandsForOne = Portal.Commands.Count;
        Portal.Commands.Reset();
        var first = await RowsAsync(admin, "/audit/security?Kind=RecoveryCodesRenewed&From=2025-01-06&To=2025-01-06");
        var commandsForFifty = Portal.Commands.Count;

        Assert.Single(one);
        Assert.Equal(SecurityEventsPage.PageSize, first.Count);
        Assert.Equal($"page-{tag}-50", first[0].Correlation);
        Assert.Equal(commandsForOne, commandsForFifty);
        Assert.All(first, r => Assert.Contains(" by ", r.Who, StringComparison.Ordinal));
        var second = await RowsAsync(admin, "/audit/security?Kind=RecoveryCodesRenewed&From=2025-01-06&To=2025-01-06&Page=2");
        Assert.Equal($"page-{tag}-00", Assert.Single(second).Correlation);
    }

    [SkippableFact]
    public async Task A_headteacher_is_refused_the_security_events_page()
    {
        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var response = await head.GetAsync("/audit/security");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Security events", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_trust_created_by_a_platform_administrator_records_who_acted_in_its_audit_trail()
    {
        var platformAdmin = await Portal.UserIdAsync(DemoSeeder.PlatformAdministratorEmail);
        var name = "Actor Check Trust " + Tag();
        using var platform = await Portal.SignedInAsync(DemoSeeder.PlatformAdministratorEmail);
        using var created = await platform.PostFormAsync("/platform/trusts/new",
        [
            new("TrustName", name), new("PolicyTemplate", PolicyTemplates.Ddat), new("AdministratorName", "Ada Admin"),
            new("AdministratorEmail", $"ada.{Tag()}@actor.example"), new("AdministratorPassword", "a good long first password"),
        ], "/platform/trusts/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var trust = await Portal.TrustIdAsync(name);
        var entries = await Portal.InTrustAsync(trust, db => db.AuditEntries.ToListAsync());
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.Equal(platformAdmin, e.UserId);
            Assert.StartsWith(DemoSeeder.PlatformAdministratorEmail, e.Actor, StringComparison.Ordinal);
        });
    }
}

public sealed class SecurityEventAuditViewSqliteTests(SqlitePortal fixture) : SecurityEventAuditViewTests<SqlitePortal>(fixture);

public sealed class SecurityEventAuditViewPostgresTests(PostgresPortal fixture) : SecurityEventAuditViewTests<PostgresPortal>(fixture);
