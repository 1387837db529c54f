using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Tests.Authorization;

/// <summary>
/// The authorization matrix, kept as data: role x action x target -> expected status. Columns are
/// <see cref="Columns"/>. A school cell is "own/other/otherTrust"; a user cell is "ownTrust/otherTrust".
/// <para>
/// Every POST is sent with a VALID antiforgery token for the client and no fields, so each cell
/// tests access, not antiforgery: 200 = allowed, the empty form is shown again with its errors
/// (or a conflict on the missing version); 302 = allowed and, with nothing to validate, done
/// (on a target made for that cell) — or, for anonymous, sent to sign in; 403 = refused by the
/// role policy or because the person is not tied to that school; 404 = another trust's record.
/// </para>
/// <para>
/// The demo headteacher, local committee member and SLE are assigned to the trust's first school
/// (URN 190001) and the officer is its linked officer; the "other" school (URN 190010) has no one
/// assigned. So "own allowed, other refused" shows for the school-limited roles (headteacher, SLE,
/// local committee member) and for the officer where the linked officer is needed (propose, plan).
/// </para>
/// To add an action: add a row to the file for its area (the completeness test fails until you do).
/// </summary>
public static partial class AuthorizationMatrix
{
    public const string Anonymous = "anonymous";

    public static readonly IReadOnlyList<string> Columns =
    [
        TrustRole.Ceo, TrustRole.DeputyCeo, TrustRole.DirectorOfLearning, TrustRole.SchoolImprovementOfficer,
        TrustRole.SpecialistLeader, TrustRole.Headteacher, TrustRole.LocalCommitteeMember, TrustRole.Trustee,
        TrustRole.GovernanceProfessional, TrustRole.TrustAdministrator, TrustRole.PlatformAdministrator, Anonymous,
    ];

    private const string Get = "GET";
    private const string Post = "POST";

    /// <summary>Every row: school work, trust and platform administration, and people's own accounts (one file each).</summary>
    public static readonly IReadOnlyList<MatrixRow> Rows = [.. SchoolWorkRows, .. ReturnsRows, .. HeadlineDataRows, .. ConcernsOverviewRows, .. ConcernRows, .. BoardsRows, .. BoardMeetingRows, .. SpotlightProjectRows, .. AllocationRows, .. VisitRows, .. HealthCheckRows, .. DueDiligenceRows, .. CommitteeRows, .. CommitteeDecisionsRows, .. CycleRows, .. AdministrationRows, .. AccountRows];


    /// <summary>The expected status cells of a row, one per column.</summary>
    public static string[] Cells(MatrixRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = row.Statuses.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return cells.Length == Columns.Count ? cells : throw new InvalidOperationException($"{row.Action} {row.Method} has {cells.Length} cells, not {Columns.Count}.");
    }

    /// <summary>How many targets a row has per column: three for a school's records, two for people, one otherwise.</summary>
    public static int TargetCount(Target target) => target switch
    {
        Target.None => 1,
        Target.User or Target.NationalComparator or Target.DueDiligence or Target.JoinedSchool or Target.CommitteeMeeting or Target.CommitteePack or Target.NewUser or Target.NewDeactivatedUser or Target.NewAssignment => 2,
        _ => 3,
    };

    /// <summary>Whether the row's target is made for each cell (the allowed request changes it).</summary>
    public static bool MadePerCell(Target target) => target >= Target.NewClosedSchool;
}
