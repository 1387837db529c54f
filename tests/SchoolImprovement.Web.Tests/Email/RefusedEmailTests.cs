using System.Net;
using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Moq;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Features.Users;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Email;

/// <summary>
/// The mail server (the one true external, Moq'd at <see cref="IMailTransport"/>) refuses an invitation
/// or a reset email for good: the trust administrator is told on the person's page and can resend the
/// invitation (a new link; the old one stops working), nothing is half made, and a transient failure is
/// retried instead of reported.
/// </summary>
public sealed partial class RefusedEmailTests
{
    private const string Password = "amber-kestrel-lantern-42";

    /// <summary>The portal with the mail server replaced; retries at once.</summary>
    private sealed class MailServerPortal(IMailTransport transport) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:RetryDelaySeconds:0", "0");
            builder.UseSetting("Email:RetryDelaySeconds:1", "0");
            builder.ConfigureTestServices(services => services.AddSingleton(transport));
        }

        public async Task IdleAsync() => Assert.True(await Services.GetRequiredService<EmailOutbox>().WhenIdleAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>What the server answers to RCPT TO for an address it does not know: 550 5.1.1.</summary>
    private static SmtpCommandException UserUnknown(string address) =>
        new(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, MailboxAddress.Parse(address), "5.1.1 User unknown");

    /// <summary>A server that takes every message (kept in <paramref name="delivered"/>) except the first <paramref name="refusals"/> to <paramref name="refused"/>, which it refuses with <paramref name="refusal"/>.</summary>
    private static Mock<IMailTransport> Server(List<OutgoingEmail> delivered, List<OutgoingEmail> attempted, string refused, int refusals, Func<Exception> refusal)
    {
        var left = refusals;
        var server = new Mock<IMailTransport>();
        server.Setup(s => s.DeliverAsync(It.IsAny<OutgoingEmail>(), It.IsAny<CancellationToken>()))
            .Returns((OutgoingEmail message, CancellationToken _) =>
            {
                lock (delivered)
                {
                    attempted.Add(message);
                    if (message.To == refused && left > 0)
                    {
                        left--;
                        return Task.FromException(refusal());
                    }

                    delivered.Add(message);
                    return Task.CompletedTask;
                }
            });
        return server;
    }

    private static string Link(OutgoingEmail message) => LinkPattern().Match(message.Body).Value is { Length: > 0 } link ? link : throw new InvalidOperationException("no link in " + message.Subject);

    private static string PathOf(string link) => new Uri(link).PathAndQuery;

    [Fact]
    public async Task A_refused_invitation_is_shown_on_the_persons_page_and_a_resend_sends_a_new_link_and_the_old_one_is_refused()
    {
        const string email = "nia.refused@ddat.example";
        List<OutgoingEmail> delivered = [], attempted = [];
        var server = Server(delivered, attempted, email, refusals: 1, () => UserUnknown(email));
        using var factory = new MailServerPortal(server.Object);
        factory.Clock.PinUk(new DateTime(2026, 11, 26, 14, 3, 0));
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var created = await admin.PostFormAsync("/users/new", [new("DisplayName", "Nia Refused"), new("Email", email), new("Roles", TrustRole.Headteacher)], "/users/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await factory.IdleAsync();
        var page = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(page["/users/".Length..]);

        // Refused for good: tried once, not retried, nothing delivered; the account is whole (roles made with it).
        var first = Assert.Single(attempted, m => m.To == email);
        Assert.Equal(new EmailAbout(AccountEmailKind.Invitation, id), first.About);
        Assert.DoesNotContain(delivered, m => m.To == email);
        Assert.Equal(1, await factory.WithoutTrustAsync(db => db.Users.CountAsync(u => u.Email == email)));
        Assert.Equal([TrustRole.Headteacher], await factory.WithoutTrustAsync(db =>
            db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync()));
        var recorded = await factory.WithoutTrustAsync(db => db.SecurityEvents.SingleAsync(e => e.UserId == id && e.Kind == nameof(SecurityEventKind.InvitationEmailNotDelivered)));
        Assert.Equal((nameof(SecurityOutcome.Refused), "550 5.1.1 User unknown"), (recorded.Outcome, recorded.Detail));

        var shown = await admin.GetDocumentAsync(page);
        Assert.Equal("Invitation email refused by the mail server on 26/11/2026 14:03: 550 5.1.1 User unknown",
            shown.QuerySelector("#invitation-problem p")!.TextContent.Trim());
        Assert.Equal("Invitation email not delivered", shown.QuerySelector("#account-status")!.TextContent.Trim());
        Assert.NotNull(shown.QuerySelector("#resend-invitation button"));
        var list = await admin.GetDocumentAsync("/users");
        Assert.Contains(list.QuerySelectorAll("tbody tr"), row => row.TextContent.Contains("Nia Refused", StringComparison.Ordinal)
            && row.TextContent.Contains("Invitation email not delivered", StringComparison.Ordinal));

        // The administrator resends a minute later: a new message with a new link, and the page no longer shows the refusal.
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        using var resent = await admin.PostFormAsync($"{page}/resend-invitation", [], page);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        await factory.IdleAsync();
        var second = Assert.Single(delivered, m => m.To == email);
        Assert.Equal(AccountEmails.InvitationSubject, second.Subject);
        Assert.NotEqual(Link(first), Link(second));
        var after = await admin.GetDocumentAsync(page);
        Assert.Null(after.QuerySelector("#invitation-problem"));
        Assert.Equal("Invited, not yet accepted", after.QuerySelector("#account-status")!.TextContent.Trim());
        Assert.Equal(1, await factory.WithoutTrustAsync(db => db.Users.CountAsync(u => u.Email == email)));

        // The refused link no longer works; the new one does.
        using var person = factory.CreateClient();
        var old = await person.GetDocumentAsync(PathOf(Link(first)));
        Assert.Equal("This invitation link has expired", old.QuerySelector("h1")!.TextContent.Trim());
        var acceptFields = (await person.FieldsAsync(PathOf(Link(second)), "/account/invitation")).With("Password", Password).With("ConfirmPassword", Password);
        using var accepted = await person.SubmitAsync("/account/invitation", acceptFields);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        // Accepted: the invitation is over, and a resend is refused on the page without sending anything.
        using var refused = await admin.PostFormAsync($"{page}/resend-invitation", [], page);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(ResendInvitationHandler.AlreadyAccepted, (await refused.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        await factory.IdleAsync();
        Assert.Single(delivered, m => m.To == email);
        Assert.Equal("Active", (await admin.GetDocumentAsync(page)).QuerySelector("#account-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_transient_refusal_of_an_invitation_is_retried_and_nothing_is_reported()
    {
        const string email = "owen.later@ddat.example";
        List<OutgoingEmail> delivered = [], attempted = [];
        var busy = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, MailboxAddress.Parse(email), "4.2.1 Try again later");
        using var factory = new MailServerPortal(Server(delivered, attempted, email, refusals: 1, () => busy).Object);
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var created = await admin.PostFormAsync("/users/new", [new("DisplayName", "Owen Later"), new("Email", email), new("Roles", TrustRole.Headteacher)], "/users/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await factory.IdleAsync();

        Assert.Equal(2, attempted.Count(m => m.To == email));
        Assert.Single(delivered, m => m.To == email);
        var id = await factory.UserIdAsync(email);
        Assert.False(await factory.WithoutTrustAsync(db => db.SecurityEvents.AnyAsync(e => e.UserId == id && e.Kind == nameof(SecurityEventKind.InvitationEmailNotDelivered))));
        var shown = await admin.GetDocumentAsync($"/users/{id}");
        Assert.Null(shown.QuerySelector("#invitation-problem"));
        Assert.Equal("Invited, not yet accepted", shown.QuerySelector("#account-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_invitation_that_still_fails_after_every_retry_is_shown_as_not_delivered()
    {
        const string email = "pat.unreachable@ddat.example";
        List<OutgoingEmail> delivered = [], attempted = [];
        using var factory = new MailServerPortal(Server(delivered, attempted, email, refusals: 99, () => new IOException("connection reset")).Object);
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var created = await admin.PostFormAsync("/users/new", [new("DisplayName", "Pat Unreachable"), new("Email", email), new("Roles", TrustRole.Headteacher)], "/users/new");
        await factory.IdleAsync();

        Assert.Equal(3, attempted.Count(m => m.To == email));
        var shown = await admin.GetDocumentAsync(created.Headers.Location!.OriginalString);
        var problem = shown.QuerySelector("#invitation-problem p")!.TextContent;
        Assert.StartsWith("Invitation email could not be delivered", problem, StringComparison.Ordinal);
        Assert.EndsWith(": IOException", problem.Trim(), StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector("#resend-invitation button"));
    }

    [Fact]
    public async Task A_refused_reset_email_answers_the_person_as_usual_is_recorded_and_is_shown_to_the_administrator()
    {
        const string email = "headteacher@ddat.example";
        List<OutgoingEmail> delivered = [], attempted = [];
        using var factory = new MailServerPortal(Server(delivered, attempted, email, refusals: 1, () => UserUnknown(email)).Object);
        var anonymous = factory.CreateClient();

        using var known = await anonymous.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        using var unknown = await anonymous.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody@nowhere.example" });
        await factory.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal((await unknown.DocumentAsync()).Text(), (await known.DocumentAsync()).Text());
        Assert.Equal(1, attempted.Count(m => m.To == email));
        var id = await factory.UserIdAsync(email);
        var recorded = await factory.WithoutTrustAsync(db => db.SecurityEvents.SingleAsync(e => e.UserId == id && e.Kind == nameof(SecurityEventKind.PasswordResetEmailNotDelivered)));
        Assert.Equal((nameof(SecurityOutcome.Refused), "550 5.1.1 User unknown", (Guid?)await factory.TrustIdAsync("Derby")), (recorded.Outcome, recorded.Detail, recorded.TrustId));

        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var shown = await admin.GetDocumentAsync($"/users/{id}");
        Assert.StartsWith("Password-reset email refused by the mail server on", shown.QuerySelector("#reset-problem p")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(shown.QuerySelector("#invitation-problem"));
        Assert.Null(shown.QuerySelector("#resend-invitation"));
    }

    [GeneratedRegex(@"https://\S+/account/invitation\?\S+")]
    private static partial Regex LinkPattern();
}
