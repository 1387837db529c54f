using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Reminders;

/// <summary>
/// The portal with the mail server (the true external) replaced by a Moq'd <see cref="IMailTransport"/> that answers each
/// message with <see cref="Answer"/> (by default: takes it); <see cref="Attempts"/> keeps every message offered and
/// <see cref="Delivered"/> every one taken.
/// </summary>
public class ReminderMailPortal : PortalFactory
{
    public ReminderMailPortal() : this(TestDatabase.Sqlite())
    {
    }

    protected ReminderMailPortal(TestDatabase database) : base(database)
    {
        MailServer.Setup(s => s.DeliverAsync(It.IsAny<OutgoingEmail>(), It.IsAny<CancellationToken>()))
            .Returns(async (OutgoingEmail message, CancellationToken _) =>
            {
                lock (Delivered)
                {
                    Attempts.Add(message);
                }

                await Answer(message);
                lock (Delivered)
                {
                    Delivered.Add(message);
                }
            });
    }

    /// <summary>What the mail server does with a message: complete to take it, throw to fail or refuse it.</summary>
    public Func<OutgoingEmail, Task> Answer { get; set; } = _ => Task.CompletedTask;

    public List<OutgoingEmail> Attempts { get; } = [];

    /// <summary>Forgets what was sent and takes everything again (each test starts with this).</summary>
    public void ResetMail()
    {
        lock (Delivered)
        {
            Attempts.Clear();
            Delivered.Clear();
        }

        Answer = _ => Task.CompletedTask;
    }

    public Mock<IMailTransport> MailServer { get; } = new();

    public List<OutgoingEmail> Delivered { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(MailServer.Object));
    }
}

public sealed class PostgresReminderMailPortal() : ReminderMailPortal(TestDatabase.Postgres());

public sealed class SqliteReminderPortal : IPortalFixture, IDisposable
{
    private readonly ReminderMailPortal _portal = new();

    public PortalFactory Portal => _portal;

    public void Dispose() => _portal.Dispose();
}

/// <summary>Made on first use, so that without PostgreSQL each test is skipped rather than the class failing.</summary>
public sealed class PostgresReminderPortal : IPortalFixture, IDisposable
{
    private readonly Lazy<PostgresReminderMailPortal> _portal = new(() => new PostgresReminderMailPortal());

    public PortalFactory Portal => _portal.Value;

    public void Dispose()
    {
        if (_portal.IsValueCreated)
        {
            _portal.Value.Dispose();
        }
    }
}
