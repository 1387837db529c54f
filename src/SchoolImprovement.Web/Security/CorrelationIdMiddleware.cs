using Serilog.Context;

namespace SchoolImprovement.Web.Security;

/// <summary>Gives every request a correlation id, shown on error pages and written into every log line.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.TraceIdentifier;
        context.Response.Headers[Header] = id;
        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }
}
