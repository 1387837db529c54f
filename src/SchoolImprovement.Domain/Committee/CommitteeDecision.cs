using System.Globalization;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Committee;

/// <summary>
/// The committee's outcome on one item of a published pack (<see cref="PackItem"/>), recorded by the clerk at or after the
/// meeting. Recording it flows back, in the same save, to the record the item came from: the board's recommendation, the
/// chair's urgent decision, the designation or the recommended exit. A deferred item stays open and comes back in the
/// next meeting's pack with the reason. One outcome per item per meeting.
/// </summary>
public sealed class CommitteeDecision : ITrustOwned
{
    public const int ReasonLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid MeetingId { get; private set; }

    /// <summary>The published pack version the item was put in.</summary>
    public Guid PackId { get; private set; }

    public CommitteeItemKind ItemKind { get; private set; }

    /// <summary>The id of the record the item flows back to (<see cref="ItemKind"/> says which table).</summary>
    public Guid ItemId { get; private set; }

    public Guid SchoolId { get; private set; }
    public CommitteeOutcome Outcome { get; private set; }
    public string? Reason { get; private set; }
    public Guid RecordedBy { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; private set; }

    private CommitteeDecision() { }

    /// <summary>Whether the outcome needs the committee's reason: a deferral, a rejection and a refusal to ratify do.</summary>
    public static bool NeedsReason(CommitteeOutcome outcome) =>
        outcome is CommitteeOutcome.Deferred or CommitteeOutcome.Rejected or CommitteeOutcome.NotRatified;

    /// <summary>
    /// The committee's outcome on the item <paramref name="itemKind"/>/<paramref name="itemId"/> of the meeting's latest
    /// published pack, applied to the record it came from through that record's own rule (<see cref="BoardRecommendation.RecordCommitteeDecision"/>,
    /// <see cref="UrgentDecision.RecordRatification"/>, <see cref="ConcernCase.RecordCommitteeExitDecision"/> (an accepted exit also
    /// ends the boards sitting for the case), <see cref="ConcernCase.RecordCommitteeInformed"/>); a deferral changes nothing on it.
    /// Refused for a cancelled meeting or before the meeting's day, when no pack is published, for an item that is not in
    /// the latest published version, for an item already given an outcome at this meeting or no longer open, for an
    /// outcome the item's kind does not allow, and without a reason where the outcome needs one.
    /// </summary>
    /// <param name="packs">The meeting's published packs (every version: the latest is the one the committee read).</param>
    /// <param name="recorded">The outcomes already recorded at this meeting.</param>
    /// <param name="record">The record the item flows back to, loaded with what its rule needs; null when it is not in the trust.</param>
    public static CommitteeDecision Record(
        CommitteeMeeting meeting, IReadOnlyCollection<CommitteePack> packs, IReadOnlyCollection<CommitteeDecision> recorded,
        CommitteeItemKind itemKind, Guid itemId, CommitteeOutcome outcome, string? reason, CommitteeItemRecord? record,
        Guid by, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(recorded);
        if (meeting.Status == CommitteeMeetingStatus.Cancelled)
        {
            throw new DomainException("The meeting was cancelled: it records no decisions.");
        }

        if (today < meeting.MeetingOn)
        {
            throw new DomainException($"The committee meets on {Show(meeting.MeetingOn)}: record its decisions on or after that day.");
        }

        var pack = packs.Where(p => p.MeetingId == meeting.Id).MaxBy(p => p.Number)
            ?? throw new DomainException("The meeting's pack has not been published: the committee decides on the items of its published pack.");
        var item = PackSnapshot.Deserialize(pack.ContentJson).Items.FirstOrDefault(i => i.Kind == itemKind && i.ItemId == itemId)
            ?? throw new DomainException($"This item is not in the meeting's latest published pack (version {pack.Number}): the committee decides on the items of the pack it read.");
        if (recorded.FirstOrDefault(d => d.MeetingId == meeting.Id && d.ItemKind == itemKind && d.ItemId == itemId) is { } earlier)
        {
            throw new DomainException($"The committee's outcome on this item has already been recorded for this meeting: {earlier.Outcome.Label().ToLowerInvariant()}.");
        }

        var problems = new List<string>();
        var allowed = CommitteeOutcomes.AllowedFor(itemKind);
        if (!allowed.Contains(outcome))
        {
            problems.Add($"Choose the committee's outcome on {Article(itemKind)}: {string.Join(", ", allowed.Select(o => o.Label().ToLowerInvariant()))}.");
        }

        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is null && NeedsReason(outcome))
        {
            problems.Add($"Give the committee's reason: an item {outcome.Label().ToLowerInvariant()} needs one.");
        }

