using Microsoft.AspNetCore.Mvc.Filters;

namespace SchoolImprovement.Web.Security;

/// <summary>Signed-in pages hold trust data: browsers and proxies must not store them.</summary>
public sealed class NoStoreForSignedInFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            context.HttpContext.Response.Headers.Pragma = "no-cache";
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
