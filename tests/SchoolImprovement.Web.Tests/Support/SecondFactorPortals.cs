using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Seeding;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>
/// The demo portal with MFA required (as in production), its clock pinned to a whole 30-second
/// step, and its security events captured (<see cref="Events"/>). On SQLite or PostgreSQL.
/// </summary>
public class SecondFactorPortalFactory : PortalFactory
{
    private readonly string _captureKey = Guid.NewGuid().ToString("N");

    public SecondFactorPortalFactory() : this(TestDatabase.Sqlite())
    {
    }

    protected SecondFactorPortalFactory(TestDatabase database) : base(database) =>
        Clock.Pin(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 * 30 + 5));

    protected override bool RequireMfa => true;

    /// <summary>The security events the portal recorded, oldest first.</summary>
    public IReadOnlyList<CapturedSecurityEvent> Events => [.. SecurityEventCapture.For(_captureKey)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:Using:0", typeof(SecurityEventCapture).Assembly.GetName().Name);
        builder.UseSetting("Serilog:WriteTo:2:Name", nameof(SecurityEventCaptureSinks.CaptureSecurityEvents));
        builder.UseSetting("Serilog:WriteTo:2:Args:key", _captureKey);
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

/// <summary>Serilog sink configured by <see cref="SecondFactorPortalFactory"/>: keeps each portal's security events by key.</summary>
public sealed class SecurityEventCapture(string key) : ILogEventSink
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<CapturedSecurityEvent>> Captured = new();

    public static IEnumerable<CapturedSecurityEvent> For(string key) => Captured.GetOrAdd(key, _ => new());

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (!logEvent.Properties.TryGetValue("Kind", out var kind) || !logEvent.Properties.ContainsKey("Outcome"))
        {
            return;
        }

        string? Text(string name) => logEvent.Properties.TryGetValue(name, out var v) && v is ScalarValue { Value: { } value } ? value.ToString() : null;
        Captured.GetOrAdd(key, _ => new()).Enqueue(new CapturedSecurityEvent(Text("Kind") ?? kind.ToString(), Text("Outcome") ?? "", Text("UserId"), Text("ActorId"), Text("Detail") ?? ""));
    }
}

public static class SecurityEventCaptureSinks
{
    /// <summary>Named in configuration (Serilog:WriteTo) by <see cref="SecondFactorPortalFactory"/>.</summary>
    public static LoggerConfiguration CaptureSecurityEvents(this LoggerSinkConfiguration sinks, string key)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        return sinks.Sink(new SecurityEventCapture(key));
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
