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
}
