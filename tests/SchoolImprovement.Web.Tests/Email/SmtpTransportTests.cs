using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Moq;
using SchoolImprovement.Web.Email;

namespace SchoolImprovement.Web.Tests.Email;

/// <summary>
/// The MailKit transport: TLS unless configured otherwise (each <see cref="SmtpSecurity"/> to MailKit's
/// option, never Auto), authentication only with a user name, the message as written, the connection
/// closed even when the server refuses; and which failures are final (<see cref="MailFailure"/>).
/// MailKit's <see cref="ISmtpClient"/> is the external here, Moq'd.
/// </summary>
public sealed class SmtpTransportTests
{
    private static EmailOptions Options(SmtpSecurity security, string? user = null) => new()
    {
        Mode = "Smtp", SmtpHost = "smtp.test.example", SmtpPort = 2525, From = "portal@test.example", SmtpSecurity = security, SmtpUserName = user, SmtpPassword = user is null ? null : "relay-secret",
    };

    private static Mock<ISmtpClient> Client()
    {
        var client = new Mock<ISmtpClient>();
        var connected = false;
        client.Setup(c => c.ConnectAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<SecureSocketOptions>(), It.IsAny<CancellationToken>()))
            .Callback(() => connected = true).Returns(Task.CompletedTask);
        client.SetupGet(c => c.IsConnected).Returns(() => connected);
        client.Setup(c => c.DisconnectAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>())).Callback(() => connected = false).Returns(Task.CompletedTask);
        client.Setup(c => c.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>(), It.IsAny<ITransferProgress>())).ReturnsAsync("250 OK");
        return client;
    }

    [Theory]
    [InlineData(SmtpSecurity.StartTls, SecureSocketOptions.StartTls)]
    [InlineData(SmtpSecurity.SslOnConnect, SecureSocketOptions.SslOnConnect)]
    [InlineData(SmtpSecurity.None, SecureSocketOptions.None)]
    public async Task Each_security_setting_connects_with_its_own_tls_option(SmtpSecurity security, SecureSocketOptions expected)
    {
        var client = Client();

        await new SmtpEmail(Options(security), () => client.Object).DeliverAsync(new OutgoingEmail("nia@ddat.example", "Subject", "Body"), CancellationToken.None);

        client.Verify(c => c.ConnectAsync("smtp.test.example", 2525, expected, It.IsAny<CancellationToken>()), Times.Once);
        client.Verify(c => c.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>(), It.IsAny<ITransferProgress>()), Times.Once);
        client.Verify(c => c.DisconnectAsync(true, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void Tls_is_the_default() => Assert.Equal(SecureSocketOptions.StartTls, SmtpEmail.SocketOptions(new EmailOptions().SmtpSecurity));

    [Fact]
    public async Task The_message_goes_as_written_and_authentication_only_with_a_user_name()
    {
        var anonymous = Client();
        var authenticated = Client();
        (string From, string To, string Subject, string Body)? sent = null;
        authenticated.Setup(c => c.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>(), It.IsAny<ITransferProgress>()))
            .Callback((MimeMessage m, CancellationToken _, ITransferProgress _) => sent = (m.From.Mailboxes.Single().Address, m.To.Mailboxes.Single().Address, m.Subject ?? "", m.TextBody ?? ""))
            .ReturnsAsync("250 OK");
        var message = new OutgoingEmail("nia@ddat.example", "Your account", "Choose your password: https://portal.test.example/x");

        await new SmtpEmail(Options(SmtpSecurity.StartTls), () => anonymous.Object).DeliverAsync(message, CancellationToken.None);
        await new SmtpEmail(Options(SmtpSecurity.StartTls, user: "relay"), () => authenticated.Object).DeliverAsync(message, CancellationToken.None);

        anonymous.Verify(c => c.AuthenticateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        authenticated.Verify(c => c.AuthenticateAsync("relay", "relay-secret", It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(("portal@test.example", "nia@ddat.example", "Your account", message.Body), sent);
    }

    [Fact]
    public async Task A_refusal_passes_through_as_final_and_the_connection_is_still_closed()
    {
        var client = Client();
        client.Setup(c => c.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>(), It.IsAny<ITransferProgress>()))
            .ThrowsAsync(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, MailboxAddress.Parse("x@ddat.example"), "5.1.1 User unknown"));

        var failure = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            new SmtpEmail(Options(SmtpSecurity.StartTls), () => client.Object).DeliverAsync(new OutgoingEmail("x@ddat.example", "S", "B"), CancellationToken.None));

        Assert.True(MailFailure.IsPermanent(failure));
        Assert.Equal("550 5.1.1 User unknown", MailFailure.Reason(failure));
        client.Verify(c => c.DisconnectAsync(true, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void Only_a_5xx_answer_is_final()
    {
        Assert.True(MailFailure.IsPermanent(new SmtpCommandException(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxNameNotAllowed, MailboxAddress.Parse("p@t.example"), "sender refused")));
        Assert.True(MailFailure.IsPermanent(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "5.7.1 rejected as spam")));
        Assert.False(MailFailure.IsPermanent(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ServiceNotAvailable, "4.3.2 shutting down")));
        Assert.False(MailFailure.IsPermanent(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, MailboxAddress.Parse("p@t.example"), "greylisted")));
        Assert.False(MailFailure.IsPermanent(new SmtpProtocolException("connection dropped")));
        Assert.False(MailFailure.IsPermanent(new SslHandshakeException("no TLS")));
        Assert.False(MailFailure.IsPermanent(new IOException("reset")));
    }

    [Fact]
    public void A_reason_from_the_server_loses_control_characters_and_is_cut_to_length()
    {
        var reason = MailFailure.Reason(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "line one\r\nline two" + new string('x', 400)));

        Assert.StartsWith("554 line one  line two", reason, StringComparison.Ordinal);
        Assert.Equal(MailFailure.ReasonLength, reason.Length);
    }
}
