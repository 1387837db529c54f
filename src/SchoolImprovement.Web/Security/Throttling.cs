using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Routing;
using SchoolImprovement.Web.Features.Account;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Throttling of every anonymous POST (sign-in, the second factor, forgotten and reset password,
/// and any added later) with ASP.NET Core's rate limiter: one fixed-window limiter per client
/// address chained with one per target account (ADR 0011, <see cref="ThrottlingOptions"/>).
/// Over either limit the answer is 429 with Retry-After and a page saying when to try again, and a
/// <see cref="SecurityEventKind.Throttled"/> security event (about the person half-way through
/// signing in when the second-factor cookie names them; never a database look-up per 429).
/// </summary>
public static class Throttling
{
    private const string AccountItem = "throttle.account";
    private const string PendingUserPrefix = "user:";

    public static IServiceCollection AddPortalThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ThrottlingOptions>(configuration.GetSection(ThrottlingOptions.Section));
        services.Configure<LockoutOptions>(configuration.GetSection(LockoutOptions.Section));
        services.AddScoped<SignInLockout>();
        services.AddScoped<PasswordRecheck>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<LockoutOptions>>((identity, lockout) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = lockout.Value.AccountWideFailures;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockout.Value.AccountWideLockoutMinutes);
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ThrottlingOptions>>((options, throttling) =>
        {
            var limits = throttling.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsThrottled(context)
                    ? RateLimitPartition.GetFixedWindowLimiter("address:" + SignInKeys.ClientAddress(context), _ => Window(limits.PerAddress))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsThrottled(context) && context.Items[AccountItem] is string account
                    ? RateLimitPartition.GetFixedWindowLimiter("account:" + account, _ => Window(limits.PerAccount))
                    : RateLimitPartition.GetNoLimiter("")));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>After authentication (the page uses the layout) and before authorisation and MVC.</summary>
    public static IApplicationBuilder UsePortalThrottling(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsThrottled(context))
            {
                context.Items[AccountItem] = await TargetAccountAsync(context);
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    /// <summary>Every POST to an anonymous endpoint, except an error page re-executed for a failed request.</summary>
    public static bool IsThrottled(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HttpMethods.IsPost(context.Request.Method)
            && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && context.Features.Get<IExceptionHandlerFeature>() is null;
    }

    /// <summary>The email typed (normalised, hashed), else the person half-way through signing in, else none.</summary>
    private static async Task<string?> TargetAccountAsync(HttpContext context)
    {
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form.TryGetValue("Email", out var email) && !string.IsNullOrWhiteSpace(email))
            {
                return SignInKeys.Account(email);
            }
        }

        var pending = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return pending.Principal?.FindFirstValue(ClaimTypes.Name) is { Length: > 0 } userId ? PendingUserPrefix + userId : null;
    }

    private static FixedWindowRateLimiterOptions Window(ThrottleLimit limit) => new()
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // The subject only when known without a look-up (the pending second-factor cookie): a query per
        // 429 would let a flood of requests turn the throttle into load on the database.
        Guid? subject = context.Items[AccountItem] is string account && account.StartsWith(PendingUserPrefix, StringComparison.Ordinal)
            && Guid.TryParse(account.AsSpan(PendingUserPrefix.Length), out var pending) ? pending : null;
        var route = context.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : "an anonymous form";
        await context.RequestServices.GetRequiredService<SecurityEvents>().RecordAsync(
            SecurityEventKind.Throttled, SecurityOutcome.Refused, subject, string.Create(CultureInfo.InvariantCulture, $"{route}, retry after {seconds} s"), ct);

        var page = new TooManyAttemptsPage(seconds, context.TraceIdentifier);
        var view = new ViewResult
        {
            ViewName = TooManyAttemptsPage.View,
            StatusCode = StatusCodes.Status429TooManyRequests,
            ViewData = new ViewDataDictionary<TooManyAttemptsPage>(context.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary()) { Model = page },
        };
        await view.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
