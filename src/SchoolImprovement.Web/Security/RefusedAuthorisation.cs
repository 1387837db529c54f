using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SchoolImprovement.Web.Security;

/// <summary>Refused authorisations answer 403 (rendered by the friendly error page) and are logged.</summary>
public static partial class RefusedAuthorisation
{
    public static Task RespondForbiddenAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("SchoolImprovement.Authorisation");
        LogRefused(logger, context.HttpContext.User.Identity?.Name ?? "anonymous", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused authorisation: {User} {Method} {Path}")]
    public static partial void LogRefused(ILogger logger, string user, string method, string path);
}
