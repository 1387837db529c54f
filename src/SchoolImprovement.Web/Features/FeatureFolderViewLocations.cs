using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace SchoolImprovement.Web.Features;

/// <summary>
/// Views live beside their controller, in the feature folder named by the controller's namespace
/// (<c>Features/{Feature}/{View}.cshtml</c>); shared ones in <c>Features/Shared</c>.
/// </summary>
public sealed class FeatureFolderViewLocations : IViewLocationExpander
{
    private const string Key = "feature";

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        ArgumentNullException.ThrowIfNull(context);
        var feature = context.Values.TryGetValue(Key, out var value) ? value : "{1}";
        return [$"/Features/{feature}/{{0}}.cshtml", "/Features/Shared/{0}.cshtml"];
    }

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            context.Values[Key] = action.ControllerTypeInfo.Namespace?.Split('.')[^1];
        }
    }
}

public static class FeatureRegistration
{
    /// <summary>Registers each feature's handlers and queries (classes named <c>*Handler</c> or <c>*Queries</c>) for the request scope.</summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        foreach (var handler in typeof(FeatureRegistration).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && (t.Name.EndsWith("Handler", StringComparison.Ordinal) || t.Name.EndsWith("Queries", StringComparison.Ordinal))))
        {
            services.AddScoped(handler);
        }

        return services;
    }
}
