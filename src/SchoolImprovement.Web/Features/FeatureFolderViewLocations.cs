using Microsoft.AspNetCore.Mvc.Razor;

namespace SchoolImprovement.Web.Features;

/// <summary>Views live beside their controller: <c>Features/{Controller}/{View}.cshtml</c>, shared ones in <c>Features/Shared</c>.</summary>
public sealed class FeatureFolderViewLocations : IViewLocationExpander
{
    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        ["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml"];

    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }
}

public static class FeatureRegistration
{
    /// <summary>Registers each feature's handlers (classes named <c>*Handler</c>) for the request scope.</summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        foreach (var handler in typeof(FeatureRegistration).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal)))
        {
            services.AddScoped(handler);
        }

        return services;
    }
}
