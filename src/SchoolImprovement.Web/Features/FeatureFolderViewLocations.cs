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
    /// <summary>
    /// Registers each feature's handlers and queries (classes named <c>*Handler</c> or <c>*Queries</c>) for the request scope,
    /// and each <see cref="Common.IDueSource"/> as one of the due list's sources.
    /// </summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        var types = typeof(FeatureRegistration).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        foreach (var handler in types.Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal) || t.Name.EndsWith("Queries", StringComparison.Ordinal)))
        {
            services.AddScoped(handler);
        }

        foreach (var source in types.Where(t => t.IsAssignableTo(typeof(Common.IDueSource))))
        {
            services.AddScoped(typeof(Common.IDueSource), source);
        }

        return services;
    }
}
