namespace SchoolImprovement.Web.Hosting;

/// <summary>
/// <c>Portal:InstanceName</c>: when set, every response names the instance that served it in an
/// <c>X-Portal-Instance</c> header, so an operator (and the two-instance test) can see a proxy
/// spreading requests. Unset by default: the header then is not sent.
/// </summary>
public static class PortalInstance
{
    public const string Setting = "Portal:InstanceName";
    public const string Header = "X-Portal-Instance";

    public static IApplicationBuilder UsePortalInstanceName(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[Setting] is not { Length: > 0 } name)
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            context.Response.Headers[Header] = name;
            return next(context);
        });
    }
}
