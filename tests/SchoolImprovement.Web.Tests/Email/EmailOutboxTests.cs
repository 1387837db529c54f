using System.Net;
using MailKit.Net.Smtp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Email;

/// <summary>
/// Mail leaves outside the request (EmailOutbox, EmailDispatcher): a slow or failing mail server
/// (the one true external, mocked) never holds up or breaks the page, and a failed delivery is retried.
/// </summary>
public sealed class EmailOutboxTests
{
    private sealed class MailServerPortal(IMailTransport transport) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:RetryDelaySeconds:0", "0");
            builder.UseSetting("Email:RetryDelaySeconds:1", "0");
            builder.ConfigureTestServices(services => services.AddSingleton(transport));
        }
    }

    private static async Task<HttpResponseMessage> ForgotPasswordAsync(PortalFactory factory, string email)
    {
        var client = factory.CreateClient();
        return await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = email });
    }

    [Fact]
    public async Task A_reset_request_is_answered_while_the_mail_server_is_still_busy()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var delivered = new List<OutgoingEmail>();
        var server = new Mock<IMailTransport>();
        server.Setup(s => s.DeliverAsync(It.IsAny<OutgoingEmail>(), It.IsAny<CancellationToken>()))
            .Returns(async (OutgoingEmail message, CancellationToken stopping) =>
            {
                await release.Task.WaitAsync(stopping);
                lock (delivered)
                {
                    delivered.Add(message);
                }
            });
        using var factory = new MailServerPortal(server.Object);

        using var answered = await ForgotPasswordAsync(factory, "trustee@ddat.example").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Check your email", (await answered.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Empty(delivered);
        release.SetResult();
        Assert.True(await factory.Services.GetRequiredService<EmailOutbox>().WhenIdleAsync(TimeSpan.FromSeconds(30)));
        var message = Assert.Single(delivered);
        Assert.Equal("trustee@ddat.example", message.To);
        Assert.Contains("/account/reset-password?", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delivery_the_mail_server_refuses_once_is_retried_and_arrives()
    {
        var attempts = 0;
        var server = new Mock<IMailTransport>();
        server.Setup(s => s.DeliverAsync(It.IsAny<OutgoingEmail>(), It.IsAny<CancellationToken>()))
            .Returns(() => Interlocked.Increment(ref attempts) == 1
                ? Task.FromException(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ServiceNotAvailable, "4.3.2 try later"))
                : Task.CompletedTask);
        using var factory = new MailServerPortal(server.Object);

        using var answered = await ForgotPasswordAsync(factory, "trustee@ddat.example");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Check your email", (await answered.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.True(await factory.Services.GetRequiredService<EmailOutbox>().WhenIdleAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(2, attempts);
        server.Verify(s => s.DeliverAsync(It.Is<OutgoingEmail>(m => m.To == "trustee@ddat.example"), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task A_mail_server_that_is_down_is_tried_three_times_and_the_page_still_answers_as_usual()
    {
        var server = new Mock<IMailTransport>();
        server.Setup(s => s.DeliverAsync(It.IsAny<OutgoingEmail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ServiceNotAvailable, "4.3.2 down"));
        using var factory = new MailServerPortal(server.Object);

        using var answered = await ForgotPasswordAsync(factory, "trustee@ddat.example");
        using var unknown = await ForgotPasswordAsync(factory, "nobody@nowhere.example");

        Assert.Equal(answered.StatusCode, unknown.StatusCode);
        Assert.Equal((await answered.DocumentAsync()).Text(), (await unknown.DocumentAsync()).Text());
        Assert.True(await factory.Services.GetRequiredService<EmailOutbox>().WhenIdleAsync(TimeSpan.FromSeconds(30)));
        // One try and the two configured retries; the unknown address got nothing to send.
        server.Verify(s => s.DeliverAsync(It.IsAny<OutgoingEmail>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }
}
