using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Security;

/// <summary>Refused authorisations answer 403 (rendered by the friendly error page) and are logged.</summary>
public static partial class RefusedAuthorisation
{
    public static async Task RespondForbiddenAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("SchoolImprovement.Authorisation");
        LogRefused(logger, context.HttpContext.User.Id(), context.Request.Method, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await services.GetRequiredService<SecurityEvents>().RecordAsync(
            SecurityEventKind.AccessRefused, SecurityOutcome.Refused, context.HttpContext.User.Id(), "403 forbidden", context.HttpContext.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused authorisation: user {UserId} {Method} {Path}")]
    public static partial void LogRefused(ILogger logger, Guid userId, string method, string path);
}
