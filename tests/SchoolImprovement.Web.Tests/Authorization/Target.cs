using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Tests.Authorization;

/// <summary>
/// What a row's URL is about, and so how many cells it has per column. The first group is made
/// once and shared by every cell (the requests cannot change it); the <c>New…</c> group is made
/// for each cell, because the allowed request does its work on it (deactivates, deletes,
/// reopens...), so that one cell's change never alters another cell's answer.
/// </summary>
public enum Target
{
    /// <summary>One URL, no record: one cell per column.</summary>
    None,

    /// <summary>{id} = the column's own school / another school of the trust / another trust's school (three cells).</summary>
    School,

    /// <summary>{id} = an action of the own school / of another school / of another trust's school.</summary>
    Action,

    /// <summary>{id} = a proposal awaiting confirmation for the own school / another school / another trust's school.</summary>
    Categorisation,

    /// <summary>{parent} = the school, {id} = one of its inspections: own / other school / another trust's.</summary>
    Inspection,

    /// <summary>{id} = a SIP version of the own school / of another school / of another trust's school (shared: the requests change nothing).</summary>
    ReturnVersion,

    /// <summary>{id} = a designated concern case of the own school / of another school / of another trust's school (shared: the empty requests change nothing).</summary>
    ConcernCase,

    /// <summary>{id} = a pending external support request on that case (shared).</summary>
    ExternalSupportRequest,

    /// <summary>{id} = a board of the own school / of another school / of another trust's school (shared: the requests change nothing).</summary>
    Board,

    /// <summary>{id} = a RAB (chaired by the Deputy CEO, clerked by the governance professional) on a copy of the own school (with its assignments) / of another school / of another trust's school.</summary>
    MeetingBoard,

    /// <summary>{id} = a held, quorate meeting of that board (shared: the matrix's empty forms change nothing).</summary>
    BoardMeeting,

    /// <summary>{id} = a recommendation of that meeting, pending the committee.</summary>
    BoardRecommendation,

    /// <summary>{id} = the chair's urgent decision for that board, awaiting ratification.</summary>
    UrgentDecision,

    /// <summary>{id} = a person of the own trust / of another trust (two cells).</summary>
    User,

    /// <summary>{id} = a national comparator of the own trust / of another trust (two cells).</summary>
    NationalComparator,

    /// <summary>{id} = an open Spotlight project of the own school / of another school / of another trust's school (shared: the requests post no valid form).</summary>
    SpotlightProject,

    /// <summary>{id} = the current year's day allocation of the own school / of another school / of another trust's school (shared: the requests post no valid form).</summary>
    DayAllocation,
    /// <summary>{id} = a published improvement visit (by the trust's demo officer) of the own school / of another school / of another trust's school (shared: the requests post no valid form).</summary>
    Visit,
    /// <summary>{id} = a draft health check of the own school / of another school / of another trust's school, {parent} = its area with an agreed action (shared: the requests post no valid form).</summary>
    HealthCheck,
    /// <summary>{id} = due diligence in progress in the own trust / in another trust (two cells; an assessment has no school yet; shared: the requests post no valid form).</summary>
    DueDiligence,

    /// <summary>{id} = a school that joined its trust through completed due diligence: of the own trust / of another trust (two cells, shared).</summary>
    JoinedSchool,

    /// <summary>{id} = an Education and Standards Committee meeting of the own trust / of another trust, with version 1 of its pack published (two cells, shared: publishing again is refused, the other posts carry no valid form).</summary>
    CommitteeMeeting,

    /// <summary>{id} = version 1 of that meeting's published pack (two cells, shared).</summary>
    CommitteePack,

    /// <summary>A closed school made for the cell (a copy of own / other / another trust's school, with the same assignments).</summary>
    NewClosedSchool,

    /// <summary>A proposal awaiting confirmation made for the cell, on a school of its own (the trust allows one pending proposal per school).</summary>
    NewProposal,

    /// <summary>An inspection made for the cell on the own / other / another trust's school.</summary>
    NewInspection,

    /// <summary>An active person made for the cell, in the own trust / another trust.</summary>
    NewUser,

    /// <summary>A deactivated person made for the cell.</summary>
    NewDeactivatedUser,

    /// <summary>{parent} = a person made for the cell, {id} = their assignment to a school of their trust.</summary>
    NewAssignment,
}
