using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Audit;

/// <summary>The portal with client addresses set per test client and lockout after three failures, on either provider.</summary>
public sealed class SecurityEventPortalFactory(TestDatabase database) : PortalFactory(database)
{
    public const int Failures = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Lockout:FailuresBeforeLockout", Failures.ToString(CultureInfo.InvariantCulture));
        TestClientAddress.AddTo(builder);
    }
}

public sealed class SecurityEventSqlitePortal : IPortalFixture, IDisposable
{
    public PortalFactory Portal { get; } = new SecurityEventPortalFactory(TestDatabase.Sqlite());

    public void Dispose() => Portal.Dispose();
}

/// <summary>Created on first use inside a test, so that without a PostgreSQL server each test is skipped.</summary>
public sealed class SecurityEventPostgresPortal : IPortalFixture, IDisposable
{
    private readonly Lazy<SecurityEventPortalFactory> _portal = new(() => new SecurityEventPortalFactory(TestDatabase.Postgres()));

    public PortalFactory Portal => _portal.Value;

    public void Dispose()
    {
        if (_portal.IsValueCreated)
        {
            _portal.Value.Dispose();
        }
    }
}

public static class SignedInRequests
{
    /// <summary>
    /// Runs <paramref name="work"/> as a request of a signed-in person would: a scope entered for
    /// their trust and an HttpContext with their claims; the response's completion callbacks run after it.
    /// </summary>
    public static async Task AsSignedInRequestAsync(this PortalFactory factory, Guid userId, Guid? trustId, string name, Func<IServiceProvider, Task> work)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trustId, userId, name);
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, userId.ToString()), new(ClaimTypes.Name, name)];
        if (trustId is { } trust)
        {
            claims.Add(new(PortalClaims.TrustId, trust.ToString()));
        }

        var response = new CompletingResponse();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature());
        features.Set<IHttpResponseFeature>(response);
        var context = new DefaultHttpContext(features)
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")),
            RequestServices = scope.ServiceProvider,
            TraceIdentifier = "test-" + Guid.NewGuid().ToString("N")[..12],
        };
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = context;
        try
        {
            await work(scope.ServiceProvider);
        }
        finally
        {
            accessor.HttpContext = null;
        }

        await response.CompleteAsync();
    }

    private sealed class CompletingResponse : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _completed = [];

        public override void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

        public async Task CompleteAsync()
        {
            foreach (var (callback, state) in _completed)
            {
                await callback(state);
            }
        }
    }
}
