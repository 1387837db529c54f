using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit.Net.Smtp;
using SchoolImprovement.Web.Email;

namespace SchoolImprovement.Web.Tests.Email;

/// <summary>
/// The MailKit transport against a tiny SMTP server on loopback that offers no STARTTLS and knows
/// one mailbox: with the default setting nothing is sent in clear (the connection fails, and that
/// failure is retried, not reported as a refusal); with TLS switched off a message to the known
/// mailbox is delivered as written and one to an unknown mailbox is a permanent 550 refusal.
/// </summary>
public sealed class LoopbackSmtpTests : IAsyncLifetime
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(60));
    private readonly List<string> _received = [];
    private Task _server = Task.CompletedTask;

    public Task InitializeAsync()
    {
        _listener.Start();
        _server = ServeAsync();
        return Task.CompletedTask;
    }

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private EmailOptions Options(SmtpSecurity security) => new() { Mode = "Smtp", SmtpHost = "127.0.0.1", SmtpPort = Port, SmtpSecurity = security, From = "portal@test.example" };

    /// <summary>One connection at a time; answers as a server without STARTTLS that knows only known@test.example.</summary>
    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                try
                {
                    await ConverseAsync(client);
                }
                catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
                {
                    // The client dropped the connection (a refused STARTTLS), or the test is over.
                }
            }
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 loopback ESMTP test");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var command = line.ToUpperInvariant();
            if (command.StartsWith("EHLO", StringComparison.Ordinal))
            {
                await writer.WriteLineAsync("250-loopback\r\n250 8BITMIME");
            }
            else if (command.StartsWith("RCPT TO", StringComparison.Ordinal))
            {
                await writer.WriteLineAsync(command.Contains("<KNOWN@TEST.EXAMPLE>", StringComparison.Ordinal) ? "250 OK" : "550 5.1.1 User unknown");
            }
            else if (command == "DATA")
            {
                await writer.WriteLineAsync("354 go ahead");
                var message = new StringBuilder();
                while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                {
                    message.AppendLine(data);
                }

                lock (_received)
                {
                    _received.Add(message.ToString());
                }

                await writer.WriteLineAsync("250 queued");
            }
            else if (command == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                return;
            }
            else
            {
                await writer.WriteLineAsync("250 OK");
            }
        }
    }

    [Fact]
    public async Task By_default_nothing_is_sent_in_clear_to_a_server_without_starttls_and_the_failure_is_not_a_refusal()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            new SmtpEmail(Options(new EmailOptions().SmtpSecurity)).DeliverAsync(new OutgoingEmail("known@test.example", "S", "secret link"), CancellationToken.None));

        Assert.False(MailFailure.IsPermanent(failure));
        lock (_received)
        {
            Assert.Empty(_received);
        }
    }

    [Fact]
    public async Task Without_tls_a_known_mailbox_gets_the_message_and_an_unknown_one_is_refused_for_good()
    {
        var transport = new SmtpEmail(Options(SmtpSecurity.None));

        await transport.DeliverAsync(new OutgoingEmail("known@test.example", "Your account", "Choose your password: https://portal.test.example/x"), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            transport.DeliverAsync(new OutgoingEmail("unknown@test.example", "Your account", "B"), CancellationToken.None));

        lock (_received)
        {
            var message = Assert.Single(_received);
            Assert.Contains("Subject: Your account", message, StringComparison.Ordinal);
            Assert.Contains("Choose your password: https://portal.test.example/x", message, StringComparison.Ordinal);
        }

        Assert.True(MailFailure.IsPermanent(refused));
        Assert.Equal("550 5.1.1 User unknown", MailFailure.Reason(refused));
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _server;
        _stop.Dispose();
        _listener.Dispose();
    }
}
