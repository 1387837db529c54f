using SchoolImprovement.Domain.Committee;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>
/// Reads a committee pack's content from the live data of the signed-in person's trust (tenancy filters apply), in a
/// fixed number of SQL queries however many schools the trust has.
/// </summary>
public interface ICommitteePackBuilder
{
    Task<PackContent> BuildAsync(PackBuildContext context, CancellationToken ct);
}

/// <summary>What a pack is built for.</summary>
/// <param name="MeetingOn">The meeting's date: "due", "overdue" and "since" are counted to it.</param>
/// <param name="Previous">The content of the last published pack before this meeting (for "what changed since the last pack"), or null.</param>
/// <param name="Deferred">Items the committee deferred at earlier meetings, by item id, with the note to show ("Deferred on 12 November 2026: ...").</param>
public sealed record PackBuildContext(DateOnly MeetingOn, PackContent? Previous, IReadOnlyDictionary<Guid, string> Deferred);
