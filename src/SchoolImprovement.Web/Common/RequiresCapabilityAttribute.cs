using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// Declares that a controller or action belongs to a capability of the trust's policy
/// (<see cref="PolicyCapability"/>): when the trust's profile has it switched off, the page answers 404,
/// as if it did not exist, before anything else runs (antiforgery and school scope included).
/// </summary>
/// <example><c>[RequiresCapability(PolicyCapability.Boards)]</c></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresCapabilityAttribute(PolicyCapability capability) : Attribute, IFilterFactory, IOrderedFilter
{
    public PolicyCapability Capability { get; } = capability;

    /// <summary>Before <see cref="SchoolScopeAttribute"/>: a switched-off capability is absent whatever the record.</summary>
    public int Order => SchoolScopeAttribute.RunsBeforeAntiforgery - 1;

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<TrustPolicyReader>(), Capability);

    private sealed class Filter(TrustPolicyReader policy, PolicyCapability capability) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var settings = await policy.CurrentAsync(context.HttpContext.RequestAborted);
            if (!settings.Uses(capability))
            {
                context.Result = new NotFoundResult();
            }
        }
    }
}
