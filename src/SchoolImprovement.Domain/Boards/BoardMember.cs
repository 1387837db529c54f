using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Boards;

/// <summary>
/// A member of a board: a name (and the portal account when the person has one), the membership
/// category and so the voting right (<see cref="IsVoting"/>: Associate Trustees never vote), the ILTC
/// link roles they hold, and their entry in the register of business and personal interests. A removed
/// member keeps their row (meetings name who was present) with <see cref="RemovedOn"/> set.
/// </summary>
public sealed class BoardMember : ITrustOwned
{
    public const int NameLength = 200;
    public const int InterestsLength = 2000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid BoardId { get; private set; }
    public string Name { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public MembershipCategory Category { get; private set; }

    /// <summary>Stored with the category so that lists and counts can read it; false only for Associate Trustees.</summary>
    public bool IsVoting { get; private set; }

    private List<LinkRole> _linkRoles = [];

    public IReadOnlyList<LinkRole> LinkRoles => _linkRoles;

    /// <summary>The register of business and personal interests (ILTC, Appendix 2 §5.4); "None declared" is a declaration.</summary>
    public string? Interests { get; private set; }

    public DateOnly AddedOn { get; private set; }
    public DateOnly? RemovedOn { get; private set; }

    public bool IsCurrent => RemovedOn is null;

    private BoardMember() { }

    internal BoardMember(Guid boardId, string name, Guid? userId, MembershipCategory category, IEnumerable<LinkRole> linkRoles, string? interests, DateOnly addedOn)
    {
        Id = Guid.CreateVersion7();
        BoardId = boardId;
        Name = name;
        UserId = userId;
        Category = category;
        IsVoting = category.Votes();
        _linkRoles = [.. linkRoles.Distinct().Order()];
        Interests = interests;
        AddedOn = addedOn;
    }

    internal void SetLinkRoles(IEnumerable<LinkRole> roles) => _linkRoles = [.. roles.Distinct().Order()];

    internal void DeclareInterests(string? interests) => Interests = interests;

    internal void Remove(DateOnly on) => RemovedOn = on;
}
