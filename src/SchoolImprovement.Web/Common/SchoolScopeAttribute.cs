using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// Declares that an action is about one school, named by a route value, and checks the person's
/// access to it (through <see cref="SchoolAccess"/>) before anything else runs, antiforgery
/// validation included: another trust's record (or none) is 404; a school of the trust the person
/// is not tied to as <see cref="Relation"/> needs is 403. Role policies (<c>[Authorize]</c>) are
/// checked earlier still, by the authorization middleware.
/// </summary>
/// <example><c>[SchoolScope(ScopeFrom.Action, "id", Relation = SchoolRelation.Headteacher)]</c></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class SchoolScopeAttribute(ScopeFrom from = ScopeFrom.School, string routeKey = "schoolId") : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>Before <see cref="AutoValidateAntiforgeryTokenAttribute"/> (order 1000), so a refused person is refused whatever they post.</summary>
    public const int RunsBeforeAntiforgery = -1000;

    public ScopeFrom From { get; } = from;

    public string RouteKey { get; } = routeKey;

    public SchoolRelation Relation { get; init; } = SchoolRelation.Visible;

    public int Order => RunsBeforeAntiforgery;

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<SchoolAccess>(), serviceProvider.GetRequiredService<SecurityEvents>(), this);

    private sealed class Filter(SchoolAccess access, SecurityEvents events, SchoolScopeAttribute scope) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            if (!Guid.TryParse(context.RouteData.Values[scope.RouteKey]?.ToString(), out var id))
            {
                context.Result = new NotFoundResult();
                return;
            }

            var outcome = await access.CheckAsync(context.HttpContext.User, scope.From, id, scope.Relation, context.HttpContext.RequestAborted);
            context.Result = outcome switch
            {
                SchoolAccessOutcome.NotFound => new NotFoundResult(),
                SchoolAccessOutcome.Forbidden => new ForbidResult(),
                _ => null,
            };
            if (outcome == SchoolAccessOutcome.NotFound)
            {
                // Another trust's id (or a missing one): 404 for the person, a security event for the trust (V16.3.2).
                await events.RecordAsync(SecurityEventKind.AccessRefused, SecurityOutcome.Refused, context.HttpContext.User.Id(), "404 not in this trust", context.HttpContext.RequestAborted);
            }
        }
    }
}
