using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Seeding;
using Microsoft.Extensions.Logging;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>
/// The demo portal with MFA required (as in production), its clock pinned to a whole 30-second
/// step, and its security events captured (<see cref="Events"/>). On SQLite or PostgreSQL.
/// </summary>
public class SecondFactorPortalFactory : PortalFactory
{
    private readonly SecurityEventCapture _capture = new();

    public SecondFactorPortalFactory() : this(TestDatabase.Sqlite())
    {
    }

    protected SecondFactorPortalFactory(TestDatabase database) : base(database) =>
        Clock.Pin(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 * 30 + 5));

    protected override bool RequireMfa => true;

    /// <summary>The security events the portal recorded, oldest first.</summary>
    public IReadOnlyList<CapturedSecurityEvent> Events => _capture.Events;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogger<Web.Security.Events.SecurityEvents>>(_capture));
    }

    /// <summary>Moves the pinned clock to the next 30-second step, so that a new authenticator code can be used.</summary>
    public DateTimeOffset NextStep()
    {
        Clock.Advance(TimeSpan.FromSeconds(30));
        return Clock.GetUtcNow();
    }

    /// <summary>The person's authenticator key, as their app holds it.</summary>
    public async Task<string> AuthenticatorKeyAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetAuthenticatorKeyAsync(await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email))
            ?? throw new InvalidOperationException($"{email} has no authenticator key.");
    }

    /// <summary>A new client that has passed the password step and is asked for a code.</summary>
    public async Task<HttpClient> AtSecondStepAsync(string email)
    {
        var client = CreateClient();
        using var password = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = DemoSeeder.DemoPassword });
        Assert.StartsWith("/account/mfa/verify", password.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        return client;
    }

    /// <summary>Sends <paramref name="code"/> as the second step of a client at <see cref="AtSecondStepAsync"/>.</summary>
    public static async Task<HttpResponseMessage> SendCodeAsync(HttpClient client, string code, string action = "/account/mfa/verify")
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.SubmitAsync(action, (await client.FieldsAsync(action, action)).With("Code", code));
    }

    /// <summary>A client signed in with password and a code of the next step.</summary>
    public async Task<HttpClient> SignedInWithAppAsync(string email)
    {
        var key = await AuthenticatorKeyAsync(email);
        var client = await AtSecondStepAsync(email);
        using var code = await SendCodeAsync(client, Totp.Code(key, NextStep()));
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        return client;
    }
}

public sealed class PostgresSecondFactorPortalFactory() : SecondFactorPortalFactory(TestDatabase.Postgres());

public sealed class SqliteSecondFactorPortal : IPortalFixture, IDisposable
{
    private readonly SecondFactorPortalFactory _portal = new();

    public PortalFactory Portal => _portal;

    public void Dispose() => _portal.Dispose();
}

/// <summary>Created on first use, so that without a PostgreSQL server each test is skipped (failed under CI=true).</summary>
public sealed class PostgresSecondFactorPortal : IPortalFixture, IDisposable
{
    private readonly Lazy<PostgresSecondFactorPortalFactory> _portal = new(() => new PostgresSecondFactorPortalFactory());

    public PortalFactory Portal => _portal.Value;

    public void Dispose()
    {
        if (_portal.IsValueCreated)
        {
            _portal.Value.Dispose();
        }
    }
}

/// <summary>One security event as the portal logged it (SecurityEvents, event id 4000).</summary>
public sealed record CapturedSecurityEvent(string Kind, string Outcome, string? UserId, string? ActorId, string Detail);

/// <summary>
/// The logger <see cref="Web.Security.Events.SecurityEvents"/> writes to, in a <see cref="SecondFactorPortalFactory"/>:
/// keeps each event's structured fields (as a log sink would see them) and writes nothing.
/// </summary>
public sealed class SecurityEventCapture : ILogger<Web.Security.Events.SecurityEvents>
{
    private readonly ConcurrentQueue<CapturedSecurityEvent> _events = new();

    public IReadOnlyList<CapturedSecurityEvent> Events => [.. _events];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is not IEnumerable<KeyValuePair<string, object?>> fields)
        {
            return;
        }

        var values = fields.ToDictionary(f => f.Key, f => f.Value?.ToString());
        if (values.TryGetValue("Kind", out var kind) && values.TryGetValue("Outcome", out var outcome))
        {
            _events.Enqueue(new CapturedSecurityEvent(kind ?? "", outcome ?? "", values.GetValueOrDefault("UserId"), values.GetValueOrDefault("ActorId"), values.GetValueOrDefault("Detail") ?? ""));
        }
    }
}

/// <summary>The demo portal as the README's run command starts it: the Development environment, MFA switched off.</summary>
public sealed class DevelopmentPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}
