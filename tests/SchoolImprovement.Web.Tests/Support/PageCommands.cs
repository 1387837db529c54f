using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>
/// The SQL commands a page sends of its own: every signed-in request also checks its session
/// (UserSessions) and reads the trust's policy settings once (<see cref="TrustPolicyReader.QueryTag"/>),
/// the same whatever the page; query-count tests count what remains.
/// </summary>
public static class PageCommands
{
    public static List<string> OwnOf(IEnumerable<string> commands) =>
        [.. commands.Where(c => !c.Contains("UserSessions", StringComparison.Ordinal) && !c.Contains(TrustPolicyReader.QueryTag, StringComparison.Ordinal))];
}
