namespace SchoolImprovement.Web.Common;

/// <summary>How closely a person must be tied to a school for a school-scoped action (<see cref="SchoolScopeAttribute"/>).</summary>
public enum SchoolRelation
{
    /// <summary>Sees the school: a trust-wide role, or any assignment to it.</summary>
    Visible,

    /// <summary>Vine §3: the Director of Learning for any school; an officer only as the school's linked officer.</summary>
    LinkedOfficer,

    /// <summary>The improvement team for any school; otherwise only the school's own headteacher.</summary>
    Headteacher,

    /// <summary>
    /// A board's page (issue 10): a trust-wide role, anyone assigned to the board's school (its headteacher,
    /// local committee), or a current member or the clerk of the board. Never another school's head or local committee.
    /// </summary>
    BoardMember,

    /// <summary>A board's business (meetings, urgent decisions): the governance professional for any board; otherwise only the board's chair or clerk.</summary>
    BoardOfficer,
}
