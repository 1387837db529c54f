using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Features.ConcernsOverview;
using SchoolImprovement.Web.Features.Due;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// Builds a committee pack's content from the live data of the trust the DbContext is in: the trust's name, its profile
/// and its open schools (three queries), then each section (<see cref="IPackSection"/>, in pack order), which reads the
/// whole trust in a fixed number of queries or takes the trust view (<see cref="ConcernsOverviewQueries"/>) and the due
/// items (<see cref="DueListQueries.AllAsync"/>) read once for all of them. The same number of SQL commands for 10 or 200
/// schools. Sections that answer null (capability switched off, or nothing to say) are left out.
/// </summary>
public sealed class CommitteePackBuilder(
    PortalDbContext db, IEnumerable<IPackSection> sections, ConcernsOverviewQueries overview, DueListQueries due, TimeProvider clock) : ICommitteePackBuilder
{
    public async Task<PackContent> BuildAsync(PackBuildContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builtAt = clock.GetUtcNow().UtcDateTime;
        var trustId = db.CurrentTrustId;
        var trustName = await db.Trusts.AsNoTracking().Where(t => t.Id == trustId).Select(t => t.Name).SingleOrDefaultAsync(ct) ?? "";
        var profile = await db.PolicyProfiles.AsNoTracking().SingleOrDefaultAsync(ct);
        if (profile is null)
        {
            return new PackContent(trustName, context.MeetingOn, builtAt, context.Previous?.MeetingOn, []);
        }

        var policy = profile.Content;
        var schools = await db.Schools.AsNoTracking()
            .Where(s => s.ClosedOn == null)
            .OrderBy(s => s.Name)
            .Select(s => new PackSchool(s.Id, s.Name, s.Phase, s.CausingConcernSince))
            .ToListAsync(ct);
        var reading = new PackReading(
            context,
            policy,
            schools.ToDictionary(s => s.Id),
            token => overview.ReadAsync(
                policy.Uses(PolicyCapability.ConcernDesignation), policy.Uses(PolicyCapability.Boards), policy.Uses(PolicyCapability.SpotlightProjects), context.MeetingOn, token),
            token => due.AllAsync(context.MeetingOn, null, token));

        List<PackSection> built = [];
        foreach (var section in sections.OrderBy(s => s.Kind))
        {
            if (await section.BuildAsync(reading, ct) is { } content)
            {
                built.Add(content);
            }
        }

        return new PackContent(trustName, context.MeetingOn, builtAt, context.Previous?.MeetingOn, built);
    }
}