        if (trimmed?.Length > ReasonLength)
        {
            problems.Add($"The reason can be at most {ReasonLength:N0} characters.");
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        if (record is null)
        {
            throw new DomainException("The record this item came from is no longer in the trust.");
        }

        if (record.Kind(itemKind) is false)
        {
            throw new InvalidOperationException($"The record {record.Id} is not a {itemKind}.");
        }

        if (record.Id != itemId)
        {
            throw new InvalidOperationException("The record is not the item's.");
        }

        record.Apply(itemKind, outcome, trimmed, meeting.MeetingOn, by, now, today);
        return new CommitteeDecision
        {
            Id = Guid.CreateVersion7(now),
            MeetingId = meeting.Id,
            PackId = pack.Id,
            ItemKind = itemKind,
            ItemId = itemId,
            SchoolId = item.SchoolId,
            Outcome = outcome,
            Reason = trimmed,
            RecordedBy = by,
            RecordedAt = now.UtcDateTime,
        };
    }

    private static string Article(CommitteeItemKind kind) => kind switch
    {
        CommitteeItemKind.Recommendation => "a board's recommendation",
        CommitteeItemKind.UrgentDecision => "a chair's urgent decision",
        CommitteeItemKind.Exit => "a recommended exit",
        CommitteeItemKind.Designation => "a new designation",
        _ => "this item",
    };

    internal static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>
/// The record a pack item flows back to, loaded with what its own rule needs: a board's recommendation (with the date of
/// the board meeting that made it), a chair's urgent decision, or a concern case (with its school and the boards sitting
/// for it, for an exit).
/// </summary>
public sealed class CommitteeItemRecord
{
    private BoardRecommendation? Recommendation { get; init; }
    private DateOnly RecommendedAtMeetingOn { get; init; }
    private UrgentDecision? Urgent { get; init; }
    private ConcernCase? Concern { get; init; }
    private School? School { get; init; }
    private IReadOnlyCollection<Board> Boards { get; init; } = [];

    private CommitteeItemRecord(Guid id) => Id = id;

    public Guid Id { get; }

    /// <param name="boardMeetingOn">The day of the board meeting that made the recommendation.</param>
    public static CommitteeItemRecord Of(BoardRecommendation recommendation, DateOnly boardMeetingOn)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return new CommitteeItemRecord(recommendation.Id) { Recommendation = recommendation, RecommendedAtMeetingOn = boardMeetingOn };
    }

    public static CommitteeItemRecord Of(UrgentDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new CommitteeItemRecord(decision.Id) { Urgent = decision };
    }

    /// <param name="boardsSittingForIt">The active boards formed for the case: an accepted exit ends them.</param>
    public static CommitteeItemRecord Of(ConcernCase concern, School school, IReadOnlyCollection<Board> boardsSittingForIt)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(boardsSittingForIt);
        return new CommitteeItemRecord(concern.Id) { Concern = concern, School = school, Boards = boardsSittingForIt };
    }

    internal bool Kind(CommitteeItemKind kind) => kind switch
    {
        CommitteeItemKind.Recommendation => Recommendation is not null,
        CommitteeItemKind.UrgentDecision => Urgent is not null,
        CommitteeItemKind.Exit or CommitteeItemKind.Designation => Concern is not null,
        _ => false,
    };

    /// <summary>Whether the record still waits for the committee on this kind of item.</summary>
    private bool Awaits(CommitteeItemKind kind) => kind switch
    {
        CommitteeItemKind.Recommendation => Recommendation!.Status == RecommendationStatus.Pending,
        CommitteeItemKind.UrgentDecision => Urgent!.AwaitsRatification,
        CommitteeItemKind.Exit => Concern!.Status == ConcernStatus.ExitRecommended,
        CommitteeItemKind.Designation => Concern!.AwaitsCommitteeNotice,
        _ => false,
    };

    internal void Apply(CommitteeItemKind kind, CommitteeOutcome outcome, string? reason, DateOnly meetingOn, Guid by, DateTimeOffset now, DateOnly today)
    {
        if (outcome == CommitteeOutcome.Deferred)
        {
            if (!Awaits(kind))
            {
                throw new DomainException("This item no longer waits for the committee: its outcome has been recorded elsewhere since the pack was published.");
            }

            return;
        }

        switch (kind)
        {
            case CommitteeItemKind.Recommendation:
                Recommendation!.RecordCommitteeDecision(outcome == CommitteeOutcome.Accepted, meetingOn, RecommendedAtMeetingOn, today, reason, by);
                break;
            case CommitteeItemKind.UrgentDecision:
                Urgent!.RecordRatification(outcome == CommitteeOutcome.Ratified, meetingOn, today, reason, by);
                break;
            case CommitteeItemKind.Exit:
                Concern!.RecordCommitteeExitDecision(School!, outcome == CommitteeOutcome.Accepted, reason, by, now, today);
                if (Concern.Status == ConcernStatus.Exited)
                {
                    foreach (var board in Boards.Where(b => b.Status == BoardStatus.Active))
                    {
                        board.End(today, "The Education and Standards Committee agreed the school's exit.", now);
                    }
                }

                break;
            case CommitteeItemKind.Designation:
                Concern!.RecordCommitteeInformed(meetingOn, today, by, now);
                break;
            default:
                throw new InvalidOperationException($"No record for {kind}.");
        }
    }
}
