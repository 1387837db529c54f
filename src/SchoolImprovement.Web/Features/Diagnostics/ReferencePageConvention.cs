using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace SchoolImprovement.Web.Features.Diagnostics;

/// <summary>
/// Removes <see cref="ReferencePageController"/> from the application unless
/// <c>Diagnostics:ReferencePage</c> is true and the environment is not Production, so the page
/// answers 404 (it is not routed at all) by default and on a production host.
/// </summary>
public sealed class ReferencePageConvention(bool enabled) : IApplicationModelConvention
{
    public const string Setting = "Diagnostics:ReferencePage";

    public static bool Enabled(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        return configuration.GetValue<bool>(Setting) && !environment.IsProduction();
    }

    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (!enabled)
        {
            foreach (var controller in application.Controllers.Where(c => c.ControllerType == typeof(ReferencePageController)).ToList())
            {
                application.Controllers.Remove(controller);
            }
        }
    }
}
