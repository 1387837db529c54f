using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>"Your sessions": the person's open sessions, this one marked.</summary>
public sealed record SessionsPage(IReadOnlyList<SessionRow> Sessions)
{
    public bool HasOthers => Sessions.Any(s => !s.IsCurrent);
}

/// <summary>The confirmation before ending one other session (<see cref="Session"/>) or every other one (null).</summary>
public sealed record SessionsEndPage(SessionRow? Session, int OthersCount);
