using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Audit;

/// <summary>
/// Each sign-in step is stored as one security event with the user id (never the typed email),
/// the outcome, the client address and the correlation id the response carried (ASVS 5.0 V16.3.1,
/// V16.2.1); a lockout starting is one too (V16.3.2). Lockout after three failures
/// (<see cref="SecurityEventPortalFactory"/>); each test uses its own account and address.
/// </summary>
public abstract class SecurityEventRecordingTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    private static Dictionary<string, string> SignIn(string email, string password) => new() { ["Email"] = email, ["Password"] = password };

    private async Task<List<SecurityEvent>> EventsOfAsync(HttpResponseMessage response)
    {
        var correlation = Assert.Single(response.Headers.GetValues(CorrelationIdMiddleware.Header));
        return await Portal.WithoutTrustAsync(db => db.SecurityEvents.Where(e => e.CorrelationId == correlation).OrderBy(e => e.At).ToListAsync());
    }

    private static void AssertNoEmail(SecurityEvent row)
    {
        foreach (var text in new[] { row.Kind, row.Outcome, row.ClientAddress, row.CorrelationId, row.Detail })
        {
            Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task A_failed_password_sign_in_writes_one_failed_event_with_the_user_id_address_and_correlation_id_and_no_email()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var userId = await Portal.UserIdAsync(email);
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        using var client = Portal.CreateClientFrom("198.51.100.11");

        using var response = await client.PostFormAsync("/account/sign-in", SignIn(email, "not the right password"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await EventsOfAsync(response));
        Assert.Equal(nameof(SecurityEventKind.PasswordSignIn), row.Kind);
        Assert.Equal(nameof(SecurityOutcome.Failed), row.Outcome);
        Assert.Equal(userId, row.UserId);
        Assert.Equal(ddat, row.TrustId);
        Assert.Null(row.ActorId);
        Assert.Equal("198.51.100.11", row.ClientAddress);
        Assert.Equal("wrong password", row.Detail);
        AssertNoEmail(row);
    }

    [SkippableFact]
    public async Task Opening_another_trusts_school_is_answered_404_and_recorded_as_refused_access_for_the_persons_own_trust()
    {
        var vineSchool = await Portal.SchoolIdAsync(Browsing.VineTrust, 290001);
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var client = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        using var response = await client.GetAsync(new Uri($"/schools/{vineSchool}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var row = Assert.Single(await EventsOfAsync(response));
        Assert.Equal(nameof(SecurityEventKind.AccessRefused), row.Kind);
        Assert.Equal(nameof(SecurityOutcome.Refused), row.Outcome);
        Assert.Equal(officer, row.UserId);
        Assert.Equal(ddat, row.TrustId);
        Assert.Equal("404 not in this trust", row.Detail);
    }

    [SkippableFact]
    public async Task A_headteacher_opening_a_school_they_are_not_tied_to_is_answered_403_and_recorded_as_refused_access()
    {
        var otherSchool = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190010);
        var head = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var client = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var response = await client.GetAsync(new Uri($"/schools/{otherSchool}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var row = Assert.Single(await EventsOfAsync(response));
        Assert.Equal(nameof(SecurityEventKind.AccessRefused), row.Kind);
        Assert.Equal(head, row.UserId);
        Assert.Equal("403 forbidden", row.Detail);
    }

    [SkippableFact]
    public async Task A_successful_password_sign_in_writes_one_succeeded_event_with_the_user_id_address_and_correlation_id()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.Trustee, Browsing.Vine);
        var userId = await Portal.UserIdAsync(email);
        var vine = await Portal.TrustIdAsync(Browsing.VineTrust);
        using var client = Portal.CreateClientFrom("198.51.100.12");

        using var response = await client.PostFormAsync("/account/sign-in", SignIn(email, DemoSeeder.DemoPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = Assert.Single(await EventsOfAsync(response));
        Assert.Equal(nameof(SecurityEventKind.PasswordSignIn), row.Kind);
        Assert.Equal(nameof(SecurityOutcome.Succeeded), row.Outcome);
        Assert.Equal(userId, row.UserId);
        Assert.Equal(vine, row.TrustId);
        Assert.Equal("198.51.100.12", row.ClientAddress);
        AssertNoEmail(row);
    }

    [SkippableFact]
    public async Task A_sign_in_with_an_unknown_address_writes_a_failed_event_with_no_user_and_no_trust()
    {
        using var client = Portal.CreateClientFrom("198.51.100.13");

        using var response = await client.PostFormAsync("/account/sign-in", SignIn("someone.unknown@nowhere.example", "whatever they typed"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await EventsOfAsync(response));
        Assert.Equal(nameof(SecurityOutcome.Failed), row.Outcome);
        Assert.Null(row.UserId);
        Assert.Null(row.TrustId);
        Assert.Equal("unknown account", row.Detail);
        AssertNoEmail(row);
        Assert.False(await Portal.WithoutTrustAsync(db => db.SecurityEvents.AnyAsync(e => e.Detail.Contains("nowhere.example"))));
    }

    [SkippableFact]
    public async Task The_failure_that_locks_an_account_from_an_address_writes_a_locked_out_event_and_the_next_attempt_is_refused()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, Browsing.Ddat);
        var userId = await Portal.UserIdAsync(email);
        using var client = Portal.CreateClientFrom("198.51.100.14");
        for (var i = 1; i < SecurityEventPortalFactory.Failures; i++)
        {
            using var wrong = await client.PostFormAsync("/account/sign-in", SignIn(email, "wrong password " + i));
            Assert.DoesNotContain(await EventsOfAsync(wrong), e => e.Kind == nameof(SecurityEventKind.LockedOut));
        }

        using var last = await client.PostFormAsync("/account/sign-in", SignIn(email, "the last wrong password"));
        var rows = await EventsOfAsync(last);
        Assert.Equal([nameof(SecurityEventKind.LockedOut), nameof(SecurityEventKind.PasswordSignIn)], rows.Select(e => e.Kind).Order(StringComparer.Ordinal));
        var locked = rows.Single(e => e.Kind == nameof(SecurityEventKind.LockedOut));
        Assert.Equal(userId, locked.UserId);
        Assert.Equal(nameof(SecurityOutcome.Refused), locked.Outcome);
        Assert.Equal("198.51.100.14", locked.ClientAddress);
        Assert.StartsWith("lockout 1 from this address", locked.Detail, StringComparison.Ordinal);

        using var refused = await client.PostFormAsync("/account/sign-in", SignIn(email, DemoSeeder.DemoPassword));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusal = Assert.Single(await EventsOfAsync(refused));
        Assert.Equal((nameof(SecurityEventKind.PasswordSignIn), nameof(SecurityOutcome.Refused), userId), (refusal.Kind, refusal.Outcome, refusal.UserId));
    }

    [SkippableFact]
    public async Task An_event_recorded_by_a_signed_in_person_about_someone_else_keeps_both_and_the_subjects_trust()
    {
        var admin = DemoSeeder.DemoEmail(TrustRole.TrustAdministrator, Browsing.Ddat);
        var adminId = await Portal.UserIdAsync(admin);
        var subject = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var events = new List<SecurityEvent>();

        await Portal.AsSignedInRequestAsync(adminId, ddat, admin, async services =>
        {
            await services.GetRequiredService<SecurityEvents>().RecordAsync(SecurityEventKind.AuthenticatorReset, SecurityOutcome.Succeeded, subject, "reset by an administrator");
            await services.GetRequiredService<SecurityEvents>().RecordAsync(SecurityEventKind.PasswordChanged, SecurityOutcome.Succeeded, adminId, "own password");
        });

        events.AddRange(await Portal.WithoutTrustAsync(db => db.SecurityEvents.Where(e => e.ActorId == adminId).ToListAsync()));
        var reset = Assert.Single(events, e => e.Kind == nameof(SecurityEventKind.AuthenticatorReset));
        Assert.Equal((subject, adminId, ddat), (reset.UserId, reset.ActorId, reset.TrustId));
        var own = Assert.Single(events, e => e.Kind == nameof(SecurityEventKind.PasswordChanged));
        Assert.Equal((adminId, adminId, ddat), (own.UserId, own.ActorId, own.TrustId));
    }

    [SkippableFact]
    public async Task An_event_recorded_inside_a_failed_commands_transaction_is_kept()
    {
        var subject = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        var vine = await Portal.TrustIdAsync(Browsing.VineTrust);

        await Portal.AsSignedInRequestAsync(subject, vine, "officer", async services =>
        {
            var db = services.GetRequiredService<SchoolImprovement.Infrastructure.Persistence.PortalDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Users.Where(u => u.Id == subject).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "Rolled back"));
            await services.GetRequiredService<SecurityEvents>().RecordAsync(SecurityEventKind.PasswordChanged, SecurityOutcome.Refused, subject, "refused inside a transaction");
            await transaction.RollbackAsync();
        });

        var row = await Portal.WithoutTrustAsync(db => db.SecurityEvents.SingleAsync(e => e.Detail == "refused inside a transaction"));
        Assert.Equal((subject, vine), (row.UserId, row.TrustId));
        Assert.NotEqual("Rolled back", await Portal.WithoutTrustAsync(db => db.Users.Where(u => u.Id == subject).Select(u => u.DisplayName).SingleAsync()));
    }
}

public sealed class SecurityEventRecordingSqliteTests(SecurityEventSqlitePortal fixture) : SecurityEventRecordingTests<SecurityEventSqlitePortal>(fixture);

/// <summary>The same recordings on PostgreSQL (the INSERT with its sub-select runs on both providers).</summary>
public sealed class SecurityEventRecordingPostgresTests(SecurityEventPostgresPortal fixture) : SecurityEventRecordingTests<SecurityEventPostgresPortal>(fixture);
