using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Boards;

/// <summary>What a board is formed with: its kind, start term and the numbers its terms of reference leave to the trust.</summary>
/// <param name="Quorum">Voting members who must be present (DDAT: three).</param>
/// <param name="FirstPeriodTerms">Terms in the first instance (DDAT: two).</param>
/// <param name="ExtensionTerms">Terms each extension adds (DDAT: one, "on a termly basis").</param>
/// <param name="MeetingIntervalMonths">Months between meetings (1: monthly, the terms of reference's example).</param>
public sealed record BoardSettings(
    BoardKind Kind,
    AcademicTerm StartTerm,
    int Quorum,
    int FirstPeriodTerms,
    int ExtensionTerms,
    int MeetingIntervalMonths = 1,
    string? ClerkName = null,
    Guid? ClerkUserId = null);

/// <summary>
/// A board formed for a school causing concern: a Raising Achievement Board or an Interim Local Trust
/// Committee (DDAT §4, §5, Appendices 1 and 2) or a trust improvement board (Vine §3). It sits from its
/// start term for a first period of terms, extended a set number of terms at a time, each extension a
/// recorded decision (<see cref="Extensions"/>); <see cref="EndTerm"/> and <see cref="EndsOn"/> follow from
/// them. Its rules come from <see cref="BoardTermsOfReference"/>: who may chair, who may be a member,
/// that Associate Trustees never vote (so quorum counts voting members), the ILTC's link members and
/// recruitment tracker, and that an ILTC ends when a local committee is formed.
/// </summary>
public sealed class Board : ITrustOwned, IVersioned
{
    public const int ClerkNameLength = 200;
    public const int EndReasonLength = 2000;
    public const int MostTermsAtOnce = 6;
    public const int MostMonthsBetweenMeetings = 6;
    public const string LocalCommitteeFormedReason = "A local committee has been formed.";

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }

    /// <summary>The designation the board was formed for (a <c>ConcernCase</c>).</summary>
    public Guid? ConcernCaseId { get; private set; }

    public BoardKind Kind { get; private set; }
    public BoardStatus Status { get; private set; }

    /// <summary>The start term's academic year (2026 for 2026/27).</summary>
    public int StartYear { get; private set; }

    public Term StartTermNumber { get; private set; }
    public int FirstPeriodTerms { get; private set; }
    public int ExtensionTerms { get; private set; }
    public int Quorum { get; private set; }
    public int MeetingIntervalMonths { get; private set; }
    public string? ClerkName { get; private set; }
    public Guid? ClerkUserId { get; private set; }
    public Guid? ChairMemberId { get; private set; }

    /// <summary>True while an ILTC sits: it operates as the school's local committee (DDAT §5); cleared when it ends.</summary>
    public bool ReplacesLocalCommittee { get; private set; }

    public DateOnly? LocalCommitteeFormedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public Guid FormedBy { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime FormedAt { get; private set; }

    /// <summary>UTC; every change to the board or its members, extensions and steps sets it, so the board's version moves.</summary>
    public DateTime UpdatedAt { get; private set; }

    private readonly List<BoardMember> _members = [];
    private readonly List<BoardExtension> _extensions = [];
    private readonly List<RecruitmentStep> _recruitmentSteps = [];

    /// <summary>Every member, removed ones included (meetings name who was present).</summary>
    public IReadOnlyList<BoardMember> Members => _members;

    public IReadOnlyList<BoardExtension> Extensions => _extensions;

    public IReadOnlyList<RecruitmentStep> RecruitmentSteps => _recruitmentSteps;

    private Board() { }

    /// <summary>Forms a board for a school; an ILTC starts with its recruitment steps not started and replaces the local committee.</summary>
    public static Board Form(Guid schoolId, Guid? concernCaseId, BoardSettings settings, Guid formedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = ProblemsOf(settings);
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        var board = new Board
        {
            Id = Guid.CreateVersion7(at),
            SchoolId = schoolId,
            ConcernCaseId = concernCaseId,
            Kind = settings.Kind,
            Status = BoardStatus.Active,
            StartYear = settings.StartTerm.Year.StartYear,
            StartTermNumber = settings.StartTerm.Term,
            Quorum = settings.Quorum,
            FirstPeriodTerms = settings.FirstPeriodTerms,
            ExtensionTerms = settings.ExtensionTerms,
            MeetingIntervalMonths = settings.MeetingIntervalMonths,
            ClerkName = Trimmed(settings.ClerkName),
            ClerkUserId = settings.ClerkUserId,
            ReplacesLocalCommittee = BoardTermsOfReference.ReplacesLocalCommittee(settings.Kind),
            FormedBy = formedBy,
            FormedAt = at.UtcDateTime,
            UpdatedAt = at.UtcDateTime,
        };
        if (BoardTermsOfReference.RecruitsLocalCommittee(settings.Kind))
        {
            board._recruitmentSteps.AddRange(Boards.RecruitmentSteps.All.Select(k => new RecruitmentStep(board.Id, k)));
        }

        return board;
    }

    /// <summary>What is wrong with the settings a board would be formed with (empty when nothing is).</summary>
    public static IReadOnlyList<string> ProblemsOf(BoardSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<string>();
        if (!Enum.IsDefined(settings.Kind))
        {
            problems.Add("Choose the kind of board.");
        }

        if (!Enum.IsDefined(settings.StartTerm.Term))
        {
            problems.Add("Choose the term the board starts.");
        }

        if (settings.Quorum < 1)
        {
            problems.Add("The quorum must be at least one voting member.");
        }

        if (settings.FirstPeriodTerms is < 1 or > MostTermsAtOnce)
        {
            problems.Add($"The first period must be from 1 to {MostTermsAtOnce} terms.");
        }

        if (settings.ExtensionTerms is < 1 or > MostTermsAtOnce)
        {
            problems.Add($"Each extension must be from 1 to {MostTermsAtOnce} terms.");
        }

        if (settings.MeetingIntervalMonths is < 1 or > MostMonthsBetweenMeetings)
        {
            problems.Add($"Meetings must fall from 1 to {MostMonthsBetweenMeetings} months apart.");
        }

        if (settings.ClerkName?.Trim().Length > ClerkNameLength)
        {
            problems.Add($"The clerk's name can be at most {ClerkNameLength} characters.");
        }

        if (settings.ClerkUserId is not null && string.IsNullOrWhiteSpace(settings.ClerkName))
        {
            problems.Add("Give the clerk's name.");
        }

        return problems;
    }

    public AcademicTerm StartTerm => new(new AcademicYear(StartYear), StartTermNumber);

    /// <summary>Terms the board sits: the first period plus every extension.</summary>
    public int PeriodTerms => FirstPeriodTerms + _extensions.Sum(e => e.Terms);

    /// <summary>The board's last term: from the start term, the first period and every extension, across academic years.</summary>
    public AcademicTerm EndTerm => StartTerm.Plus(PeriodTerms - 1);

    /// <summary>The last day of the board's period (the last day of <see cref="EndTerm"/>).</summary>
    public DateOnly EndsOn => EndTerm.LastDay;

    public bool IsActive => Status == BoardStatus.Active;

    /// <summary>The first day of the period's last half term, from which the board is flagged as near its end.</summary>
    public DateOnly NearEndFrom => new HalfTerm(EndTerm, 2).FirstDay;

    /// <summary>
    /// An active board in the last half term of its period, or past its end without an extension: time to
    /// decide whether to extend it or end it. The last half term (not a fixed number of days) because boards
    /// meet on a termly rhythm: from there, its next meeting is the last chance to recommend an extension.
    /// </summary>
    public bool IsNearEnd(DateOnly today) => IsActive && today >= NearEndFrom;

    /// <summary>An active board whose period has run out (no extension recorded in time).</summary>
    public bool IsPastEnd(DateOnly today) => IsActive && today > EndsOn;

    public IEnumerable<BoardMember> CurrentMembers => _members.Where(m => m.IsCurrent);

    public BoardMember? Chair => ChairMemberId is { } id ? _members.FirstOrDefault(m => m.Id == id && m.IsCurrent) : null;

    /// <summary>How many of the present people are current voting members of this board (Associate Trustees never count).</summary>
    public int VotingPresent(IEnumerable<Guid> presentMemberIds)
    {
        ArgumentNullException.ThrowIfNull(presentMemberIds);
        var present = presentMemberIds.ToHashSet();
        return CurrentMembers.Count(m => m.IsVoting && present.Contains(m.Id));
    }

    /// <summary>Whether the voting members present reach the quorum.</summary>
    public bool QuorumMet(IEnumerable<Guid> presentMemberIds) => VotingPresent(presentMemberIds) >= Quorum;

    /// <summary>The ILTC link roles no current member holds (empty for kinds without link members).</summary>
    public IReadOnlyList<LinkRole> MissingLinkRoles =>
        [.. BoardTermsOfReference.LinkRoles(Kind).Where(r => !CurrentMembers.Any(m => m.LinkRoles.Contains(r)))];

    public BoardMember AddMember(string name, Guid? userId, MembershipCategory category, IReadOnlyCollection<LinkRole> linkRoles, string? interests, DateOnly on, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(linkRoles);
        EnsureActive("add members");
        var trimmed = Trimmed(name) ?? throw new DomainException("Give the member's name.");
        if (trimmed.Length > BoardMember.NameLength)
        {
            throw new DomainException($"The name can be at most {BoardMember.NameLength} characters.");
        }

        if (!Enum.IsDefined(category))
        {
            throw new DomainException("Choose the member's membership category.");
        }

        if (!BoardTermsOfReference.MemberCategories(Kind).Contains(category))
        {
            throw new DomainException($"A {Kind.ShortLabel()} does not have {category.Label()} members: its terms of reference name {string.Join(", ", BoardTermsOfReference.MemberCategories(Kind).Select(c => c.Label()))}.");
        }

        if (userId is not null && CurrentMembers.Any(m => m.UserId == userId))
        {
            throw new DomainException($"{trimmed} is already a member of this board.");
        }

        CheckLinkRoles(null, category, linkRoles);
        var member = new BoardMember(Id, trimmed, userId, category, linkRoles, CheckedInterests(interests), on);
        _members.Add(member);
        Touch(at);
        return member;
    }

    /// <summary>Removes a member (their row stays, marked removed); a removed chair leaves the chair vacant.</summary>
    public void RemoveMember(Guid memberId, DateOnly on, DateTimeOffset at)
    {
        EnsureActive("remove members");
        var member = CurrentMember(memberId);
        member.Remove(on);
        if (ChairMemberId == memberId)
        {
            ChairMemberId = null;
        }

        Touch(at);
    }

    /// <summary>Makes a current member the chair; refused with the terms of reference's reason when their category may not chair this kind of board.</summary>
    public void SetChair(Guid memberId, DateTimeOffset at)
    {
        EnsureActive("change the chair");
        var member = CurrentMember(memberId);
        if (!BoardTermsOfReference.MayChair(Kind, member.Category))
        {
            throw new DomainException(
                $"{member.Name} cannot chair this board: a {Kind.ShortLabel()} {BoardTermsOfReference.Chair(Kind).ToLowerInvariant().TrimEnd('.')}, and {member.Name} is a {member.Category.Label()} member.");
        }

        ChairMemberId = member.Id;
        Touch(at);
    }

    /// <summary>Sets the link roles a current member holds (ILTC only; each role held by one member; never an Associate Trustee, who holds no governance responsibility).</summary>
    public void SetLinkRoles(Guid memberId, IReadOnlyCollection<LinkRole> roles, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(roles);
        EnsureActive("change link members");
        var member = CurrentMember(memberId);
        CheckLinkRoles(member.Id, member.Category, roles);
        member.SetLinkRoles(roles);
        Touch(at);
    }

    /// <summary>Records a member's business and personal interests in the register.</summary>
    public void DeclareInterests(Guid memberId, string? interests, DateTimeOffset at)
    {
        EnsureActive("update the register of interests");
        CurrentMember(memberId).DeclareInterests(CheckedInterests(interests));
        Touch(at);
    }

    /// <summary>Extends the board by its extension terms: a recorded decision with its reason.</summary>
    public BoardExtension Extend(string reason, DateOnly decidedOn, Guid decidedBy, DateTimeOffset at)
    {
        EnsureActive("extend it");
        var why = Trimmed(reason) ?? throw new DomainException("Give the reason for the extension: it is recorded as the decision.");
        if (why.Length > BoardExtension.ReasonLength)
        {
            throw new DomainException($"The reason can be at most {BoardExtension.ReasonLength} characters.");
        }

        var extension = new BoardExtension(Id, ExtensionTerms, why, decidedOn, decidedBy, at);
        _extensions.Add(extension);
        Touch(at);
        return extension;
    }

    /// <summary>Updates one step of the ILTC's recruitment of a local committee.</summary>
    public void UpdateRecruitmentStep(RecruitmentStepKind kind, RecruitmentStepStatus status, string? notes, DateOnly on, Guid by, DateTimeOffset at)
    {
        EnsureActive("update its recruitment");
        if (!BoardTermsOfReference.RecruitsLocalCommittee(Kind))
        {
            throw new DomainException($"A {Kind.ShortLabel()} does not recruit a local committee.");
        }

        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Choose the step's status.");
        }

        var text = Trimmed(notes);
        if (text?.Length > RecruitmentStep.NotesLength)
        {
            throw new DomainException($"The notes can be at most {RecruitmentStep.NotesLength} characters.");
        }

        var step = _recruitmentSteps.FirstOrDefault(s => s.Kind == kind) ?? throw new DomainException("Choose a recruitment step.");
        step.Update(status, text, on, by);
        Touch(at);
    }

    /// <summary>The recruitment steps not yet done (why a local committee cannot yet be recorded as formed).</summary>
    public IReadOnlyList<RecruitmentStepKind> OutstandingRecruitment => [.. _recruitmentSteps.Where(s => !s.IsDone).OrderBy(s => s.Kind).Select(s => s.Kind)];

    /// <summary>
    /// A local committee is in place: the ILTC ends ("until a fully functioning LTC can be established", Appendix 2)
    /// and no longer replaces the local committee. Refused, with the steps outstanding, until every recruitment step is done.
    /// </summary>
    public void RecordLocalCommitteeFormed(DateOnly on, DateTimeOffset at)
    {
        if (!BoardTermsOfReference.RecruitsLocalCommittee(Kind))
        {
            throw new DomainException($"A {Kind.ShortLabel()} does not form a local committee; it ends when the school exits.");
        }

        EnsureActive("record a local committee");
        var outstanding = OutstandingRecruitment;
        if (outstanding.Count > 0)
        {
            throw new DomainException($"The local committee cannot be recorded as formed until every recruitment step is done. Outstanding: {string.Join("; ", outstanding.Select(k => k.Label()))}.");
        }

        LocalCommitteeFormedOn = on;
        End(on, LocalCommitteeFormedReason, at);
    }

    /// <summary>Ends the board (the school's exit, or a local committee formed); it then stops replacing the local committee.</summary>
    public void End(DateOnly on, string reason, DateTimeOffset at)
    {
        EnsureActive("end it");
        var why = Trimmed(reason) ?? throw new DomainException("Give the reason the board ends.");
        if (why.Length > EndReasonLength)
        {
            throw new DomainException($"The reason can be at most {EndReasonLength} characters.");
        }

        Status = BoardStatus.Ended;
        EndedOn = on;
        EndReason = why;
        ReplacesLocalCommittee = false;
        Touch(at);
    }

    private void CheckLinkRoles(Guid? memberId, MembershipCategory category, IReadOnlyCollection<LinkRole> roles)
    {
        if (roles.Count == 0)
        {
            return;
        }

        if (roles.Any(r => !Enum.IsDefined(r)) || roles.Except(BoardTermsOfReference.LinkRoles(Kind)).Any())
        {
            throw new DomainException($"A {Kind.ShortLabel()} has no link members.");
        }

        if (!category.Votes())
        {
            throw new DomainException("An Associate Trustee holds no governance responsibilities, so cannot be a link member.");
        }

        var taken = roles.Where(r => CurrentMembers.Any(m => m.Id != memberId && m.LinkRoles.Contains(r))).ToList();
        if (taken.Count > 0)
        {
            throw new DomainException($"Another member is already the link member for {string.Join(" and ", taken.Select(r => r.Label()))}.");
        }
    }

    private static string? CheckedInterests(string? interests)
    {
        var text = Trimmed(interests);
        return text?.Length > BoardMember.InterestsLength
            ? throw new DomainException($"The interests can be at most {BoardMember.InterestsLength} characters.")
            : text;
    }

    private BoardMember CurrentMember(Guid memberId) =>
        CurrentMembers.FirstOrDefault(m => m.Id == memberId) ?? throw new DomainException("That person is not a member of this board.");

    private void EnsureActive(string work)
    {
        if (!IsActive)
        {
            throw new DomainException($"This board ended on {EndedOn:d MMMM yyyy}; you cannot {work}.");
        }
    }

    private void Touch(DateTimeOffset at) => UpdatedAt = at.UtcDateTime;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
